/**
 * Links to this site's own pages must lead somewhere: `/credentials/<issuer>/<slug>/`,
 * `/stacks/<slug>/`, `/rubrics/<slug>/`, `/issuers/<issuer>/`, `/recognizers/<recognizer>/`
 * (and the documents and policies under them), `/glossary/#<term>`. Checked in bodies (Markdown links and link definitions, written as site
 * paths, relative paths or full URLs on the site) and in frontmatter URL fields (full URLs).
 * Paths outside those sections are not checked.
 */
import type { Catalog } from '../model.ts';
import { entriesOf, problemAt } from '../model.ts';
import type { Problem } from '../problems.ts';
import { paths } from '../urls.ts';
import type { BodyLink } from './mdx-safety.ts';

export interface SiteLocation {
  /** Origin of the published site, e.g. "https://stackable.example". */
  origin: string;
  /** Base path the site is served under, with slashes at both ends, e.g. "/" or "/stackable/". */
  base: string;
}

export const siteLocation = (site: string): SiteLocation => {
  const u = new URL(site);
  return { origin: u.origin, base: u.pathname.endsWith('/') ? u.pathname : `${u.pathname}/` };
};

const pageOf = (collection: string, id: string) =>
  collection === 'credentials'
    ? paths.credential(id)
    : collection === 'stacks'
      ? paths.stack(id)
      : collection === 'rubrics'
        ? paths.rubric(id)
        : collection === 'issuers'
          ? paths.issuer(id)
          : collection === 'recognizers'
            ? paths.recognizer(id)
            : collection === 'policies'
              ? paths.policy(id.split('/')[0] ?? '', id.split('/')[1] ?? '')
              : paths.glossary();

/**
 * The site path (from the site root, starting with "/") a link leads to, with its fragment;
 * undefined for links elsewhere (other sites, mailto:, in-page anchors).
 */
export function sitePath(
  url: string,
  page: string,
  site: SiteLocation,
): { path: string; fragment: string } | undefined {
  if (url.startsWith('#') || url.startsWith('//')) return undefined;
  let u: URL;
  try {
    u = /^[a-z][a-z0-9+.-]*:/i.test(url) ? new URL(url) : new URL(url, `${site.origin}${page}`);
  } catch {
    return undefined;
  }
  if (u.origin !== site.origin) return undefined;
  // A site-absolute path is written from the site root; a full URL includes the base path.
  let path = u.pathname;
  if (/^[a-z][a-z0-9+.-]*:/i.test(url)) {
    if (!path.startsWith(site.base)) return undefined;
    path = `/${path.slice(site.base.length)}`;
  }
  return { path, fragment: decodeURIComponent(u.hash.slice(1)) };
}

const SLUG = '[a-z0-9]+(?:-[a-z0-9]+)*';
const KID = '[A-Za-z0-9_-]{43}';

