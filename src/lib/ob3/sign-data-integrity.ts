/**
 * Signing with an embedded eddsa-rdfc-2022 Data Integrity proof (W3C vc-di-eddsa), which OB 3.0
 * conformant wallets and displayers verify. The bytes signed are built by the same code the
 * verifier uses (`hashData`), so the two cannot drift apart.
 */
import { base58, base64url } from '@scure/base';
import type { JWK } from 'jose';
import { hashData, SUITES } from '../verify/data-integrity/suites.ts';
import { isoSeconds } from './credential.ts';

const b64 = (s: string) => base64url.decode(s + '='.repeat((4 - (s.length % 4)) % 4));

/** `z` + base58btc(0xed 0x01 ‖ key): an Ed25519 public key as a Multikey. */
export function ed25519Multibase(jwk: JWK): string {
  if (jwk.kty !== 'OKP' || jwk.crv !== 'Ed25519' || !jwk.x)
    throw new TypeError('an Ed25519 key is required for eddsa-rdfc-2022');
  const raw = b64(jwk.x);
  const bytes = new Uint8Array(2 + raw.length);
  bytes.set([0xed, 0x01]);
  bytes.set(raw, 2);
  return `z${base58.encode(bytes)}`;
}

/**
 * Adds an eddsa-rdfc-2022 proof. `proof` is written as an array, as the canonical OB 3.0 JSON
 * Schema requires (https://www.imsglobal.org/spec/ob/v3p0/, "JSON Schema"), so the result passes both schema variants.
 */
export async function signDataIntegrity<T extends Record<string, unknown>>(
  credential: T,
  privateJwk: JWK,
  verificationMethod: string,
  created = new Date(),
): Promise<T & { proof: [Record<string, string>] }> {
  const proof: Record<string, string> = {
    type: 'DataIntegrityProof',
    cryptosuite: 'eddsa-rdfc-2022',
    created: isoSeconds(created),
    verificationMethod,
    proofPurpose: 'assertionMethod',
  };
  const data = await hashData(SUITES['eddsa-rdfc-2022'], credential, proof);
  const jwk: JsonWebKey = {
    kty: 'OKP',
    crv: 'Ed25519',
    ...(privateJwk.x ? { x: privateJwk.x } : {}),
    ...(privateJwk.d ? { d: privateJwk.d } : {}),
  };
  const key = await crypto.subtle.importKey('jwk', jwk, { name: 'Ed25519' }, false, ['sign']);
  const signature = new Uint8Array(await crypto.subtle.sign({ name: 'Ed25519' }, key, data as BufferSource));
  return { ...credential, proof: [{ ...proof, proofValue: `z${base58.encode(signature)}` }] };
}
