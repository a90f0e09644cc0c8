/** Optional recipient check (ob3-notes.md §3 step 5): the email the verifier types, hashed here. */
import { matchesIdentityHash } from '../../ob3/identity.ts';
import type { CredentialView } from '../credential-view.ts';
import { asList, isRecord, str } from '../json.ts';
import type { ReportLog } from '../report.ts';

export async function checkRecipient(
  v: CredentialView,
  email: string | undefined,
  log: ReportLog,
): Promise<void> {
  const identifiers = v.subject ? asList(v.subject.identifier).filter(isRecord) : [];
  const emails = identifiers.filter((i) => i.identityType === 'emailAddress' || i.identityType === 'email');
  if (!email?.trim()) {
    log.add(
      'recipient',
      'skip',
      "Type the earner's email address to check the badge was awarded to them. It is hashed in this browser and never sent.",
    );
    return;
  }
  if (!emails.length) {
    log.add(
      'recipient',
      'warn',
      `The badge does not identify its earner by email${v.subjectId ? ` (it names ${v.subjectId.slice(0, 120)})` : ''}, so the address cannot be compared.`,
      { code: 'WARN_NO_EMAIL_IDENTIFIER' },
    );
    return;
  }
  for (const id of emails) {
    const hash = str(id.identityHash) ?? '';
    const match =
      id.hashed === true
        ? await matchesIdentityHash(email, hash, str(id.salt) ?? '')
        : hash.trim().toLowerCase() === email.trim().toLowerCase();
    if (match) {
      log.add('recipient', 'pass', 'The badge was awarded to that email address.', {
        detail: id.hashed === true ? 'salted SHA-256 identity hash matched' : 'plain identifier matched',
      });
      return;
    }
  }
  log.add('recipient', 'fail', 'The badge was not awarded to that email address.', {
    detail: `${emails.length} email identifier(s) compared`,
    code: 'ERR_RECIPIENT_MISMATCH',
  });
}
