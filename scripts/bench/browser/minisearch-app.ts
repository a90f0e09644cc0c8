/**
 * The comparison search page (benchmark only): the same documents, facets and result cards as
 * the catalog's search, on a download-everything client index (MiniSearch): the whole
 * serialized index and every document's fields are fetched once, then each query runs locally.
 * Like the real island it counts renders in `data-renders` on #search-app and names the query they
 * answer in `data-query`; `window.benchSearch` runs the index's own search() alone.
 */
import MiniSearch from 'minisearch';
import type { SearchDoc } from '../search-docs.ts';

const FACETS = [
  'type',
  'subject',
  'grade',
  'audience',
  'hours',
  'issuer',
  'framework',
  'stack',
  'quality',
  'status',
] as const;
const OPTIONS = { fields: ['title', 'text'], idField: 'id' };
const SEARCH = { prefix: true, combineWith: 'AND' as const, boost: { title: 3 } };
const PAGE = 20;

const $ = (id: string) => document.getElementById(id) as HTMLElement;
const app = $('search-app');
const input = $('q') as HTMLInputElement;
const facetsEl = $('facets');
const list = $('results');
const summary = $('result-summary');

const selected: Record<string, string[]> = Object.fromEntries(FACETS.map((f) => [f, [] as string[]]));
selected.type = ['Credentials'];
selected.status = ['Available'];

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  ...children: (Node | string | undefined)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  for (const c of children) if (c !== undefined) node.append(c);
  return node;
}

const matches = (d: SearchDoc, except?: string) =>
  FACETS.every(
    (f) => f === except || !selected[f]?.length || (d.filters[f] ?? []).some((v) => selected[f]?.includes(v)),
  );

function excerpt(text: string, terms: string[]): HTMLElement {
  const words = text.split(' ');
  const lower = terms.map((t) => t.toLowerCase());
  const hit = Math.max(
    0,
    words.findIndex((w) => lower.some((t) => w.toLowerCase().startsWith(t))),
  );
  const start = Math.max(0, hit - 12);
  const p = el('p', { class: 'result-excerpt' });
  for (const w of words.slice(start, start + 24)) {
    p.append(lower.some((t) => w.toLowerCase().startsWith(t)) ? el('mark', {}, w) : w, ' ');
  }
  return p;
}

function card(d: SearchDoc, terms: string[]): HTMLElement {
  const m = d.meta;
  return el(
    'li',
    {},
    el(
      'article',
      { class: 'card result' },
      el('p', { class: 'result-kind' }, m.kind ?? ''),
      el('h3', {}, el('a', { href: d.url }, d.title)),
      m.issuer ? el('p', { class: 'meta' }, m.issuer) : undefined,
      excerpt(d.text, terms),
      m.facts ? el('p', { class: 'meta' }, m.facts) : undefined,
    ),
  );
}

async function main(): Promise<void> {
  const [indexJson, docs] = await Promise.all([
    fetch('index.json').then((r) => r.text()),
    fetch('docs.json').then((r) => r.json() as Promise<SearchDoc[]>),
  ]);
  const ms = MiniSearch.loadJSON<SearchDoc>(indexJson, OPTIONS);

  const render = () => {
    const q = input.value.trim();
    const terms = q ? q.split(/\s+/) : [];
    const hits = q
      ? ms.search(q, SEARCH).map((r) => docs[r.id as number] as SearchDoc)
      : [...docs].sort((a, b) => (a.sort.title ?? a.title).localeCompare(b.sort.title ?? b.title));
    const results = hits.filter((d) => matches(d));
    // Facet counts: a group's counts ignore its own selection (OR within, AND across), as the real island.
    const groups = FACETS.map((f) => {
      const counts = new Map<string, number>();
      for (const d of hits)
        if (matches(d, f)) for (const v of d.filters[f] ?? []) counts.set(v, (counts.get(v) ?? 0) + 1);
      const values = [...new Set([...counts.keys(), ...(selected[f] ?? [])])].sort();
      const items = values.map((v, i) => {
        const box = el('input', { type: 'checkbox', id: `f-${f}-${i}`, name: f, value: v });
        box.checked = selected[f]?.includes(v) ?? false;
        return el(
          'li',
          {},
          box,
          el(
            'label',
            { for: `f-${f}-${i}` },
            v,
            el('span', { class: 'facet-count' }, ` ${counts.get(v) ?? 0}`),
          ),
        );
      });
      return el('fieldset', { class: 'facet', 'data-facet': f }, el('legend', {}, f), el('ul', {}, ...items));
    });
    list.replaceChildren(...results.slice(0, PAGE).map((d) => card(d, terms)));
    facetsEl.replaceChildren(...groups);
    summary.textContent = `${results.length} result${results.length === 1 ? '' : 's'}${q ? ` for “${q}”` : ''}`;
    app.dataset.query = q;
    app.dataset.renders = String(Number(app.dataset.renders ?? 0) + 1);
  };

  (window as unknown as { benchSearch: (q: string) => unknown }).benchSearch = (q: string) =>
    ms.search(q, SEARCH);
  input.addEventListener('input', render);
  facetsEl.addEventListener('change', (e) => {
    const box = e.target as HTMLInputElement;
    const values = new Set(selected[box.name]);
    if (box.checked) values.add(box.value);
    else values.delete(box.value);
    selected[box.name] = [...values];
    render();
  });
  render();
}

void main();
