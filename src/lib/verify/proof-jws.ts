/** The JWS signature check: the resolved key, imported for exactly the header's algorithm. */
import { compactVerify, importJWK } from 'jose';
import { VerifyError } from './errors.ts';
import type { ParsedJws } from './jws.ts';
import { resolveJwsKey, type ResolvedKey } from './jws-key.ts';
import type { RegistryIndex } from './registry.ts';
import type { Resources } from './resources.ts';

export async function verifyJwsSignature(
  jws: ParsedJws,
  registry: RegistryIndex,
  resources: Resources,
): Promise<ResolvedKey> {
  const resolved = await resolveJwsKey(jws, registry, resources);
  let key: Awaited<ReturnType<typeof importJWK>>;
  try {
    // Importing for the header's algorithm fails when the key cannot make that kind of signature:
    // this is where algorithm-confusion tokens (an RSA key named with ES256, …) stop.
    key = await importJWK({ ...resolved.jwk, alg: jws.alg }, jws.alg);
  } catch (e) {
    throw new VerifyError(
      'ERR_KEY_INVALID',
      `The signing key cannot make ${jws.alg} signatures, so the token cannot be genuine.`,
      e instanceof Error ? e.message : undefined,
    );
  }
  try {
    await compactVerify(jws.token, key, { algorithms: [jws.alg] });
  } catch (e) {
    throw new VerifyError(
      'ERR_SIGNATURE_INVALID',
      'The signature does not match: the badge was changed after it was signed, or it was not signed with this key.',
      e instanceof Error ? e.message : undefined,
    );
  }
  return resolved;
}
