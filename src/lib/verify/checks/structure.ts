/**
 * Conformance of the credential's shape to Open Badges 3.0 (ob3-notes.md §1, §3 step 1): the
 * required members and the id-or-identifier rule. Lenient on the "compacted" forms the spec
 * allows; a plain W3C credential (not an Open Badge) is reported as such, not as broken.
 */
import type { CredentialView } from '../credential-view.ts';
import { OB3_CONTEXT, VC1, VC2, parseDateTime } from '../credential-view.ts';
import { asList, isRecord, str } from '../json.ts';
import type { ReportLog } from '../report.ts';

export function checkStructure(v: CredentialView, log: ReportLog): void {
  const problems: string[] = [];
  const notes: string[] = [];
  const first = v.contexts[0];
  if (first !== VC2 && first !== VC1)
    problems.push(
      `the first @context must be ${VC2} (or ${VC1} for VC 1.1), not ${String(first).slice(0, 80)}`,
    );
  if (!v.types.includes('VerifiableCredential')) problems.push('type does not include VerifiableCredential');
  if (!v.isOpenBadge) {
    if (problems.length) {
      log.add('structure', 'fail', 'This is not a well-formed verifiable credential.', {
        detail: problems.join('; '),
        code: 'ERR_STRUCTURE',
      });
    } else {
      log.add(
        'structure',
        'warn',
        'This is a verifiable credential, but not an Open Badge: it has no Open Badges context or achievement.',
        { detail: `types: ${v.types.join(', ')}`, code: 'NOT_OPEN_BADGE' },
      );
    }
    return;
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
  if (problems.length) {
    log.add('structure', 'fail', 'The badge does not have the structure Open Badges 3.0 requires.', {
      detail: problems.join('; '),
      code: 'ERR_STRUCTURE',
    });
  } else if (notes.length) {
    log.add(
      'structure',
      'warn',
      `The badge is an Open Badge, with ${notes.length === 1 ? 'a gap' : 'gaps'}: ${notes.join('; ')}.`,
      { code: 'WARN_STRUCTURE' },
    );
  } else {
    log.add(
      'structure',
      'pass',
      `The badge is a well-formed Open Badges 3.0 credential${v.version === '1.1' ? ' (in the older VC 1.1 form)' : ''}.`,
      { detail: `@context: ${v.contexts.join(', ')}` },
    );
  }
}
