/** Building the result's elements: text only (never innerHTML), and links only to this catalog's pages. */

type Attrs = Record<string, string>;

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: (Node | string | undefined | false)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  for (const c of children) if (c !== undefined && c !== false) node.append(c);
  return node;
}

/** Maps a URL on the catalog's published site to the same path on the origin serving this page. */
export function localize(url: string, site: string, base: string): string | undefined {
  if (!url.startsWith(site)) return undefined;
  return `${base.replace(/\/$/, '')}/${url.slice(site.length)}`;
}
