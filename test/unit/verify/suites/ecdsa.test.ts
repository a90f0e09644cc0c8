/**
 * ecdsa-rdfc-2019 and ecdsa-jcs-2019 (https://www.w3.org/TR/vc-di-ecdsa/), P-256 and P-384:
 * the W3C vc-di-ecdsa test vectors (test/fixtures/vectors/ATTRIBUTION.md) and badges signed here
 * and by Digital Bazaar's cryptosuites, each verified, and each failing once changed.
 */
import { describe, expect, it } from 'vitest';
import { verifyDataIntegrity } from '../../../../src/lib/verify/data-integrity/index.ts';
import { ECDSA_SUITES } from '../../../../src/lib/verify/data-integrity/ecdsa.ts';
import { jwkFromMultikey, multikeyFromJwk } from '../../../../src/lib/verify/multikey.ts';
import { RegistryIndex } from '../../../../src/lib/verify/registry.ts';
import { Resources } from '../../../../src/lib/verify/resources.ts';
import { verifyBadge } from '../../../../src/lib/verify/verify.ts';
import { ecKey, signEcdsa, signWithLibrary, type Curve } from '../../../helpers/ecdsa-sign.ts';
import { ISSUER, makeKey, testCatalog, urls } from '../../../helpers/issuer.ts';
import { vectorJson } from '../../../helpers/vectors.ts';

const NOW = new Date('2026-06-01T00:00:00Z');
const empty = RegistryIndex.empty();
const VECTORS = [
  ['ecdsa-rdfc-2019', 'P-256', 'ecdsa-rdfc-2019-p256/signedECDSAP256.json'],
  ['ecdsa-rdfc-2019', 'P-384', 'ecdsa-rdfc-2019-p384/signedECDSAP384.json'],
  ['ecdsa-jcs-2019', 'P-256', 'ecdsa-jcs-2019-p256/signedJCSECDSAP256.json'],
  ['ecdsa-jcs-2019', 'P-384', 'ecdsa-jcs-2019-p384/signedJCSECDSAP384.json'],
] as const;
const tamper = (doc: Record<string, unknown>) => ({
  ...doc,
  credentialSubject: { ...(doc.credentialSubject as object), alumniOf: 'The School of Forgery' },
});

describe('the W3C vc-di-ecdsa vectors', () => {
  for (const [suite, curve, file] of VECTORS) {
    const doc = vectorJson(`w3c-vc-di-ecdsa/${file}`);
    it(`${suite} ${curve}: verifies, with the did:key's ${curve} key`, async () => {
      const r = await verifyDataIntegrity(doc, empty, new Resources());
      expect(r.suite.name).toBe(suite);
      expect(r.method.jwk.crv).toBe(curve);
      expect(r.method.source).toBe('did:key');
    });
    it(`${suite} ${curve}: changed after signing, the signature does not match`, async () => {
      await expect(verifyDataIntegrity(tamper(doc), empty, new Resources())).rejects.toMatchObject({
        code: 'ERR_SIGNATURE_INVALID',
      });
    });
    it(`${suite} ${curve}: through the whole verifier, the proof row passes (not an Open Badge)`, async () => {
      const r = await verifyBadge(JSON.stringify(doc), { now: NOW });
      expect(r.checks.find((c) => c.id === 'proof')).toMatchObject({ status: 'pass' });
      expect(r.checks.find((c) => c.id === 'proof')?.message).toContain(suite);
    });
  }

  it('a signature made for P-256 does not pass under the P-384 hash, and the other way round', async () => {
    const p256 = vectorJson('w3c-vc-di-ecdsa/ecdsa-rdfc-2019-p256/signedECDSAP256.json');
    const p384 = vectorJson('w3c-vc-di-ecdsa/ecdsa-rdfc-2019-p384/signedECDSAP384.json');
    const swapped = {
      ...p256,
      proof: {
        ...(p256.proof as object),
        verificationMethod: (p384.proof as { verificationMethod: string }).verificationMethod,
      },
    };
    await expect(verifyDataIntegrity(swapped, empty, new Resources())).rejects.toMatchObject({
      code: 'ERR_SIGNATURE_INVALID',
    });
  });
});

