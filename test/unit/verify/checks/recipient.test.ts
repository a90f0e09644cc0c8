/** The recipient check alone (src/lib/verify/checks/recipient.ts). */
import { describe, expect, it } from 'vitest';
import { recipientCheck } from '../../../../src/lib/verify/checks/recipient.ts';
import { contextOf, runAlone, subjectOf } from '../../../helpers/checks.ts';
import { testCatalog } from '../../../helpers/issuer.ts';

describe('recipient check', async () => {
  const cat = await testCatalog();
  const credential = await cat.credential();
  const as = (email?: string, c = credential) =>
    runAlone(
      recipientCheck,
      subjectOf(c),
      contextOf(cat, email === undefined ? {} : { recipientEmail: email }),
    );

  it('is skipped until an email is typed', async () => {
    expect((await as()).status).toBe('skip');
    expect((await as('  ')).status).toBe('skip');
  });

  it('matches the salted hash, ignoring case and spaces; refuses another address', async () => {
    expect(await as(' ADA@example.org')).toMatchObject({ status: 'pass' });
    expect(await as('eve@example.org')).toMatchObject({ status: 'fail', code: 'ERR_RECIPIENT_MISMATCH' });
  });

  it('warns when the badge names its earner by something else than an email', async () => {
    const subject = { ...(credential.credentialSubject as Record<string, unknown>), identifier: [] };
    expect(await as('ada@example.org', { ...credential, credentialSubject: subject })).toMatchObject({
      status: 'warn',
      code: 'WARN_NO_EMAIL_IDENTIFIER',
    });
  });
});
