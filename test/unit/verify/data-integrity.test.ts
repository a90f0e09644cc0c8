/**
 * Data Integrity: our eddsa-rdfc-2022 signer and verifier against the OB 3.0 implementation-guide
 * vector (byte-identical canonical forms, the same deterministic signature), our badges checked
 * by an independent implementation (@digitalbazaar/vc), and the edge cases: unknown contexts,
 * JSON-LD safe mode, several proofs.
 */
import * as vc from '@digitalbazaar/vc';
import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import { cryptosuite as eddsaRdfc2022 } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import { describe, expect, it } from 'vitest';
import { canonizeRdfc } from '../../../src/lib/verify/data-integrity/canonize.ts';
import { CONTEXTS } from '../../../src/lib/verify/data-integrity/contexts.ts';
import { ed25519Multibase, signDataIntegrity } from '../../../src/lib/ob3/sign-data-integrity.ts';
import { verifyBadge } from '../../../src/lib/verify/verify.ts';
import { makeKey, testCatalog, urls, ISSUER } from '../../helpers/issuer.ts';
import { vectorJson, vectorText } from '../../helpers/vectors.ts';

const NOW = new Date('2026-06-01T00:00:00Z');
const sha256hex = async (s: string) =>
  Buffer.from(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(s))).toString('hex');

describe('OB 3.0 implementation-guide vector (vectors/ob3-impl-guide/README.md)', () => {
  const unsigned = vectorJson('ob3-impl-guide/unsigned-credential.json');
  const options = vectorJson('ob3-impl-guide/proof-options.json');
  const key = vectorJson<{
    privateKeyJwk: { kty: string; crv: string; x: string; d: string };
    verificationMethod: string;
  }>('ob3-impl-guide/key-pair.json');

  it('canonicalizes the document and proof options byte-for-byte as published', async () => {
    const doc = await canonizeRdfc(unsigned);
    expect(doc).toBe(vectorText('ob3-impl-guide/document-canon.nq'));
    expect(await sha256hex(doc)).toBe('87f65a76d40146205e3b3e06cb0fbd153f97f9ce70372390f52566bb7f9e0773');
    const proof = await canonizeRdfc({ ...options, '@context': unsigned['@context'] });
    expect(proof).toBe(vectorText('ob3-impl-guide/proof-canon.nq'));
    expect(await sha256hex(proof)).toBe('d34009cea0dbc1ca941e09dc01c8c9d3e3ce3c5b853f67ee44698dcea10f5d19');
  });

  it('signs to the published proofValue (Ed25519 is deterministic)', async () => {
    const signed = await signDataIntegrity(
      unsigned,
      key.privateKeyJwk,
      key.verificationMethod,
      new Date('2010-01-01T19:23:24Z'),
    );
    expect(signed.proof[0].proofValue).toBe(
      vectorJson<{ proof: { proofValue: string } }>('ob3-impl-guide/signed-credential.json').proof.proofValue,
    );
  });
});

describe('our Data Integrity badges', async () => {
  const ed = await makeKey('EdDSA');
  const cat = await testCatalog({ keys: [ed] });
  const vm = `${urls.profile(ISSUER)}#${ed25519Multibase(ed.privateJwk)}`;
  const signed = await signDataIntegrity(
    await cat.credential(),
    ed.privateJwk,
    vm,
    new Date('2025-03-01T12:00:00Z'),
  );

  it('verify with our verifier as catalog badges', async () => {
    const r = await verifyBadge(JSON.stringify(signed), { registry: cat.registry, now: NOW });
    expect(r.verdict).toBe('verified');
    expect(r.checks.find((c) => c.id === 'key')?.message).toContain('publishes in this catalog');
  });

  it('verify with an independent implementation (@digitalbazaar/vc, static document loader)', async () => {
    // The loader serves only the bundled contexts and the issuer's key as the catalog publishes
    // it (its JWK, expressed as a Multikey verification method of the issuer's profile).
    const published = cat.registry.issuers.find((i) => i.id === ISSUER)?.keys[0];
    expect(published?.thumbprint).toBe(ed.kid);
    const multikey = ed25519Multibase(published?.jwk as never);
    const controller = urls.profile(ISSUER);
    const method = {
      '@context': 'https://w3id.org/security/multikey/v1',
      id: `${controller}#${multikey}`,
      type: 'Multikey',
      controller,
      publicKeyMultibase: multikey,
    };
    const documentLoader = async (url: string) => {
      if (CONTEXTS.has(url)) return { contextUrl: null, documentUrl: url, document: CONTEXTS.get(url) };
      if (url === method.id) return { contextUrl: null, documentUrl: url, document: method };
      if (url === controller)
        return {
          contextUrl: null,
          documentUrl: url,
          document: {
            '@context': ['https://www.w3.org/ns/did/v1', 'https://w3id.org/security/multikey/v1'],
            id: controller,
            assertionMethod: [method],
          },
        };
      throw new Error(`unexpected document ${url}`);
    };
    const result = await vc.verifyCredential({
      credential: signed,
      suite: new DataIntegrityProof({ cryptosuite: eddsaRdfc2022 }),
      documentLoader,
      checkStatus: async () => ({ verified: true }),
    });
    expect(result.error ?? null).toBeNull();
    expect(result.verified).toBe(true);
    const tampered = { ...signed, name: 'Changed' };
    expect(
      (
        await vc.verifyCredential({
          credential: tampered,
          suite: new DataIntegrityProof({ cryptosuite: eddsaRdfc2022 }),
          documentLoader,
          checkStatus: async () => ({ verified: true }),
        })
      ).verified,
    ).toBe(false);
  });

  it('an unknown JSON-LD context is "cannot check", never fetched', async () => {
    const odd = {
      ...signed,
      '@context': [...(signed['@context'] as string[]), 'https://example.org/my-context.jsonld'],
    };
    const r = await verifyBadge(JSON.stringify(odd), { registry: cat.registry, now: NOW });
    expect(r.checks.find((c) => c.id === 'proof')).toMatchObject({
      status: 'warn',
      code: 'ERR_CONTEXT_UNKNOWN',
    });
    expect(r.checks.find((c) => c.id === 'proof')?.message).toContain(
      'https://example.org/my-context.jsonld',
    );
  });

  it('a term no context defines breaks JSON-LD safe mode: the proof fails', async () => {
    const r = await verifyBadge(JSON.stringify({ ...signed, favouriteColour: 'blue' }), {
      registry: cat.registry,
      now: NOW,
    });
    expect(r.checks.find((c) => c.id === 'proof')?.status).toBe('fail');
    expect(r.verdict).toBe('invalid');
  });

  it('with several proofs, any valid one suffices, and the report says which', async () => {
    const bogus = { ...signed.proof[0], proofValue: `z${'1'.repeat(86)}` };
    const both = { ...signed, proof: [bogus, ...signed.proof] };
    const r = await verifyBadge(JSON.stringify(both), { registry: cat.registry, now: NOW });
    expect(r.checks.find((c) => c.id === 'proof')?.message).toContain('Proof 2 of 2 verified');
    expect(r.verdict).toBe('verified');
  });
});
