/**
 * Node-only: the documents Pagefind indexed, read back from a built site, for the comparison
 * search: each page marked `data-pagefind-body`, with its filters, metadata and sort keys (from
 * the same hidden spans Pagefind reads) and its text without the parts marked
 * `data-pagefind-ignore`.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

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

function spans(html: string, attr: string): [string, string][] {
  return [...html.matchAll(new RegExp(`<span ${attr}="([^"]+)">([^<]*)</span>`, 'g'))].map((m) => [
    m[1] ?? '',
    decode(m[2] ?? ''),
  ]);
}

/** Every indexed page of the site in `dist`. */
export function readSearchDocs(dist: string): SearchDoc[] {
  const docs: SearchDoc[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = join(d, e.name);
      if (e.isDirectory()) {
        if (e.name !== 'pagefind' && e.name !== '_astro') walk(p);
      } else if (e.name === 'index.html') {
        const html = readFileSync(p, 'utf8');
        const main = /<main\b[^>]*data-pagefind-body[^>]*>([\s\S]*)<\/main>/.exec(html)?.[1];
        if (!main) continue;
        const filters: Record<string, string[]> = {};
        for (const [k, v] of spans(main, 'data-pagefind-filter')) (filters[k] ??= []).push(v);
        const meta = Object.fromEntries(spans(main, 'data-pagefind-meta'));
        const sort = Object.fromEntries(spans(main, 'data-pagefind-sort'));
        const text = decode(dropElements(main, 'data-pagefind-ignore').replace(/<[^>]+>/g, ' '))
          .replace(/\s+/g, ' ')
          .trim();
        const url = `/${relative(dist, d).split(sep).join('/')}/`.replace(/\/+/g, '/');
        docs.push({ id: docs.length, url, title: meta.title ?? url, text, meta, filters, sort });
      }
    }
  };
  walk(dist);
  return docs;
}
