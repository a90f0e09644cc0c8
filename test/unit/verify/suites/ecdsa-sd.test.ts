/**
 * ecdsa-sd-2023 (https://www.w3.org/TR/vc-di-ecdsa/#ecdsa-sd-2023): derived proofs verify and
 * fail once changed; a base proof is refused, as the specification requires of a verifier. The
 * W3C vectors use a context a badge verifier does not bundle (citizenship v4rc1), so they are
 * checked here with that context supplied to the cryptographic step; badges signed and derived
 * by Digital Bazaar's cryptosuite run through the whole verifier.
 */
import { describe, expect, it } from 'vitest';
import { staticLoader } from '../../../../src/lib/verify/data-integrity/canonize.ts';
import { sdProofKind, verifyEcdsaSd } from '../../../../src/lib/verify/data-integrity/ecdsa-sd.ts';
import { jwkFromMultikey } from '../../../../src/lib/verify/multikey.ts';
import { verifyBadge } from '../../../../src/lib/verify/verify.ts';
import { signAndDeriveSd } from '../../../helpers/ecdsa-sign.ts';
import { testCatalog } from '../../../helpers/issuer.ts';
import { vectorJson } from '../../../helpers/vectors.ts';

const NOW = new Date('2026-06-01T00:00:00Z');
const CITIZENSHIP = 'https://w3id.org/citizenship/v4rc1';
const citizenship = vectorJson('w3c-ccg-citizenship/citizenship-v4rc1.jsonld');
const loader = async (url: string) =>
  url === CITIZENSHIP ? { contextUrl: null, documentUrl: url, document: citizenship } : staticLoader(url);

async function split(doc: Record<string, unknown>) {
  const { proof, ...unsecured } = doc as { proof: Record<string, unknown> & { verificationMethod: string } };
  return { proof, unsecured, jwk: await jwkFromMultikey(proof.verificationMethod.split('#')[1] ?? '') };
}

describe('the W3C vc-di-ecdsa ecdsa-sd-2023 vectors', () => {
  for (const set of ['prc', 'employ']) {
    it(`${set}: the derived proof verifies; with a disclosed value changed it does not`, async () => {
      const { proof, unsecured, jwk } = await split(
        vectorJson(`w3c-vc-di-ecdsa/ecdsa-sd-2023/${set}/derivedRevealDocument.json`),
      );
      expect(sdProofKind(proof)).toBe('derived');
      expect(await verifyEcdsaSd(unsecured, proof, jwk, loader)).toBe(true);
      const changed = structuredClone(unsecured) as { credentialSubject: Record<string, unknown> };
      changed.credentialSubject.birthCountry = 'Atlantis';
      expect(await verifyEcdsaSd(changed, proof, jwk, loader)).toBe(false);
    });
    it(`${set}: the base proof is refused (only its holder may use it)`, async () => {
      const { proof, unsecured, jwk } = await split(
        vectorJson(`w3c-vc-di-ecdsa/ecdsa-sd-2023/${set}/addSignedSDBase.json`),
      );
      expect(sdProofKind(proof)).toBe('base');
      await expect(verifyEcdsaSd(unsecured, proof, jwk, loader)).rejects.toMatchObject({
        code: 'ERR_SD_BASE_PROOF',
      });
    });
  }

  it('through the whole verifier: the base proof fails; the derived proof cannot be checked (its context is not bundled)', async () => {
    const base = await verifyBadge(
      JSON.stringify(vectorJson('w3c-vc-di-ecdsa/ecdsa-sd-2023/prc/addSignedSDBase.json')),
      { now: NOW },
    );
    expect(base.checks.find((c) => c.id === 'proof')).toMatchObject({
      status: 'fail',
      code: 'ERR_SD_BASE_PROOF',
    });
    const derived = await verifyBadge(
      JSON.stringify(vectorJson('w3c-vc-di-ecdsa/ecdsa-sd-2023/prc/derivedRevealDocument.json')),
      { now: NOW },
    );
    expect(derived.checks.find((c) => c.id === 'proof')).toMatchObject({
      status: 'warn',
      code: 'ERR_CONTEXT_UNKNOWN',
    });
  });

  it('a proof value that is neither base nor derived is not an ecdsa-sd-2023 proof', () => {
    expect(() => sdProofKind({ proofValue: 'zabc' })).toThrow(/not an ecdsa-sd-2023 proof/);
    expect(() => sdProofKind({ proofValue: 'u2V0C' })).toThrow(/not an ecdsa-sd-2023 proof/);
  });
});

describe('Open Badges with ecdsa-sd-2023, signed and derived by Digital Bazaar', async () => {
  const cat = await testCatalog();
  const credential = await cat.credential();
  const { base, derived } = await signAndDeriveSd(
    credential,
    ['/issuer', '/validFrom', '/credentialStatus', '/credentialSubject/achievement'],
    ['/credentialSubject/identifier'],
  );
  const proofRow = async (badge: Record<string, unknown>) =>
    (await verifyBadge(JSON.stringify(badge), { registry: cat.registry, now: NOW })).checks.find(
      (c) => c.id === 'proof',
    );

  it('the derived badge verifies: an Open Badges 3.0 conformance suite', async () => {
    const row = await proofRow(derived);
    expect(row).toMatchObject({ status: 'pass' });
    expect(row?.message).toContain('ecdsa-sd-2023');
  });
  it('the derived badge with a mandatory value changed fails', async () => {
    expect(await proofRow({ ...derived, validFrom: '2020-01-01T00:00:00Z' })).toMatchObject({
      status: 'fail',
      code: 'ERR_SIGNATURE_INVALID',
    });
  });
  it('the derived badge with a disclosed value changed fails', async () => {
    const changed = structuredClone(derived) as {
      credentialSubject: { identifier: { identityHash: string }[] };
    };
    const [id] = changed.credentialSubject.identifier;
    if (id) id.identityHash = 'sha256$0000';
    expect(await proofRow(changed)).toMatchObject({ status: 'fail', code: 'ERR_SIGNATURE_INVALID' });
  });
  it('the base badge is refused', async () => {
    expect(await proofRow(base)).toMatchObject({ status: 'fail', code: 'ERR_SD_BASE_PROOF' });
  });
});
