/**
 * The catalog's issuers in the issuer-registry format that DCC's verifiers load
 * (@digitalcredentials/issuer-registry-client, registry type "dcc-legacy"): `registry` maps an
 * issuer identifier to its name, address and location. Each issuer is listed under its DID (the
 * issuer id of badges issued now) and its Profile URL (the issuer id of badges issued before
 * DIDs). Drafts of issuers do not exist: every issuer in the catalog passed review.
 */
import type { IssuerData } from '../catalog/schema/issuer.ts';
import { issuerDid } from './issuer-did.ts';
import type { SiteUrls } from './site.ts';

export interface RegistryEntry {
  name: string;
  url: string;
  location?: string;
}

export interface IssuerRegistryDocument {
  meta: { name: string; url: string };
  registry: Record<string, RegistryEntry>;
}

export function issuerRegistry(
  issuers: { id: string; data: Pick<IssuerData, 'name' | 'url' | 'location'> }[],
  urls: SiteUrls,
): IssuerRegistryDocument {
  const registry: Record<string, RegistryEntry> = {};
  for (const { id, data } of issuers) {
    const entry: RegistryEntry = {
      name: data.name,
      url: data.url,
      ...(data.location ? { location: data.location } : {}),
    };
    registry[issuerDid(urls, id)] = entry;
    registry[urls.profile(id)] = entry;
  }
  return {
    meta: { name: 'Stackable catalog issuers', url: urls.root },
    registry,
  };
}
