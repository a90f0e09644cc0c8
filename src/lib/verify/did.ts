/**
 * Keys carried in the identifier itself, resolvable with no network: `did:jwk` (a base64url
 * JWK) here, and `did:key` (a multibase multicodec key: Ed25519 `z6Mk…`, P-256 `zDn…`, P-384
 * `z82…`), read as a Multikey by multikey.ts, which loads with the first such key.
 */
import { base64url, type JWK } from 'jose';
import { VerifyError } from './errors.ts';
import { isRecord, parseJson } from './json.ts';
import { loadPart } from './lazy.ts';

/** The method-specific part of a DID URL, without fragment, query or path. */
const didBody = (did: string, method: string) => did.slice(`did:${method}:`.length).split(/[#?/]/)[0] ?? '';

export function jwkFromDidJwk(did: string): JWK {
  const body = didBody(did, 'jwk');
  let jwk: unknown;
  try {
    // Only the base64url alphabet, unpadded (RFC 7515 §2), before a decoder that may be lenient.
    if (!/^[A-Za-z0-9_-]+$/.test(body)) throw new Error('not base64url');
    jwk = parseJson(new TextDecoder('utf-8', { fatal: true }).decode(base64url.decode(body)), {
      maxChars: 20_000,
    });
  } catch {
    throw new VerifyError('ERR_KEY_INVALID', 'the did:jwk identifier holds no readable key');
  }
  if (!isRecord(jwk) || typeof jwk.kty !== 'string')
    throw new VerifyError('ERR_KEY_INVALID', 'the did:jwk identifier holds no JSON Web Key');
  return jwk;
}

/** The public JWK a `did:key` names (its method-specific part is a Multikey). */
export async function jwkFromDidKey(did: string): Promise<JWK> {
  const { jwkFromMultikey } = await loadPart(import('./multikey.ts'), 'the Multikey reader');
  return jwkFromMultikey(didBody(did, 'key'));
}
