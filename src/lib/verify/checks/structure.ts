/**
 * Conformance of the credential's shape to Open Badges 3.0 (its data model and "Verification and
 * Validation" step 1: https://www.imsglobal.org/spec/ob/v3p0/): the required members and the
 * id-or-identifier rule. Lenient on the "compacted" forms the spec allows; a plain W3C credential
 * (not an Open Badge) is reported as such, not as broken.
 */
import type { CredentialView } from '../credential-view.ts';
import { OB3_CONTEXT, VC1, VC2, parseDateTime } from '../credential-view.ts';
import { asList, isRecord, str } from '../json.ts';
import { pass, problem, type CheckUnit, type Outcome } from '../pipeline/check.ts';
import type { CredentialSubject } from '../subject.ts';

export const structureCheck: CheckUnit<CredentialSubject, 'structure'> = {
  id: 'structure',
  // An EndorsementCredential is its own kind (structure-endorsement.ts, loaded on demand with the
  // endorsement code).
  run: (s) =>
    s.view.types.includes('EndorsementCredential')
      ? import('./endorsement-verify.ts').then((m) => m.endorsementStructure(s.view))
      : structureOf(s.view),
};

function structureOf(v: CredentialView): Outcome<never> {
  const problems: string[] = [];
  const notes: string[] = [];
  const first = v.contexts[0];
  if (first !== VC2 && first !== VC1)
    problems.push(
      `the first @context must be ${VC2} (or ${VC1} for VC 1.1), not ${String(first).slice(0, 80)}`,
    );
  if (!v.types.includes('VerifiableCredential')) problems.push('type does not include VerifiableCredential');
  if (!v.isOpenBadge) {
    return problems.length
      ? problem('ERR_STRUCTURE', 'This is not a well-formed verifiable credential.', problems.join('; '))
      : problem(
          'NOT_OPEN_BADGE',
          'This is a verifiable credential, but not an Open Badge: it has no Open Badges context or achievement.',
          `types: ${v.types.join(', ')}`,
        );
  }
  if (v.contexts[1] === undefined || !OB3_CONTEXT.test(v.contexts[1]))
    problems.push('the second @context must be an Open Badges 3.0 context');
  if (!v.types.some((t) => t === 'OpenBadgeCredential' || t === 'AchievementCredential'))
    problems.push('type does not include OpenBadgeCredential');
  if (!v.id) problems.push('the credential has no id');
  if (!v.issuerId) problems.push('the issuer has no id');
  if (v.version === '2.0' && parseDateTime(str(v.raw.validFrom)) === undefined)
    problems.push('validFrom is missing or not a date-time');
  if (v.version === '1.1' && parseDateTime(str(v.raw.issuanceDate)) === undefined)
    notes.push('issuanceDate is missing (VC 1.1 JWTs may carry it as nbf)');
  if (v.validUntil !== undefined && parseDateTime(v.validUntil) === undefined)
    problems.push('validUntil is not a date-time');
  if (!v.subject) problems.push('credentialSubject is missing');
  else {
    if (!asList(v.subject.type).includes('AchievementSubject'))
      problems.push('credentialSubject.type does not include AchievementSubject');
    const a = v.achievement;
    if (!a) problems.push('credentialSubject.achievement is missing');
    else {
      for (const m of ['id', 'name', 'description'] as const)
        if (typeof a[m] !== 'string') problems.push(`achievement.${m} is missing`);
      if (!asList(a.type).includes('Achievement'))
        problems.push('achievement.type does not include Achievement');
      if (!isRecord(a.criteria)) problems.push('achievement.criteria is missing');
    }
    if (!v.subjectId && asList(v.subject.identifier).filter(isRecord).length === 0) {
      notes.push(
        'the subject has neither an id nor an identifier, so the badge cannot be tied to a person (OB 3.0 verification step 1)',
      );
    }
  }
  if (problems.length)
    return problem(
      'ERR_STRUCTURE',
      'The badge does not have the structure Open Badges 3.0 requires.',
      problems.join('; '),
    );
  if (notes.length)
    return problem(
      'WARN_STRUCTURE',
      `The badge is an Open Badge, with ${notes.length === 1 ? 'a gap' : 'gaps'}: ${notes.join('; ')}.`,
    );
  return pass(
    `The badge is a well-formed Open Badges 3.0 credential${v.version === '1.1' ? ' (in the older VC 1.1 form)' : ''}.`,
    `@context: ${v.contexts.join(', ')}`,
  );
}
