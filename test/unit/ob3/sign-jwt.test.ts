/**
 * signCredentialJwt alone, with its imported private key kept per key object and algorithm: each
 * token verifies with its own key's public half and never another's, a key that cannot sign for
 * an algorithm fails every time (a failure is not kept as an answer), and the claims follow OB 3.0.
 */
import { compactVerify, decodeProtectedHeader, importJWK, type JWK } from 'jose';
import { describe, expect, it } from 'vitest';
import { signCredentialJwt } from '../../../src/lib/ob3/sign-jwt.ts';
import { makeKey } from '../../helpers/issuer.ts';

const credential = (n: number) => ({
  id: `urn:uuid:00000000-0000-4000-8000-00000000000${n}`,
  issuer: { id: 'https://stackable.example/issuers/riverbend-usd/' },
  validFrom: '2026-01-01T00:00:00Z',
  credentialSubject: {},
});

describe('signCredentialJwt', () => {
  it('signs each badge with the key it is given, when two keys take turns', async () => {
    const [a, b] = [await makeKey('ES256'), await makeKey('EdDSA')];
    for (let n = 0; n < 4; n++) {
      const key = n % 2 ? b : a;
      const other = n % 2 ? a : b;
      const token = await signCredentialJwt(credential(n), key.signer, new Date('2026-01-02T00:00:00Z'));
      expect(decodeProtectedHeader(token)).toEqual({ alg: key.alg, kid: key.signer.kid, typ: 'JWT' });
      const { payload } = await compactVerify(token, await importJWK(key.published.jwk as JWK, key.alg));
      expect(JSON.parse(new TextDecoder().decode(payload))).toMatchObject({
        jti: credential(n).id,
        iss: 'https://stackable.example/issuers/riverbend-usd/',
        nbf: 1767225600,
        iat: 1767312000,
      });
      await expect(
        compactVerify(token, await importJWK(other.published.jwk as JWK, other.alg)),
      ).rejects.toThrow();
    }
  });

  it('fails every time for a key that cannot sign with the algorithm named', async () => {
    const ed = await makeKey('EdDSA');
    const wrong = { ...ed.signer, alg: 'ES256' as const };
    await expect(signCredentialJwt(credential(1), wrong)).rejects.toThrow();
    await expect(signCredentialJwt(credential(1), wrong)).rejects.toThrow();
    // The same key object still signs for its own algorithm.
    await expect(signCredentialJwt(credential(1), ed.signer)).resolves.toMatch(/^ey/);
  });
});
