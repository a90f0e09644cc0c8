/** The issuer's OB 3.0 Profile; its URL is the issuer id in every badge (docs/architecture.md, "From content to pages and documents"). */
import type { IssuerData } from '../catalog/schema/issuer.ts';
import { OB3_CONTEXT } from './contexts.ts';
import { issuerDid } from './issuer-did.ts';
import type { SiteUrls } from './site.ts';
import type { Profile } from './types.ts';

/** The Profile as embedded in credentials and achievements: id, type, name, url. */
export function profileRef(id: string, issuer: Pick<IssuerData, 'name' | 'url'>, urls: SiteUrls): Profile {
  return { id: urls.profile(id), type: ['Profile'], name: issuer.name, url: issuer.url };
}

/**
 * The issuer as badges issued now name it: the same Profile under the issuer's DID, which
 * resolves to its keys (docs/architecture.md, "Issuer identities").
 */
export function issuerRef(id: string, issuer: Pick<IssuerData, 'name' | 'url'>, urls: SiteUrls): Profile {
  return { ...profileRef(id, issuer, urls), id: issuerDid(urls, id) };
}

/** The standalone Profile document published at /issuers/<id>/profile.json. */
export function buildProfile(id: string, issuer: IssuerData, urls: SiteUrls): Profile {
  return {
    '@context': OB3_CONTEXT,
    ...profileRef(id, issuer, urls),
    email: issuer.email,
    description: issuer.summary,
  };
}
