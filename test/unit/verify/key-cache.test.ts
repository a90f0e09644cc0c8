/**
 * key-cache.ts alone: a thumbprint or an import is done once per key, and what is cached never
 * changes an answer: a different algorithm, a different stated use, or a failed import each get
 * their own answer.
 */
import { calculateJwkThumbprint, exportJWK, generateKeyPair, importJWK, type JWK } from 'jose';
import { describe, expect, it } from 'vitest';
import { importForAlg, importVerifyKey, thumbprintOf } from '../../../src/lib/verify/key-cache.ts';

async function publicJwk(alg: string, options = {}): Promise<JWK> {
  const { publicKey } = await generateKeyPair(alg, { extractable: true, ...options });
  return exportJWK(publicKey);
}

describe('key cache', () => {
  it('computes the RFC 7638 thumbprint, once per key object', async () => {
    const jwk = await publicJwk('ES256');
    const t = await thumbprintOf(jwk);
    expect(t).toBe(await calculateJwkThumbprint(jwk, 'sha256'));
    expect(thumbprintOf(jwk)).toBe(thumbprintOf(jwk));
  });

  it('imports a key once per algorithm, and separately for another algorithm', async () => {
    const jwk = await publicJwk('RS256', { modulusLength: 2048 });
    const t = await thumbprintOf(jwk);
    const a = importForAlg(jwk, t, 'RS256');
    expect(importForAlg({ ...jwk }, t, 'RS256')).toBe(a);
    const b = importForAlg(jwk, t, 'PS256');
    expect(b).not.toBe(a);
    expect(((await a) as CryptoKey).algorithm.name).toBe('RSASSA-PKCS1-v1_5');
    expect(((await b) as CryptoKey).algorithm.name).toBe('RSA-PSS');
  });

  it('answers a copy with a different stated use as an uncached import would', async () => {
    const jwk = await publicJwk('ES256');
    const t = await thumbprintOf(jwk);
    await importForAlg(jwk, t, 'ES256');
    const settle = (p: Promise<unknown>) =>
      p.then(
        () => 'imported',
        () => 'refused',
      );
    for (const variant of [
      { key_ops: ['encrypt'] },
      { use: 'enc' },
      { ext: false },
      { key_ops: ['verify'] },
    ]) {
      const copy = { ...jwk, ...variant } as JWK;
      expect(await settle(importForAlg(copy, t, 'ES256')), JSON.stringify(variant)).toBe(
        await settle(importJWK({ ...copy, alg: 'ES256' }, 'ES256')),
      );
    }
  });

  it('forgets a failed import, so the next attempt is made afresh', async () => {
    const bad: JWK = { kty: 'EC', crv: 'P-256', x: 'AA', y: 'AA' };
    const first = importForAlg(bad, 'not-a-real-thumbprint', 'ES256');
    await expect(first).rejects.toThrow();
    expect(importForAlg(bad, 'not-a-real-thumbprint', 'ES256')).not.toBe(first);
  });

  it('imports a raw Data Integrity key once per bytes and algorithm', async () => {
    const jwk = await publicJwk('EdDSA', { crv: 'Ed25519' });
    const raw = Uint8Array.from(Buffer.from(jwk.x ?? '', 'base64url'));
    const a = importVerifyKey('raw', raw, { name: 'Ed25519' });
    expect(importVerifyKey('raw', raw.slice(), { name: 'Ed25519' })).toBe(a);
    const other = Uint8Array.from(
      Buffer.from((await publicJwk('EdDSA', { crv: 'Ed25519' })).x ?? '', 'base64url'),
    );
    expect(importVerifyKey('raw', other, { name: 'Ed25519' })).not.toBe(a);
    expect((await a).type).toBe('public');
  });
});
