/** Making an issuer key pair (issuer side; runs wherever WebCrypto does). */
import { calculateJwkThumbprint, exportJWK, generateKeyPair, type JWK } from 'jose';

export const SIGNING_ALGS = ['ES256', 'EdDSA', 'RS256'] as const;
export type SigningAlg = (typeof SIGNING_ALGS)[number];

export interface GeneratedKey {
  alg: SigningAlg;
  /** RFC 7638 SHA-256 thumbprint of the public key. */
  kid: string;
  publicJwk: JWK;
  privateJwk: JWK;
}

export async function generateIssuerKey(alg: SigningAlg = 'ES256'): Promise<GeneratedKey> {
  const { publicKey, privateKey } = await generateKeyPair(alg, {
    extractable: true,
    ...(alg === 'RS256' ? { modulusLength: 3072 } : {}),
    ...(alg === 'EdDSA' ? { crv: 'Ed25519' } : {}),
  });
  const publicJwk = await exportJWK(publicKey);
  const privateJwk = await exportJWK(privateKey);
  const kid = await calculateJwkThumbprint(publicJwk, 'sha256');
  return { alg, kid, publicJwk: { ...publicJwk }, privateJwk: { ...privateJwk, kid, alg } };
}

/** The public members of a JWK, in a stable order; throws if it would leave private material. */
export function publicPart(jwk: JWK): JWK {
  const { kty, crv, x, y, n, e } = jwk;
  const out: JWK = { kty: kty ?? '' };
  if (crv !== undefined) out.crv = crv;
  if (x !== undefined) out.x = x;
  if (y !== undefined) out.y = y;
  if (n !== undefined) out.n = n;
  if (e !== undefined) out.e = e;
  return out;
}
