/**
 * Issuers' public keys as published: one JWK document per key at the URL that badges use as
 * their JWT `kid`, and a JWK Set per issuer and for the whole catalog. A revoked key is not
 * published in JWK Sets (it must not verify anything); a retired key is, so the badges it
 * signed while in force keep verifying.
 */
import type { JWK } from 'jose';
import type { IssuerKey } from '../catalog/schema/issuer.ts';
import type { SiteUrls } from '../ob3/site.ts';

export interface PublishedJwk extends JWK {
  kid: string;
  alg: string;
  use: 'sig';
  /** The issuer's Profile id; OB 3.0 key provenance compares it with the badge issuer (docs/architecture.md, "Trust model"). */
  iss: string;
}

export function publishedJwk(issuerId: string, key: IssuerKey, urls: SiteUrls): PublishedJwk {
  const material: JWK = { kty: key.jwk.kty };
  for (const m of ['crv', 'x', 'y', 'n', 'e'] as const) {
    const v = key.jwk[m];
    if (v !== undefined) material[m] = v;
  }
  return {
    ...material,
    kid: urls.key(issuerId, key.kid),
    alg: key.alg,
    use: 'sig',
    iss: urls.profile(issuerId),
  };
}

export function issuerJwks(
  issuerId: string,
  keys: readonly IssuerKey[],
  urls: SiteUrls,
): { keys: PublishedJwk[] } {
  return { keys: keys.filter((k) => !k.revoked).map((k) => publishedJwk(issuerId, k, urls)) };
}
