/** Absolute URLs of the published documents, from the site's root URL (including any base path). */
import { paths } from '../catalog/urls.ts';

export interface SiteUrls {
  /** e.g. "https://stackable.example/" — always ends with a slash. */
  root: string;
  absolute(path: string): string;
  profile(issuer: string): string;
  achievement(credential: string): string;
  page(credential: string): string;
  badge(credential: string): string;
  key(issuer: string, kid: string): string;
  statusList(issuer: string, list: string): string;
}

export function siteUrls(root: string): SiteUrls {
  const base = root.endsWith('/') ? root : `${root}/`;
  const absolute = (path: string) => new URL(path.replace(/^\//, ''), base).href;
  return {
    root: base,
    absolute,
    profile: (i) => absolute(paths.profile(i)),
    achievement: (c) => absolute(paths.achievement(c)),
    page: (c) => absolute(paths.credential(c)),
    badge: (c) => absolute(paths.badge(c)),
    key: (i, kid) => absolute(paths.key(i, kid)),
    statusList: (i, l) => absolute(paths.statusList(i, l)),
  };
}

/** Reverse of `key()`: the issuer and kid a catalog key URL names, or undefined. */
export function parseKeyUrl(urls: SiteUrls, url: string): { issuer: string; kid: string } | undefined {
  if (!url.startsWith(urls.root)) return undefined;
  const m = /^issuers\/([a-z0-9]+(?:-[a-z0-9]+)*)\/keys\/([A-Za-z0-9_-]{43})\.json$/.exec(
    url.slice(urls.root.length),
  );
  return m?.[1] && m[2] ? { issuer: m[1], kid: m[2] } : undefined;
}
