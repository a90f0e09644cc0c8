/**
 * What this catalog vouches for, as published in /catalog.json: its issuers, their keys with
 * validity windows, their signed status lists, and its credentials' achievement ids. Lookups
 * never touch the network.
 */
import type { CatalogIndex, CatalogIndexIssuer, CatalogIndexKey } from '../catalog/index-json.ts';
import { paths } from '../catalog/urls.ts';
import { DEFAULT_SITE } from '../config.ts';
import { siteUrls } from '../ob3/site.ts';

export interface RegistryCredential {
  id: string;
  title: string;
  issuer: string;
  status: 'draft' | 'active' | 'retired';
  version: string;
  page: string;
  achievement: string;
  badge: string;
  /** What a verified card tells a principal: hours and CEUs, the quality review, its stacks (ids). */
  hours?: number;
  ceus?: number;
  quality?: 'meets' | 'gaps' | 'not-reviewed';
  stacks?: string[];
}

export interface RegistryStack {
  id: string;
  title: string;
  page: string;
}

export interface Registry {
  site: string;
  issuers: CatalogIndexIssuer[];
  credentials: RegistryCredential[];
  stacks?: RegistryStack[];
}

type CompactCredential = [
  id: string,
  title: string,
  status: RegistryCredential['status'],
  version: string,
  hours?: number,
  ceus?: number,
  quality?: RegistryCredential['quality'],
  stacks?: string[],
];

/**
 * The registry as the verify page embeds it: issuers in full (keys, lists), credentials as
 * [id, title, status, version, hours, CEUs, quality, stacks] rows and stacks as [id, title],
 * whose URLs follow from the site and the id.
 */
export interface CompactRegistry {
  site: string;
  issuers: CatalogIndexIssuer[];
  credentials: CompactCredential[];
  stacks?: [string, string][];
}

export function compactRegistry(
  index: Pick<CatalogIndex, 'site' | 'issuers' | 'credentials'> & Partial<Pick<CatalogIndex, 'stacks'>>,
): CompactRegistry {
  return {
    site: index.site,
    issuers: index.issuers,
    credentials: index.credentials.map((c) => [
      c.id,
      c.title,
      c.status,
      c.version,
      c.hours,
      c.ceus,
      c.quality,
      c.stacks,
    ]),
    stacks: (index.stacks ?? []).map((s) => [s.id, s.title]),
  };
}

export function expandRegistry(compact: CompactRegistry): Registry {
  const urls = siteUrls(compact.site);
  return {
    site: compact.site,
    issuers: compact.issuers,
    credentials: compact.credentials.map(([id, title, status, version, hours, ceus, quality, stacks]) => ({
      id,
      title,
      status,
      version,
      issuer: id.split('/')[0] ?? '',
      page: urls.page(id),
      achievement: urls.achievement(id),
      badge: urls.badge(id),
      ...(hours === undefined ? {} : { hours }),
      ...(ceus === undefined ? {} : { ceus }),
      ...(quality === undefined ? {} : { quality }),
      ...(stacks === undefined ? {} : { stacks }),
    })),
    stacks: (compact.stacks ?? []).map(([id, title]) => ({
      id,
      title,
      page: urls.absolute(paths.stack(id)),
    })),
  };
}

export interface RegistryKey {
  issuer: CatalogIndexIssuer;
  key: CatalogIndexKey;
}

export class RegistryIndex {
  readonly registry: Registry;
  readonly #byKid = new Map<string, RegistryKey>();
  readonly #byThumbprint = new Map<string, RegistryKey>();
  readonly #byProfile = new Map<string, CatalogIndexIssuer>();
  readonly #byAchievement = new Map<string, RegistryCredential>();
  readonly #credentials = new Map<string, RegistryCredential>();
  readonly #stacks = new Map<string, RegistryStack>();
  readonly #lists = new Map<string, { issuer: CatalogIndexIssuer; text: string }>();

  constructor(registry: Registry) {
    this.registry = registry;
    for (const issuer of registry.issuers) {
      // An issuer is known by its DID (badges issued now) and its Profile URL (badges issued
      // before DIDs); a key by its DID verification method and its key URL. Both forms stay
      // answered from here, offline, forever (docs/architecture.md, "Issuer identities").
      this.#byProfile.set(issuer.profile, issuer);
      if (issuer.did) this.#byProfile.set(issuer.did, issuer);
      for (const key of issuer.keys) {
        this.#byKid.set(key.kid, { issuer, key });
        if (key.method) this.#byKid.set(key.method, { issuer, key });
        this.#byThumbprint.set(key.thumbprint, { issuer, key });
      }
      for (const l of issuer.statusLists) {
        const text = l.jwt ?? (l.credential ? JSON.stringify(l.credential) : undefined);
        if (text) this.#lists.set(l.url, { issuer, text });
      }
    }
    for (const c of registry.credentials) {
      this.#byAchievement.set(c.achievement, c);
      if (!this.#credentials.has(c.id)) this.#credentials.set(c.id, c);
    }
    for (const s of registry.stacks ?? []) if (!this.#stacks.has(s.id)) this.#stacks.set(s.id, s);
  }

  static empty(site = DEFAULT_SITE): RegistryIndex {
    return new RegistryIndex({ site, issuers: [], credentials: [] });
  }

  keyByKid(kid: string) {
    return this.#byKid.get(kid);
  }
  keyByThumbprint(thumbprint: string) {
    return this.#byThumbprint.get(thumbprint);
  }
  /** The catalog issuer a badge's issuer id names: its DID or its Profile URL. */
  issuerByProfile(id: string) {
    return this.#byProfile.get(id);
  }
  /** A catalog key by a verification method id or key URL (the catalog's DIDs resolve offline). */
  keyByMethod(id: string) {
    return this.#byKid.get(id);
  }
  /** A catalog credential by its id (looked up, not searched: a state catalog lists thousands). */
  credentialById(id: string) {
    return this.#credentials.get(id);
  }
  stackById(id: string) {
    return this.#stacks.get(id);
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
