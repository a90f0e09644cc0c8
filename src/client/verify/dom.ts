/** Building the result's elements: text only (never innerHTML), and links only to this catalog's pages. */

export { el } from '../dom.ts';

/** Maps a URL on the catalog's published site to the same path on the origin serving this page. */
export function localize(url: string, site: string, base: string): string | undefined {
  if (!url.startsWith(site)) return undefined;
  return `${base.replace(/\/$/, '')}/${url.slice(site.length)}`;
}
