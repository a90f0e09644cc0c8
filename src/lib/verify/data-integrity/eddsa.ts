/**
 * The EdDSA cryptosuites (https://www.w3.org/TR/vc-di-eddsa/): eddsa-rdfc-2022 (Open Badges 3.0
 * conformance), eddsa-jcs-2022, and the deprecated eddsa-2022 and Ed25519Signature2020. Each
 * proof carries a 64-byte Ed25519 signature as base58btc multibase in `proofValue`.
 */
import { base58, base64url } from '@scure/base';
import type { JWK } from 'jose';
import { VerifyError } from '../errors.ts';
import { importVerifyKey } from '../key-cache.ts';
import { str } from '../json.ts';
import type { Suite } from './suites.ts';

/** The 64-byte Ed25519 signature in a proof's multibase (base58btc) proofValue. */
export function signatureBytes(proof: Record<string, unknown>): Uint8Array {
  const v = str(proof.proofValue);
  if (!v?.startsWith('z') || v.length > 200)
    throw new VerifyError('ERR_SIGNATURE_INVALID', 'the proof value is not a base58btc multibase signature');
  let bytes: Uint8Array;
  try {
    bytes = base58.decode(v.slice(1));
  } catch {
    throw new VerifyError('ERR_SIGNATURE_INVALID', 'the proof value is not valid base58');
  }
  if (bytes.length !== 64)
    throw new VerifyError(
      'ERR_SIGNATURE_INVALID',
      `the proof value is ${bytes.length} bytes; an Ed25519 signature is 64`,
    );
  return bytes;
}

/** Raw 32-byte Ed25519 public key of a JWK. */
export const rawEd25519 = (jwk: JWK) =>
  base64url.decode(`${jwk.x ?? ''}${'='.repeat((4 - ((jwk.x ?? '').length % 4)) % 4)}`);

export async function verifyEd25519(jwk: JWK, signature: Uint8Array, data: Uint8Array): Promise<boolean> {
  if (jwk.kty !== 'OKP' || jwk.crv !== 'Ed25519')
    throw new VerifyError(
      'ERR_KEY_INVALID',
      `an Ed25519 proof needs an Ed25519 key, not ${jwk.kty} ${jwk.crv ?? ''}`.trim(),
    );
  const key = await importVerifyKey('raw', rawEd25519(jwk), { name: 'Ed25519' });
  return crypto.subtle.verify({ name: 'Ed25519' }, key, signature as BufferSource, data as BufferSource);
}

const ed25519 = { signature: signatureBytes, verify: verifyEd25519 } as const;

export const EDDSA_SUITES = [
  { name: 'eddsa-rdfc-2022', deprecated: false, outsideOb3: false, canonicalization: 'rdfc', ...ed25519 },
  { name: 'eddsa-jcs-2022', deprecated: false, outsideOb3: true, canonicalization: 'jcs', ...ed25519 },
  { name: 'eddsa-2022', deprecated: true, outsideOb3: false, canonicalization: 'rdfc', ...ed25519 },
  {
    name: 'Ed25519Signature2020',
    proofType: 'Ed25519Signature2020',
    deprecated: true,
    outsideOb3: false,
    canonicalization: 'rdfc',
    ...ed25519,
  },
] as const satisfies readonly Suite[];
