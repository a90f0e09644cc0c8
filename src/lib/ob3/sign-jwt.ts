/**
 * VC-JWT signing exactly as OB 3.0 specifies ("JWT Proof", https://www.imsglobal.org/spec/ob/v3p0/): the credential is the
 * payload, with iss = issuer.id, sub = credentialSubject.id (when the subject has one),
 * nbf = validFrom, jti = id, exp = validUntil; header { alg, kid, typ: "JWT" } and nothing else.
 */
import { CompactSign, importJWK, type JWK } from 'jose';
import { remember } from '../verify/memo.ts';

export interface SigningKey {
  alg: 'ES256' | 'EdDSA' | 'RS256' | 'PS256';
  /** Absolute URL of the public JWK document. */
  kid: string;
  privateJwk: JWK;
}

interface SignableCredential {
  id: string;
  issuer: string | { id: string };
  validFrom: string;
  validUntil?: string;
  credentialSubject: { id?: string };
}

const seconds = (iso: string) => Math.floor(Date.parse(iso) / 1000);

export function jwtClaims(credential: SignableCredential, issuedAt = new Date()) {
  const iss = typeof credential.issuer === 'string' ? credential.issuer : credential.issuer.id;
  return {
    iss,
    ...(credential.credentialSubject.id ? { sub: credential.credentialSubject.id } : {}),
    nbf: seconds(credential.validFrom),
    jti: credential.id,
    ...(credential.validUntil ? { exp: seconds(credential.validUntil) } : {}),
    iat: Math.floor(issuedAt.getTime() / 1000),
  };
}

type PrivateKey = Awaited<ReturnType<typeof importJWK>>;

/** The imported private key, once per key object and algorithm: a batch signs a thousand badges with one key. */
const imported = new WeakMap<JWK, Map<string, Promise<PrivateKey>>>();

function privateKeyOf(key: SigningKey): Promise<PrivateKey> {
  let byAlg = imported.get(key.privateJwk);
  if (!byAlg) {
    byAlg = new Map();
    imported.set(key.privateJwk, byAlg);
  }
  return remember(byAlg, key.alg, () => importJWK(key.privateJwk, key.alg), 8);
}

export async function signCredentialJwt(
  credential: SignableCredential,
  key: SigningKey,
  issuedAt = new Date(),
): Promise<string> {
  const payload = { ...credential, ...jwtClaims(credential, issuedAt) };
  const privateKey = await privateKeyOf(key);
  return new CompactSign(new TextEncoder().encode(JSON.stringify(payload)))
    .setProtectedHeader({ alg: key.alg, kid: key.kid, typ: 'JWT' })
    .sign(privateKey);
}
