/**
 * A JWK taken from a document a badge points to (a token header, a key or DID document) is used
 * only as a plain public key: never a shared secret, never one carrying private members, and
 * reduced to the members a public key has. (Its own module, away from the catalog schema, so
 * that the verify page does not load the schema library to check a key.)
 */
import type { JWK } from 'jose';
import { PRIVATE_JWK_MEMBERS } from '../keys/private-members.ts';
import { VerifyError } from './errors.ts';
import { isRecord } from './json.ts';

/** Rejects anything that is not a plain public JWK. `where` names it in the reason ("the header jwk"). */
export function assertPublicJwk(jwk: unknown, where: string): JWK {
  if (!isRecord(jwk) || typeof jwk.kty !== 'string')
    throw new VerifyError('ERR_KEY_INVALID', `${where} is not a JSON Web Key`);
  if (jwk.kty === 'oct')
    throw new VerifyError('ERR_KEY_INVALID', `${where} is a shared secret (kty "oct"), not a public key`);
  for (const m of PRIVATE_JWK_MEMBERS) {
    if (m in jwk) throw new VerifyError('ERR_KEY_INVALID', `${where} contains private key material ("${m}")`);
  }
  const { kty, crv, x, y, n, e } = jwk;
  const out: Record<string, unknown> = { kty };
  for (const [k, v] of Object.entries({ crv, x, y, n, e })) if (typeof v === 'string') out[k] = v;
  return out;
}
