/**
 * The optional recipient check (Open Badges 3.0 "Verification and Validation", the recipient
 * step: https://www.imsglobal.org/spec/ob/v3p0/): the email the verifier types, hashed here.
 */
import { matchesIdentityHash } from '../../ob3/identity.ts';
import { asList, isRecord, str } from '../json.ts';
import { pass, problem, skip, type CheckUnit } from '../pipeline/check.ts';
import type { CredentialSubject } from '../subject.ts';

/**
 * The sentence when no email was given; OB 2.0's recipient check says the same. The page and the
 * CLI both run this check, so it names neither a browser nor a command line.
 */
export const NO_EMAIL_TYPED =
  "Give the earner's email address to check the badge was awarded to them. It is hashed where the check runs and never sent.";

export const recipientCheck: CheckUnit<CredentialSubject, 'recipient'> = {
  id: 'recipient',
  async run({ view: v }, { recipientEmail: email }) {
    const identifiers = v.subject ? asList(v.subject.identifier).filter(isRecord) : [];
    const emails = identifiers.filter((i) => i.identityType === 'emailAddress' || i.identityType === 'email');
    if (!email?.trim()) {
      return skip(NO_EMAIL_TYPED);
    }
    if (!emails.length) {
      return problem(
        'WARN_NO_EMAIL_IDENTIFIER',
        `The badge does not identify its earner by email${v.subjectId ? ` (it names ${v.subjectId.slice(0, 120)})` : ''}, so the address cannot be compared.`,
      );
    }
    for (const id of emails) {
      const hash = str(id.identityHash) ?? '';
      const match =
        id.hashed === true
          ? await matchesIdentityHash(email, hash, str(id.salt) ?? '')
          : hash.trim().toLowerCase() === email.trim().toLowerCase();
      if (match) {
        return pass(
          'The badge was awarded to that email address.',
          id.hashed === true ? 'salted SHA-256 identity hash matched' : 'plain identifier matched',
        );
      }
    }
    return problem(
      'ERR_RECIPIENT_MISMATCH',
      'The badge was not awarded to that email address.',
      `${emails.length} email identifier(s) compared`,
    );
  },
};
