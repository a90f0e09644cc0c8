/**
 * Node-only: the documents our search covers, read back from a built site, for the comparison
 * search (a download-everything MiniSearch page): each page of the facet table the build wrote
 * (its facet values, sort keys and card fields) with the readable text of the page itself, as a
 * client that downloads everything would hold it. The parts of a page that are not about it
 * (breadcrumbs, the side panels, references, rubric, quality review, where it fits, the lists of
 * other entries and keys) are left out, as they were left out of Pagefind's full-page index.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { urlOf } from '../../src/lib/search/open-table.ts';
import type { TableJson } from '../../src/lib/search/table.ts';

export interface SearchDoc {
  id: number;
  url: string;
  title: string;
  text: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sort: Record<string, string>;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: ' ' };
const decode = (s: string) =>
  s
    .replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_, e: string) => ENTITIES[e] ?? '')
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)));

/** Removes every element carrying `attr`, with its whole subtree (tags balanced by name). */
export function dropElements(html: string, attr: string): string {
  let out = html;
  for (;;) {
    const at = out.search(new RegExp(`<([a-zA-Z][a-zA-Z0-9]*)\\b[^>]*\\b${attr}\\b[^>]*>`));
    if (at < 0) return out;
    const tag = /^<([a-zA-Z][a-zA-Z0-9]*)/.exec(out.slice(at))?.[1] ?? '';
    const re = new RegExp(`<(/?)${tag}\\b[^>]*>`, 'g');
    re.lastIndex = at;
    let depth = 0;
    let end = out.length;
    for (let m = re.exec(out); m; m = re.exec(out)) {
      depth += m[1] ? -1 : 1;
      if (depth === 0) {
        end = m.index + m[0].length;
        break;
      }
    }
    out = out.slice(0, at) + out.slice(end);
  }
}

/** Section ids whose text Pagefind's full-page index left out (data-pagefind-ignore before the lean index). */
const LEFT_OUT = ['references', 'rubric', 'quality', 'pathway', 'used', 'keys', 'creds'];

function pageText(html: string): string {
  let main = /<main\b[^>]*>([\s\S]*)<\/main>/.exec(html)?.[1] ?? '';
  main = main.replace(/<nav class="crumbs"[\s\S]*?<\/nav>/, '').replace(/<aside\b[\s\S]*?<\/aside>/g, '');
  for (const id of LEFT_OUT) main = dropElements(main, `aria-labelledby="${id}`);
  return decode(main.replace(/<[^>]+>/g, ' '))
    .replace(/\s+/g, ' ')
    .trim();
}

/** The facet table the catalog page of the site in `dist` points at. */
export function readTable(dist: string): TableJson {
  const page = readFileSync(join(dist, 'credentials', 'index.html'), 'utf8');
  const url = /data-table="([^"]+)"/.exec(page)?.[1];
  if (!url || !existsSync(join(dist, url)))
    throw new Error(`${dist}: the catalog page names no search table`);
  return JSON.parse(readFileSync(join(dist, url), 'utf8')) as TableJson;
}

/** Every searchable page of the site in `dist` (built with base "/"). */
export function readSearchDocs(dist: string): SearchDoc[] {
  const t = readTable(dist);
  return t.ids.map((_, i) => {
    const url = urlOf(t, i);
    const filters: Record<string, string[]> = {};
    t.facets.forEach((f, k) => {
      const c = t.cols[k]?.[i];
      const vs = c === null || c === undefined ? [] : typeof c === 'number' ? [c] : c;
      filters[f.key] = vs.map((v) => f.values[v] ?? '');
    });
    const title = t.title[i] ?? url;
    return {
      id: i,
      url,
      title,
      text: pageText(readFileSync(join(dist, url, 'index.html'), 'utf8')),
      meta: {
        kind: t.kinds[t.kind[i] ?? 0] ?? '',
        issuer: t.issuers[t.issuer[i] ?? -1] ?? '',
        facts: t.factsList[t.facts[i] ?? -1] ?? '',
      },
      filters,
      sort: { title: title.toLowerCase(), hours: String(t.hours[i] ?? ''), newest: String(t.newest[i] ?? 0) },
    };
  });
}
