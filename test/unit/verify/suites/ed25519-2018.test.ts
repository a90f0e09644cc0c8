/**
 * Ed25519Signature2018 (https://w3c-ccg.github.io/lds-ed25519-2018/), as the JFF plugfest badges
 * carry it: a VC 1.1 Open Badge signed by Digital Bazaar's Ed25519Signature2018 suite verifies,
 * reported as deprecated like Ed25519Signature2020; changed, or with its JWS header altered, it fails.
 */
import { describe, expect, it } from 'vitest';
import { verifyDataIntegrity } from '../../../../src/lib/verify/data-integrity/index.ts';
import { ED25519_2018_SUITES } from '../../../../src/lib/verify/data-integrity/ed25519-2018.ts';
import { RegistryIndex } from '../../../../src/lib/verify/registry.ts';
import { Resources } from '../../../../src/lib/verify/resources.ts';
import { verifyBadge } from '../../../../src/lib/verify/verify.ts';
import { signEd25519Signature2018 } from '../../../helpers/ecdsa-sign.ts';
import { testCatalog } from '../../../helpers/issuer.ts';

const NOW = new Date('2026-06-01T00:00:00Z');

describe('Ed25519Signature2018', async () => {
  const cat = await testCatalog();
  const v2 = await cat.credential();
  // The plugfest form: VC 1.1 with the Open Badges 3.0 context, issuanceDate instead of validFrom
  // (and no Bitstring status entry, a term VC 1.1's context does not define).
  const { validFrom, credentialStatus: _status, ...rest } = v2;
  const credential = {
    ...rest,
    '@context': ['https://www.w3.org/2018/credentials/v1', ...(v2['@context'] as string[]).slice(1)],
    issuanceDate: validFrom,
  };
  const signed = await signEd25519Signature2018(credential);
  const proof = signed.proof as Record<string, unknown>;
  const row = async (badge: Record<string, unknown>) =>
    (await verifyBadge(JSON.stringify(badge), { registry: cat.registry, now: NOW })).checks.find(
      (c) => c.id === 'proof',
    );

  it('a badge signed by the reference implementation verifies, as a deprecated suite', async () => {
    expect(proof.type).toBe('Ed25519Signature2018');
    expect(await row(signed)).toMatchObject({ status: 'warn', code: 'WARN_DEPRECATED_SUITE' });
    expect((await row(signed))?.message).toContain('Ed25519Signature2018');
  });
  it('changed after signing, it fails', async () => {
    expect(await row({ ...signed, name: 'Another badge' })).toMatchObject({
      status: 'fail',
      code: 'ERR_SIGNATURE_INVALID',
    });
  });
  it('its proof options are signed too: a changed created date fails', async () => {
    const changed = { ...signed, proof: { ...proof, created: '2020-01-01T00:00:00Z' } };
    await expect(verifyDataIntegrity(changed, RegistryIndex.empty(), new Resources())).rejects.toMatchObject({
      code: 'ERR_SIGNATURE_INVALID',
    });
  });
  it('a JWS header other than {"alg":"EdDSA","b64":false,"crit":["b64"]} is refused', async () => {
    const [, sig] = String(proof.jws).split('..');
    const header = Buffer.from(JSON.stringify({ alg: 'EdDSA' })).toString('base64url');
    await expect(
      verifyDataIntegrity(
        { ...signed, proof: { ...proof, jws: `${header}..${sig}` } },
        RegistryIndex.empty(),
        new Resources(),
      ),
    ).rejects.toMatchObject({
      code: 'ERR_SIGNATURE_INVALID',
      message: expect.stringContaining('"b64":false'),
    });
  });
  it('a proof without a detached JWS is refused', () => {
    const [suite] = ED25519_2018_SUITES;
    expect(() => suite.signature({ jws: 'a.b.c' })).toThrow(/detached JWS/);
    expect(() => suite.signature({})).toThrow(/detached JWS/);
  });
});
