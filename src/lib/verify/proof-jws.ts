/**
 * The JWS signature step, the only way a JWS is verified here: the algorithm allow-list first,
 * then the key the caller resolves, imported for exactly that algorithm (which is where
 * algorithm-confusion tokens, an RSA key named with ES256 and the like, stop), then the signature.
 */
import { compactVerify } from 'jose';
import { describeError, VerifyError } from './errors.ts';
import { allowedAlg, type AllowedAlg, type ParsedJws } from './jws.ts';
import { resolveJwsKey, type ResolvedKey } from './jws-key.ts';
import { importForAlg } from './key-cache.ts';
import type { RegistryIndex } from './registry.ts';
import type { Resources } from './resources.ts';

type VerificationKey = Parameters<typeof compactVerify>[1];

export async function verifyJws<K>(
  jws: ParsedJws,
  resolve: () => Promise<K>,
  importKey: (key: K, alg: AllowedAlg) => Promise<VerificationKey>,
): Promise<{ alg: AllowedAlg; key: K }> {
  const alg = allowedAlg(jws.header);
  const key = await resolve();
  let imported: VerificationKey;
  try {
    imported = await importKey(key, alg);
  } catch (e) {
    throw new VerifyError('ERR_KEY_INVALID', `the key cannot make ${alg} signatures`, describeError(e));
  }
  try {
    await compactVerify(jws.token, imported, { algorithms: [alg] });
  } catch (e) {
    throw new VerifyError('ERR_SIGNATURE_INVALID', '', describeError(e));
  }
  return { alg, key };
}

/** A JWS whose key its own header names (a VC-JWT, a status list, an endorsement): see jws-key.ts. */
export function verifyJwsWithHeaderKey(
  jws: ParsedJws,
  registry: RegistryIndex,
  resources: Resources,
): Promise<{ alg: AllowedAlg; key: ResolvedKey }> {
  return verifyJws(
    jws,
    () => resolveJwsKey(jws, registry, resources),
    (key, alg) => importForAlg(key.jwk, key.thumbprint, alg),
  );
}
