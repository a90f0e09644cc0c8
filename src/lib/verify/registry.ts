/**
 * What this catalog vouches for, as published in /catalog.json: its issuers, their keys with
 * validity windows, their signed status lists, and its credentials' achievement ids. Lookups
 * never touch the network.
 */
import type { CatalogIndex, CatalogIndexCredential, CatalogIndexIssuer, CatalogIndexKey } from '../catalog/index-json.ts';

export type Registry = Pick<CatalogIndex, 'site' | 'issuers' | 'credentials'>;

export interface RegistryKey {
  issuer: CatalogIndexIssuer;
  key: CatalogIndexKey;
}

export class RegistryIndex {
  readonly registry: Registry;
  readonly #byKid = new Map<string, RegistryKey>();
  readonly #byThumbprint = new Map<string, RegistryKey>();
  readonly #byProfile = new Map<string, CatalogIndexIssuer>();
  readonly #byAchievement = new Map<string, CatalogIndexCredential>();
  readonly #lists = new Map<string, { issuer: CatalogIndexIssuer; jwt: string }>();

  constructor(registry: Registry) {
    this.registry = registry;
    for (const issuer of registry.issuers) {
      this.#byProfile.set(issuer.profile, issuer);
      for (const key of issuer.keys) {
        this.#byKid.set(key.kid, { issuer, key });
        this.#byThumbprint.set(key.thumbprint, { issuer, key });
      }
      for (const l of issuer.statusLists) this.#lists.set(l.url, { issuer, jwt: l.jwt });
    }
    for (const c of registry.credentials) this.#byAchievement.set(c.achievement, c);
  }

  static empty(site = 'https://stackable.example/'): RegistryIndex {
    return new RegistryIndex({ site, issuers: [], credentials: [] });
  }

  keyByKid(kid: string) {
    return this.#byKid.get(kid);
  }
  keyByThumbprint(thumbprint: string) {
    return this.#byThumbprint.get(thumbprint);
  }
  issuerByProfile(id: string) {
    return this.#byProfile.get(id);
  }
  issuerById(slug: string) {
    return this.registry.issuers.find((i) => i.id === slug);
  }
  credentialByAchievement(id: string) {
    return this.#byAchievement.get(id);
  }
  statusList(url: string) {
    return this.#lists.get(url);
  }
  /** Whether a URL is one of this catalog's own (then it is answered from here, never fetched). */
  isCatalogUrl(url: string) {
    return url.startsWith(this.registry.site);
  }
}
