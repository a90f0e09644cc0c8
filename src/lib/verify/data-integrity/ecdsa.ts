/**
 * The ECDSA cryptosuites (https://www.w3.org/TR/vc-di-ecdsa/): ecdsa-rdfc-2019 (RDF canonical
 * form) and ecdsa-jcs-2019 (JSON canonical form), over P-256 with SHA-256 or P-384 with SHA-384.
 * The signature is the raw r ‖ s (IEEE P1363) as base58btc multibase in `proofValue`, verified
 * with the platform's WebCrypto. ecdsa-sd-2023 (selective disclosure) is in ecdsa-sd.ts.
 */
import { base58 } from '@scure/base';
import type { JWK } from 'jose';
import { VerifyError } from '../errors.ts';
import { importVerifyKey } from '../key-cache.ts';
import { str } from '../json.ts';
import type { Suite } from './suites.ts';

const CURVES: Record<string, { hash: 'SHA-256' | 'SHA-384'; bytes: number }> = {
  'P-256': { hash: 'SHA-256', bytes: 64 },
  'P-384': { hash: 'SHA-384', bytes: 96 },
};

function curveOf(jwk: JWK) {
  const c = jwk.kty === 'EC' && typeof jwk.crv === 'string' ? CURVES[jwk.crv] : undefined;
  if (!c || !Object.hasOwn(CURVES, jwk.crv ?? ''))
    throw new VerifyError(
      'ERR_KEY_INVALID',
      `an ECDSA proof needs a P-256 or P-384 key, and the verification method holds ${jwk.kty === 'EC' ? jwk.crv : jwk.kty} ${jwk.kty === 'OKP' ? jwk.crv : ''}`.trim(),
    );
  return c;
}

/** The raw r ‖ s signature in a proof's multibase (base58btc) proofValue. */
function signatureBytes(proof: Record<string, unknown>): Uint8Array {
  const v = str(proof.proofValue);
  if (!v?.startsWith('z') || v.length > 300)
    throw new VerifyError('ERR_SIGNATURE_INVALID', 'the proof value is not a base58btc multibase signature');
  try {
    return base58.decode(v.slice(1));
  } catch {
    throw new VerifyError('ERR_SIGNATURE_INVALID', 'the proof value is not valid base58');
  }
}

async function verifyEcdsa(jwk: JWK, signature: Uint8Array, data: Uint8Array): Promise<boolean> {
  const { hash, bytes } = curveOf(jwk);
  if (signature.length !== bytes)
    throw new VerifyError(
      'ERR_SIGNATURE_INVALID',
      `the proof value is ${signature.length} bytes; a ${jwk.crv} signature is ${bytes}`,
    );
  const key = await importVerifyKey(
    'jwk',
    { kty: 'EC', crv: jwk.crv ?? '', x: jwk.x ?? '', y: jwk.y ?? '', ext: true } satisfies JsonWebKey,
    { name: 'ECDSA', namedCurve: jwk.crv ?? '' },
  );
  return crypto.subtle.verify({ name: 'ECDSA', hash }, key, signature as BufferSource, data as BufferSource);
}

const ecdsa = {
  signature: signatureBytes,
  verify: verifyEcdsa,
  hashFor: (jwk: JWK) => curveOf(jwk).hash,
} as const;

export const ECDSA_SUITES = [
  { name: 'ecdsa-rdfc-2019', deprecated: false, outsideOb3: true, canonicalization: 'rdfc', ...ecdsa },
  { name: 'ecdsa-jcs-2019', deprecated: false, outsideOb3: true, canonicalization: 'jcs', ...ecdsa },
] as const satisfies readonly Suite[];
