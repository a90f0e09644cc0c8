/**
 * Work that depends only on a public key, done once per key rather than once per badge: the
 * RFC 7638 thumbprint of a JWK object, and the key imported for one algorithm. A page or a CLI run
 * that verifies many badges signs them with a handful of keys, and each import or digest is a
 * round trip to the platform's crypto (WebCrypto runs them off the main thread in Node).
 *
 * What is cached cannot change a verdict: the thumbprint is a pure function of the key's
 * members, and the imported key is the same key, for the same algorithm and use, whoever asks.
 * Failures are never kept, and each map is bounded (the oldest entry goes first).
 */
import { calculateJwkThumbprint, importJWK, type JWK } from 'jose';
import type { AllowedAlg } from './jws.ts';
import { remember } from './memo.ts';

type Imported = Awaited<ReturnType<typeof importJWK>>;

const LIMIT = 64;

const thumbprints = new WeakMap<JWK, Promise<string>>();

/** The SHA-256 JWK thumbprint, computed once per key object (catalog keys are the same object each time). */
export function thumbprintOf(jwk: JWK): Promise<string> {
  const hit = thumbprints.get(jwk);
  if (hit) return hit;
  const p = calculateJwkThumbprint(jwk, 'sha256');
  thumbprints.set(jwk, p);
  p.catch(() => thumbprints.delete(jwk));
  return p;
}

const imports = new Map<string, Promise<Imported>>();

/**
 * The key imported for `alg`, once per thumbprint, algorithm and stated use. The thumbprint
 * covers every member that defines a public key (RFC 7638 §3.2), so equal thumbprints are the
 * same key; `use`, `key_ops` and `ext` can make an import fail, so they are part of the entry.
 */
export function importForAlg(jwk: JWK, thumbprint: string, alg: AllowedAlg): Promise<Imported> {
  const use = JSON.stringify([jwk.use, jwk.key_ops, jwk.ext]);
  return remember(imports, `${alg} ${thumbprint} ${use}`, () => importJWK({ ...jwk, alg }, alg), LIMIT);
}

const rawImports = new Map<string, Promise<CryptoKey>>();

/** A WebCrypto verification key, once per algorithm and key encoding (Data Integrity's suites). */
export function importVerifyKey(
  format: 'raw' | 'jwk',
  keyData: Uint8Array | JsonWebKey,
  algorithm: EcKeyImportParams | Algorithm,
): Promise<CryptoKey> {
  const id =
    format === 'raw'
      ? Array.from(keyData as Uint8Array, (b) => b.toString(16).padStart(2, '0')).join('')
      : JSON.stringify(keyData);
  return remember(
    rawImports,
    `${JSON.stringify(algorithm)} ${format} ${id}`,
    () =>
      format === 'raw'
        ? crypto.subtle.importKey('raw', keyData as BufferSource, algorithm, false, ['verify'])
        : crypto.subtle.importKey('jwk', keyData as JsonWebKey, algorithm, false, ['verify']),
    LIMIT,
  );
}
