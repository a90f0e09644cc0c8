/** Signing Data Integrity proofs with any supported cryptosuite, for tests (the issue tool signs eddsa-rdfc-2022 only). */
import { base58 } from '@scure/base';
import type { EDDSA_SUITES } from '../../src/lib/verify/data-integrity/eddsa.ts';
import { hashData, SUITES } from '../../src/lib/verify/data-integrity/suites.ts';

export async function signEd25519(privateJwk: { x?: string; d?: string }, data: Uint8Array): Promise<string> {
  const key = await crypto.subtle.importKey(
    'jwk',
    { kty: 'OKP', crv: 'Ed25519', x: privateJwk.x ?? '', d: privateJwk.d ?? '' },
    { name: 'Ed25519' },
    false,
    ['sign'],
  );
  return `z${base58.encode(new Uint8Array(await crypto.subtle.sign({ name: 'Ed25519' }, key, data as BufferSource)))}`;
}

/** `credential` with one DataIntegrityProof of `suite`, made by `privateJwk` as `verificationMethod`. */
export async function signWithSuite(
  credential: Record<string, unknown>,
  privateJwk: { x?: string; d?: string },
  verificationMethod: string,
  suite: Exclude<(typeof EDDSA_SUITES)[number]['name'], 'Ed25519Signature2020'>,
  created = '2025-03-01T12:00:00Z',
): Promise<Record<string, unknown>> {
  const proof = {
    type: 'DataIntegrityProof',
    cryptosuite: suite,
    created,
    verificationMethod,
    proofPurpose: 'assertionMethod',
  };
  const data = await hashData(SUITES[suite], credential, proof);
  return { ...credential, proof: [{ ...proof, proofValue: await signEd25519(privateJwk, data) }] };
}
