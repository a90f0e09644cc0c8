/**
 * Keys carried in the identifier itself, resolvable with no network: `did:jwk` (a base64url
 * JWK) and `did:key` (a multibase multicodec key: Ed25519 `z6Mk…`, P-256 `zDn…`).
 */
import { base58, base64url } from '@scure/base';
import type { JWK } from 'jose';
import { VerifyError } from './errors.ts';
import { isRecord, parseJson } from './json.ts';

const b64u = (bytes: Uint8Array) => base64url.encode(bytes).replace(/=+$/, '');

/** The method-specific part of a DID URL, without fragment, query or path. */
const didBody = (did: string, method: string) => did.slice(`did:${method}:`.length).split(/[#?/]/)[0] ?? '';

export function jwkFromDidJwk(did: string): JWK {
  const body = didBody(did, 'jwk');
  let jwk: unknown;
  try {
    jwk = parseJson(
      new TextDecoder('utf-8', { fatal: true }).decode(
        base64url.decode(body.padEnd(Math.ceil(body.length / 4) * 4, '=')),
      ),
      { maxChars: 20_000 },
    );
  } catch {
    throw new VerifyError('ERR_KEY_INVALID', 'the did:jwk identifier holds no readable key');
  }
  if (!isRecord(jwk) || typeof jwk.kty !== 'string')
    throw new VerifyError('ERR_KEY_INVALID', 'the did:jwk identifier holds no JSON Web Key');
  return jwk;
}

// P-256 curve parameters (SEC 2 / FIPS 186), for decompressing did:key points.
const P = 0xffffffff00000001000000000000000000000000ffffffffffffffffffffffffn;
const B = 0x5ac635d8aa3a93e7b3ebbd55769886bc651d06b0cc53b0f63bce3c3e27d2604bn;
const modpow = (b: bigint, e: bigint, m: bigint) => {
  let r = 1n;
  b %= m;
  while (e > 0n) {
    if (e & 1n) r = (r * b) % m;
    b = (b * b) % m;
    e >>= 1n;
  }
  return r;
};
const toBytes = (n: bigint, len: number) =>
  Uint8Array.from({ length: len }, (_, i) => Number((n >> BigInt(8 * (len - 1 - i))) & 0xffn));

function decompressP256(point: Uint8Array): { x: Uint8Array; y: Uint8Array } {
  if (point.length !== 33 || (point[0] !== 2 && point[0] !== 3))
    throw new VerifyError('ERR_KEY_INVALID', 'the did:key P-256 point is not compressed');
  const x = point.slice(1);
  const xn = x.reduce((acc, b) => (acc << 8n) | BigInt(b), 0n);
  const rhs = (modpow(xn, 3n, P) - 3n * xn + B + 3n * P) % P;
  let y = modpow(rhs, (P + 1n) / 4n, P);
  if ((y * y) % P !== rhs)
    throw new VerifyError('ERR_KEY_INVALID', 'the did:key P-256 point is not on the curve');
  if (Number(y & 1n) !== (point[0] & 1)) y = P - y;
  return { x, y: toBytes(y, 32) };
}

/** The public JWK a `did:key` names. */
export function jwkFromDidKey(did: string): JWK {
  const body = didBody(did, 'key');
  if (!body.startsWith('z') || body.length > 200)
    throw new VerifyError('ERR_KEY_INVALID', 'the did:key identifier is not a base58btc multibase key');
  let bytes: Uint8Array;
  try {
    bytes = base58.decode(body.slice(1));
  } catch {
    throw new VerifyError('ERR_KEY_INVALID', 'the did:key identifier is not valid base58');
  }
  if (bytes[0] === 0xed && bytes[1] === 0x01 && bytes.length === 34)
    return { kty: 'OKP', crv: 'Ed25519', x: b64u(bytes.slice(2)) };
  if (bytes[0] === 0x80 && bytes[1] === 0x24) {
    const { x, y } = decompressP256(bytes.slice(2));
    return { kty: 'EC', crv: 'P-256', x: b64u(x), y: b64u(y) };
  }
  throw new VerifyError(
    'ERR_KEY_INVALID',
    'the did:key identifier names a key type this verifier does not read',
    `multicodec prefix 0x${(bytes[0] ?? 0).toString(16)}${(bytes[1] ?? 0).toString(16)}`,
  );
}

/** Ed25519 public key bytes from a Multikey `publicKeyMultibase` (z + base58btc(0xed01 ‖ key)). */
export function jwkFromMultibase(multibase: string): JWK {
  return jwkFromDidKey(`did:key:${multibase}`);
}
