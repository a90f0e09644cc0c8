/**
 * Public keys written as Multikey (https://www.w3.org/TR/cid/#Multikey): base58btc multibase
 * of a multicodec prefix and the key. Ed25519 (0xed01), and the compressed ECDSA points of
 * P-256 (0x8024) and P-384 (0x8124), which are decompressed with @noble/curves into a JWK.
 * Loaded only with the Data Integrity code or a did:web document.
 */
import { base58, base64url } from '@scure/base';
import type { JWK } from 'jose';
import { VerifyError } from './errors.ts';
import { loadPart } from './lazy.ts';

const b64u = (bytes: Uint8Array) => base64url.encode(bytes).replace(/=+$/, '');

const EC = [
  { prefix: [0x80, 0x24], crv: 'P-256', size: 32 },
  { prefix: [0x81, 0x24], crv: 'P-384', size: 48 },
] as const;

/** The curve arithmetic, loaded only for an ECDSA key (an Ed25519 key needs none). */
async function curveOf(crv: (typeof EC)[number]['crv']) {
  const { p256, p384 } = await loadPart(import('@noble/curves/nist.js'), 'the curve arithmetic');
  return crv === 'P-256' ? p256 : p384;
}

/** The public JWK of a Multikey `publicKeyMultibase` (or the body of a did:key). */
export async function jwkFromMultikey(multibase: string): Promise<JWK> {
  if (!multibase.startsWith('z') || multibase.length > 200)
    throw new VerifyError('ERR_KEY_INVALID', 'the key is not a base58btc multibase key');
  let bytes: Uint8Array;
  try {
    bytes = base58.decode(multibase.slice(1));
  } catch {
    throw new VerifyError('ERR_KEY_INVALID', 'the multibase key is not valid base58');
  }
  if (bytes[0] === 0xed && bytes[1] === 0x01 && bytes.length === 34)
    return { kty: 'OKP', crv: 'Ed25519', x: b64u(bytes.slice(2)) };
  const ec = EC.find((c) => bytes[0] === c.prefix[0] && bytes[1] === c.prefix[1]);
  if (!ec)
    throw new VerifyError(
      'ERR_KEY_INVALID',
      'the multibase key is of a type this verifier does not read',
      `multicodec prefix 0x${(bytes[0] ?? 0).toString(16)}${(bytes[1] ?? 0).toString(16)}`,
    );
  const curve = await curveOf(ec.crv);
  let point: Uint8Array;
  try {
    point = curve.Point.fromBytes(bytes.slice(2)).toBytes(false);
  } catch {
    throw new VerifyError('ERR_KEY_INVALID', `the ${ec.crv} key is not a point on its curve`);
  }
  return {
    kty: 'EC',
    crv: ec.crv,
    x: b64u(point.slice(1, 1 + ec.size)),
    y: b64u(point.slice(1 + ec.size)),
  };
}

/** The Multikey `publicKeyMultibase` of a P-256 or P-384 public JWK (its compressed point). */
export async function multikeyFromJwk(jwk: JWK): Promise<string> {
  const ec = EC.find((c) => c.crv === jwk.crv);
  if (jwk.kty !== 'EC' || !ec || !jwk.x || !jwk.y)
    throw new VerifyError('ERR_KEY_INVALID', 'the key is not a P-256 or P-384 public key');
  const pad = (s: string) => `${s}${'='.repeat((4 - (s.length % 4)) % 4)}`;
  const curve = await curveOf(ec.crv);
  let point: Uint8Array;
  try {
    point = curve.Point.fromBytes(
      Uint8Array.from([4, ...base64url.decode(pad(jwk.x)), ...base64url.decode(pad(jwk.y))]),
    ).toBytes(true);
  } catch {
    throw new VerifyError('ERR_KEY_INVALID', `the ${ec.crv} key is not a point on its curve`);
  }
  return `z${base58.encode(Uint8Array.from([...ec.prefix, ...point]))}`;
}
