/**
 * The shape of an Open Badges 3.0 EndorsementCredential (https://www.imsglobal.org/spec/ob/v3p0/,
 * "EndorsementCredential"): a third party's signed statement about an achievement, an issuer or
 * another credential. It is its own kind of Open Badges credential, with an EndorsementSubject
 * (what is endorsed, by id) instead of an achievement; it is read and verified as one, not held
 * to the shape of an OpenBadgeCredential.
 */
import type { CredentialView } from '../credential-view.ts';
import { OB3_CONTEXT, VC1, VC2, parseDateTime } from '../credential-view.ts';
import { asList, str } from '../json.ts';
import { pass, problem, type Outcome } from '../pipeline/check.ts';

export function endorsementStructure(v: CredentialView): Outcome<never> {
  const problems: string[] = [];
  const gaps: string[] = [];
  const first = v.contexts[0];
  if (first !== VC2 && first !== VC1)
    problems.push(
      `the first @context must be ${VC2} (or ${VC1} for VC 1.1), not ${String(first).slice(0, 80)}`,
    );
  if (v.contexts[1] === undefined || !OB3_CONTEXT.test(v.contexts[1]))
    problems.push('the second @context must be an Open Badges 3.0 context');
  if (!v.types.includes('VerifiableCredential')) problems.push('type does not include VerifiableCredential');
  if (!v.id) problems.push('the credential has no id');
  if (!v.issuerId) problems.push('the issuer has no id');
  if (v.version === '2.0' && parseDateTime(str(v.raw.validFrom)) === undefined)
    problems.push('validFrom is missing or not a date-time');
  if (v.validUntil !== undefined && parseDateTime(v.validUntil) === undefined)
    problems.push('validUntil is not a date-time');
  if (!v.subject) problems.push('credentialSubject is missing');
  else {
    if (!v.subjectId) problems.push('credentialSubject.id (what is endorsed) is missing');
    if (!asList(v.subject.type).includes('EndorsementSubject'))
      problems.push('credentialSubject.type does not include EndorsementSubject');
  }
  if (typeof v.raw.name !== 'string') gaps.push('it has no name');
  if (problems.length)
    return problem(
      'ERR_STRUCTURE',
      'The endorsement does not have the structure Open Badges 3.0 requires of an EndorsementCredential.',
      problems.join('; '),
    );
  if (gaps.length)
    return problem(
      'WARN_STRUCTURE',
      `The endorsement is an Open Badges 3.0 EndorsementCredential, with a gap: ${gaps.join('; ')}.`,
    );
  return pass(
    `This is a well-formed Open Badges 3.0 endorsement of ${(v.subjectId ?? '').slice(0, 200)}.`,
    `@context: ${v.contexts.join(', ')}`,
  );
}
