/**
 * The endorsements check alone (src/lib/verify/checks/endorsements.ts, endorsement-verify.ts):
 * each endorsement is verified like a badge and listed; one that fails is that endorsement's
 * failure, one that cannot be checked is unknown, and neither is ever called "the badge".
 */
import { describe, expect, it } from 'vitest';
import { endorsementsCheck } from '../../../../src/lib/verify/checks/endorsements.ts';
import { ed25519Multibase } from '../../../../src/lib/ob3/sign-data-integrity.ts';
import { signCredentialJwt } from '../../../../src/lib/ob3/sign-jwt.ts';
import { contextOf, runAlone, subjectOf } from '../../../helpers/checks.ts';
import { makeKey, testCatalog } from '../../../helpers/issuer.ts';

describe('endorsements check', async () => {
  const cat = await testCatalog();
  const ctx = contextOf(cat);
  const endorser = await makeKey('EdDSA');
  const didKey = `did:key:${ed25519Multibase(endorser.privateJwk)}`;
  const credential = await cat.credential();
  const endorsement = (name: string, validUntil?: string) => ({
    '@context': [
      'https://www.w3.org/ns/credentials/v2',
      'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
    ],
    id: `urn:uuid:${crypto.randomUUID()}`,
    type: ['VerifiableCredential', 'EndorsementCredential'],
    name,
    issuer: { id: didKey, type: ['Profile'], name: 'State Board of Education' },
    validFrom: '2025-01-01T00:00:00Z',
    ...(validUntil ? { validUntil } : {}),
    credentialSubject: { id: 'https://stackable.example/a', type: ['EndorsementSubject'] },
  });
  const sign = (c: Record<string, unknown>, kid = didKey) =>
    signCredentialJwt(c as never, { alg: 'EdDSA', kid, privateJwk: endorser.privateJwk });
  const run = (endorsementJwt: string[]) =>
    runAlone(endorsementsCheck, subjectOf({ ...credential, endorsementJwt }), ctx);

  it('is skipped for a badge with no endorsements', async () => {
    expect((await runAlone(endorsementsCheck, subjectOf(credential), ctx)).status).toBe('skip');
  });

  it('verifies and lists each endorsement', async () => {
    const o = await run([await sign(endorsement('Approved for renewal credit'))]);
    expect(o.status).toBe('pass');
    expect(o.message).toBe(
      '1 endorsement verified: Approved for renewal credit by State Board of Education.',
    );
  });

  it('warns (never fails the badge) on a forged endorsement, and says so of the endorsement', async () => {
    const good = await sign(endorsement('Approved'));
    const forged = `${good.slice(0, -6)}AAAAAA`;
    const expired = await sign(endorsement('Old approval', '2026-01-01T00:00:00Z'));
    const o = await run([good, forged, expired]);
    expect(o).toMatchObject({ status: 'warn', code: 'WARN_ENDORSEMENT_INVALID' });
    expect(o.message).toMatch(/^1 of 3 endorsements did not verify\. .*the badge itself is not affected\.$/);
    expect(o.detail).toContain('the endorsement was changed after it was signed');
    expect(o.detail).toContain('expired on 2026-01-01');
  });

  it('lists an expired endorsement without counting it against the badge', async () => {
    const good = await sign(endorsement('Approved'));
    const expired = await sign(endorsement('Old approval', '2026-01-01T00:00:00Z'));
    const both = await run([good, expired]);
    expect(both.status).toBe('pass');
    expect(both.message).toContain('1 more has expired and is not counted');
    const only = await run([expired]);
    expect(only.status).toBe('skip');
    expect(only.message).toContain('all expired');
  });

  it("an expired endorsement of the issuer inside the issuer's profile does not fail the badge: a signed badge stays verified", async () => {
    const key = await makeKey('ES256');
    const own = await testCatalog({ keys: [key] });
    const base = await own.credential();
    const expired = await sign(endorsement('Accredited 2024–2025', '2026-01-01T00:00:00Z'));
    const issuer = { ...(base.issuer as Record<string, unknown>), endorsementJwt: [expired] };
    const token = await own.issue({ issuer: issuer as never });
    const { verifyBadge } = await import('../../../../src/lib/verify/verify.ts');
    const r = await verifyBadge(token, { registry: own.registry, now: new Date('2026-06-01T00:00:00Z') });
    expect(r.checks.find((c) => c.id === 'endorsements')).toMatchObject({ status: 'skip' });
    expect(r.checks.find((c) => c.id === 'endorsements')?.message).toContain('all expired');
    expect(r.verdict).toBe('verified');
  });

  it('is unknown when an endorsement cannot be checked here', async () => {
    const o = await run([await sign(endorsement('Approved'), 'https://board.example/keys/1')]);
    expect(o).toMatchObject({ status: 'warn', code: 'WARN_ENDORSEMENT' });
    expect(o.detail).toContain('fetching from other sites is turned off');
  });
});