/** Why a site path leads nowhere, or undefined when it is a page (or outside the checked sections). */
export function deadReason(
  c: Catalog,
  statusLists: ReadonlySet<string>,
  path: string,
  fragment: string,
): string | undefined {
  const p = path.replace(/\/index\.html$/, '/');
  const m = (re: string) => new RegExp(`^${re}$`).exec(p);
  if (!/^\/(credentials|stacks|rubrics|issuers|recognizers|glossary)(\/|$)/.test(p)) return undefined;
  if (m('/(credentials|stacks|rubrics|issuers|recognizers|glossary)/?')) {
    if (p.startsWith('/glossary') && fragment && !c.glossary.has(fragment))
      return `There is no glossary term "${fragment}".`;
    return undefined;
  }
  let r = m(`/credentials/(${SLUG}/${SLUG})(?:/|/achievement\\.json|/badge\\.svg|/ctdl\\.json)?`);
  if (r?.[1]) return c.credentials.has(r[1]) ? undefined : `There is no credential "${r[1]}".`;
  r = m(`/stacks/(${SLUG})/ctdl\\.json`);
  if (r?.[1]) return c.stacks.has(r[1]) ? undefined : `There is no stack "${r[1]}".`;
  r = m(`/recognizers/(${SLUG})(/|/recognizer\\.json|/ctdl\\.json|/policies/(${SLUG})/?)?`);
  if (r?.[1]) {
    if (!c.recognizers.has(r[1])) return `There is no recognizer "${r[1]}".`;
    if (r[3] && !c.policies.has(`${r[1]}/${r[3]}`))
      return `Recognizer "${r[1]}" publishes no policy "${r[3]}".`;
    return undefined;
  }
  r = m(`/(stacks|rubrics)/(${SLUG})/?`);
  if (r?.[1] && r[2]) {
    const kind = r[1] === 'stacks' ? 'stack' : 'rubric';
    return c[r[1] as 'stacks' | 'rubrics'].has(r[2]) ? undefined : `There is no ${kind} "${r[2]}".`;
  }
  r = m(
    `/issuers/(${SLUG})(/|/profile\\.json|/jwks\\.json|/ctdl\\.json|/keys/(${KID})\\.json|/status/(${SLUG}))?`,
  );
  if (r?.[1]) {
    const issuer = c.issuers.get(r[1]);
    if (!issuer) return `There is no issuer "${r[1]}".`;
    if (r[3] && !issuer.data.keys.some((k) => k.kid === r?.[3]))
      return `Issuer "${r[1]}" publishes no key "${r[3]}".`;
    if (r[4] && !statusLists.has(`${r[1]}/${r[4]}`))
      return `Issuer "${r[1]}" publishes no status list "${r[4]}".`;
    return undefined;
  }
  return 'No page on this site has that address.';
}

const HINT =
  'Link to a page that exists, written as its site path, e.g. "/credentials/<issuer>/<slug>/", or remove the link.';

/** Frontmatter strings under keys named `url`, with their field paths. */
function frontmatterUrls(data: unknown, path: PropertyKey[] = []): { path: PropertyKey[]; url: string }[] {
  if (Array.isArray(data)) return data.flatMap((v, i) => frontmatterUrls(v, [...path, i]));
  if (data && typeof data === 'object' && !(data instanceof Date)) {
    return Object.entries(data).flatMap(([k, v]) =>
      k === 'url' && typeof v === 'string'
        ? [{ path: [...path, k], url: v }]
        : frontmatterUrls(v, [...path, k]),
    );
  }
  return [];
}

export function checkInternalLinks(
  c: Catalog,
  bodyLinks: ReadonlyMap<string, readonly BodyLink[]>,
  statusLists: ReadonlySet<string>,
  site: SiteLocation,
): Problem[] {
  const out: Problem[] = [];
  const collections = [
    'issuers',
    'credentials',
    'stacks',
    'rubrics',
    'glossary',
    'recognizers',
    'policies',
  ] as const;
  for (const name of collections) {
    for (const entry of entriesOf(c, name).values()) {
      const page = pageOf(name, entry.id);
      for (const link of bodyLinks.get(entry.file) ?? []) {
        const target = sitePath(link.url, page, site);
        const why = target && deadReason(c, statusLists, target.path, target.fragment);
        if (why)
          out.push({
            code: 'dead-link',
            severity: 'error',
            file: entry.file,
            line: link.line,
            column: link.column,
            message: `links to "${link.url}", which is not a page on this site. ${why}`,
            hint: HINT,
          });
      }
      for (const { path, url } of frontmatterUrls(entry.data)) {
        const target = sitePath(url, page, site);
        const why = target && deadReason(c, statusLists, target.path, target.fragment);
        if (why)
          out.push(
            problemAt(entry, path, {
              code: 'dead-link',
              message: `is "${url}", which is not a page on this site. ${why}`,
              hint: HINT,
            }),
          );
      }
    }
  }
  return out;
}