describe('Multikey P-256 and P-384 keys', () => {
  it('the vector keys decompress to points WebCrypto imports, and compress back to the same Multikey', async () => {
    for (const f of ['p256KeyPair.json', 'p384KeyPair.json']) {
      const { publicKeyMultibase } = vectorJson<{ publicKeyMultibase: string }>(`w3c-vc-di-ecdsa/${f}`);
      const jwk = await jwkFromMultikey(publicKeyMultibase);
      await crypto.subtle.importKey(
        'jwk',
        jwk as JsonWebKey,
        { name: 'ECDSA', namedCurve: jwk.crv ?? '' },
        false,
        ['verify'],
      );
      expect(await multikeyFromJwk(jwk)).toBe(publicKeyMultibase);
    }
  });
  it('a point not on its curve is not a key', async () => {
    const good = vectorJson<{ publicKeyMultibase: string }>(
      'w3c-vc-di-ecdsa/p256KeyPair.json',
    ).publicKeyMultibase;
    await expect(jwkFromMultikey(`${good.slice(0, -4)}1111`)).rejects.toThrow(
      /point on its curve|base58|type/,
    );
  });
  it('an ECDSA proof made with an Ed25519 key is refused as the wrong key', async () => {
    const doc = vectorJson('w3c-vc-di-ecdsa/ecdsa-rdfc-2019-p256/signedECDSAP256.json');
    const ed =
      'did:key:z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2#z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2';
    await expect(
      verifyDataIntegrity(
        { ...doc, proof: { ...(doc.proof as object), verificationMethod: ed } },
        empty,
        new Resources(),
      ),
    ).rejects.toMatchObject({ code: 'ERR_KEY_INVALID' });
  });
  it('declares both ECDSA suites as outside Open Badges 3.0 conformance, and not deprecated', () => {
    expect(ECDSA_SUITES.map((s) => [s.name, s.outsideOb3, s.deprecated])).toEqual([
      ['ecdsa-rdfc-2019', true, false],
      ['ecdsa-jcs-2019', true, false],
    ]);
  });
});

describe('Open Badges signed with ECDSA', async () => {
  const cat = await testCatalog();
  const credential = await cat.credential();
  const proofRow = async (badge: Record<string, unknown>) =>
    (await verifyBadge(JSON.stringify(badge), { registry: cat.registry, now: NOW })).checks.find(
      (c) => c.id === 'proof',
    );
  const forged = (b: Record<string, unknown>) => ({ ...b, name: 'Something else entirely' });

  for (const suite of ['ecdsa-rdfc-2019', 'ecdsa-jcs-2019'] as const)
    for (const curve of ['P-256', 'P-384'] as Curve[]) {
      it(`${suite} ${curve}, signed here: valid, reported as outside OB 3.0 conformance; changed: invalid`, async () => {
        const key = await ecKey(curve);
        const badge = await signEcdsa(credential, key.privateJwk, key.didKey, suite);
        expect(await proofRow(badge)).toMatchObject({ status: 'warn', code: 'WARN_NONCONFORMANT_SUITE' });
        expect((await proofRow(badge))?.message).toContain(suite);
        expect(await proofRow(forged(badge))).toMatchObject({
          status: 'fail',
          code: 'ERR_SIGNATURE_INVALID',
        });
      });
      it(`${suite} ${curve}, signed by Digital Bazaar's cryptosuite: valid; changed: invalid`, async () => {
        const badge = await signWithLibrary(credential, suite, curve);
        expect(await proofRow(badge)).toMatchObject({ status: 'warn', code: 'WARN_NONCONFORMANT_SUITE' });
        expect(await proofRow(forged(badge))).toMatchObject({
          status: 'fail',
          code: 'ERR_SIGNATURE_INVALID',
        });
      });
    }

  it("a catalog issuer's published P-256 key, named as a Multikey fragment of its profile, is the catalog's key", async () => {
    const es = await makeKey('ES256');
    const own = await testCatalog({ keys: [es] });
    const vm = `${urls.profile(ISSUER)}#${await multikeyFromJwk(es.privateJwk)}`;
    const badge = await signEcdsa(await own.credential(), es.privateJwk, vm, 'ecdsa-rdfc-2019');
    const r = await verifyBadge(JSON.stringify(badge), { registry: own.registry, now: NOW });
    expect(r.checks.find((c) => c.id === 'proof')?.code).toBe('WARN_NONCONFORMANT_SUITE');
    expect(r.checks.find((c) => c.id === 'key')).toMatchObject({ status: 'pass' });
  });
});
