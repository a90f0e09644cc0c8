/** The issuer's OB 3.0 Profile; its URL is the issuer id in every badge (docs/architecture.md, "From content to pages and documents"). */
import type { IssuerData } from '../catalog/schema/issuer.ts';
import { OB3_CONTEXT } from './contexts.ts';
import type { SiteUrls } from './site.ts';
import type { Profile } from './types.ts';

/** The Profile as embedded in credentials and achievements: id, type, name, url. */
export function profileRef(id: string, issuer: Pick<IssuerData, 'name' | 'url'>, urls: SiteUrls): Profile {
  return { id: urls.profile(id), type: ['Profile'], name: issuer.name, url: issuer.url };
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
