/** The key-provenance check alone (src/lib/verify/checks/key.ts), with the signer a proof check learns. */
import { exportJWK, generateKeyPair } from 'jose';
import { describe, expect, it } from 'vitest';
import { keyCheck } from '../../../../src/lib/verify/checks/key.ts';
import { catalogSigner, contextOf, foreignSigner, runAlone, subjectOf } from '../../../helpers/checks.ts';
import { makeKey, testCatalog, urls } from '../../../helpers/issuer.ts';

describe('key check', async () => {
  const current = await makeKey('ES256');
  const retired = await makeKey('ES256', {
    validFrom: new Date('2020-01-01T00:00:00Z'),
    validUntil: new Date('2024-01-01T00:00:00Z'),
  });
  const revoked = await makeKey('EdDSA', {
    validFrom: new Date('2020-01-01T00:00:00Z'),
    revoked: { date: new Date('2021-01-01T00:00:00Z'), reason: 'laptop stolen' },
  });
  const cat = await testCatalog({ keys: [current, retired, revoked] });
  const ctx = contextOf(cat);
  const credential = await cat.credential();
  const stranger = await exportJWK((await generateKeyPair('ES256', { extractable: true })).publicKey);
  const run = (c: Record<string, unknown>, signer: Awaited<ReturnType<typeof foreignSigner>>) =>
    runAlone(keyCheck, subjectOf(c, { signer }), ctx);

  it('passes a key the issuer publishes, in force when the badge was issued', async () => {
    expect(await run(credential, catalogSigner(current, ctx))).toMatchObject({ status: 'pass' });
    const early = catalogSigner(retired, ctx, Date.parse('2023-01-01T00:00:00Z'));
    expect((await run(credential, early)).status).toBe('pass');
  });

  it('fails a key used after it was retired, and any use of a revoked key', async () => {
    expect(await run(credential, catalogSigner(retired, ctx))).toMatchObject({
      status: 'fail',
      code: 'ERR_KEY_NOT_IN_FORCE',
    });
    expect(await run(credential, catalogSigner(revoked, ctx))).toMatchObject({
      status: 'fail',
      code: 'ERR_KEY_REVOKED',
    });
  });

  it("fails a catalog key used for another issuer's badge", async () => {
    const other = {
      ...credential,
      issuer: { id: urls.profile('lakemont-cli'), type: ['Profile'], name: 'Lakemont' },
    };
    expect(await run(other, catalogSigner(current, ctx))).toMatchObject({
      status: 'fail',
      code: 'ERR_KEY_ISSUER_MISMATCH',
    });
  });

  it('cannot say the key was in force when the badge gives no issuance date', async () => {
    const signer = { ...catalogSigner(current, ctx), issuedAt: undefined };
    expect(await run(credential, signer)).toMatchObject({ status: 'warn', code: 'WARN_NO_ISSUANCE_DATE' });
  });

  it('fails a key the catalog issuer does not publish, and one controlled by someone else', async () => {
    expect(await run(credential, await foreignSigner(stranger))).toMatchObject({
      status: 'fail',
      code: 'ERR_KEY_NOT_PUBLISHED',
    });
    const did = await foreignSigner(stranger, { source: 'did:key', controller: 'did:key:z6MkOther' });
    expect(await run(credential, did)).toMatchObject({ status: 'fail', code: 'ERR_KEY_CONTROLLER' });
  });

  it('warns, without failing, for an issuer outside the catalog with its own key', async () => {
    const outside = { ...credential, issuer: { id: 'https://elsewhere.example/issuer', type: ['Profile'] } };
    expect(await run(outside, await foreignSigner(stranger))).toMatchObject({
      status: 'warn',
      code: 'WARN_KEY_UNKNOWN',
    });
  });

  it('is not checked without a verified signature', async () => {
    expect((await runAlone(keyCheck, subjectOf(credential), ctx)).status).toBe('skip');
  });
});
