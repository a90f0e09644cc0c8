/** Site-relative and absolute URLs that respect the configured `base` and `site`. */
const BASE = import.meta.env.BASE_URL.replace(/\/$/, '');

/** A path under the site's base, for links and assets. */
export const href = (path: string) => `${BASE}${path.startsWith('/') ? path : `/${path}`}`;

/** An absolute URL for documents that leave the site (badges, JSON-LD ids). */
export const absolute = (path: string, site: URL | undefined) => {
  if (!site) throw new Error('astro.config.mjs must set `site`: badge ids are absolute URLs');
  return new URL(href(path), site).href;
};
