/**
 * The browse-and-search island on /credentials/, on Pagefind's JS API: a query (or none: filters
 * alone browse), facets that OR within a group and AND across groups with live counts, a sort
 * order, and the whole state in the URL. Without JavaScript the page keeps its full listing.
 */
import { FACETS, type FacetKey } from '../../lib/catalog/facets.ts';
import { loadPagefind, type Pagefind, type PagefindSearch } from './pagefind.ts';
import { renderFacets, renderResult } from './render.ts';
import { fromUrl, pagefindFilters, SORT_SPEC, toUrl, type SearchState } from './state.ts';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const app = $<HTMLElement>('search-app');
const base = app.dataset.base ?? '/';
const form = $<HTMLFormElement>('search-form');
const input = $<HTMLInputElement>('q');
const sortSelect = $<HTMLSelectElement>('sort');
const facetsEl = $<HTMLElement>('facets');
const list = $<HTMLOListElement>('results');
const summary = $<HTMLElement>('result-summary');
const more = $<HTMLButtonElement>('show-more');
const PAGE = 20;

let pf: Pagefind;
let all: Record<string, Record<string, number>> = {};
let state: SearchState = fromUrl(location.search);
let current: PagefindSearch | undefined;
let shown = 0;
let seq = 0;
let typing = false;
/** Typing is debounced: a search per pause of this length, not per keystroke. */
const TYPING_PAUSE_MS = 150;
/** The search waiting for the pause to end, if any. */
let pending: (() => Promise<void>) | undefined;

function syncControls(): void {
  input.value = state.q;
  sortSelect.value = state.sort;
}

async function counts(
  main: PagefindSearch,
  term: string | null,
): Promise<Record<FacetKey, Record<string, number>>> {
  const out = {} as Record<FacetKey, Record<string, number>>;
  await Promise.all(
    FACETS.map(async ({ key }) => {
      // OR within a group: a group's counts ignore its own selection, so checking another value
      // in it shows how many results that would add.
      if (!state.filters[key].length) out[key] = main.filters[key] ?? {};
      else
        out[key] =
          (await pf.search(term, { filters: pagefindFilters(state.filters, key) })).filters[key] ?? {};
    }),
  );
  return out;
}

async function showMore(): Promise<void> {
  if (!current) return;
  const next = current.results.slice(shown, shown + PAGE);
  const data = await Promise.all(next.map((r) => r.data()));
  list.append(...data.map((d) => renderResult(d, base)));
  shown += next.length;
  more.hidden = shown >= current.results.length;
}

async function run(): Promise<void> {
  const mine = ++seq;
  const term = state.q.trim() || null;
  const sort = state.sort === 'relevance' && !term ? undefined : SORT_SPEC[state.sort];
  const search = await pf.search(term, {
    filters: pagefindFilters(state.filters),
    ...(sort ? { sort } : {}),
  });
  if (mine !== seq) return; // a newer search started
  // Results first: one search from input to cards. Facet counts follow, which for groups with a
  // selection need their own searches.
  current = search;
  shown = 0;
  list.replaceChildren();
  await showMore();
  if (mine !== seq) return;
  const n = search.results.length;
  summary.textContent = `${n} result${n === 1 ? '' : 's'}${term ? ` for “${term}”` : ''}`;
  // The query these results answer, for the benchmark's typing measurement.
  app.dataset.query = term ?? '';
  app.dataset.renders = String(Number(app.dataset.renders ?? 0) + 1);
  // While the reader is typing, wait a pause before counting: a group with a selection costs a
  // search of its own, and Pagefind's searches share the page's one thread, so counts nobody
  // will see would hold up the next query's results. A newer search brings its own counts.
  if (typing) await new Promise((r) => setTimeout(r, TYPING_PAUSE_MS));
  if (mine !== seq || pending) return;
  const facetCounts = await counts(search, term);
  if (mine !== seq) return;
  renderFacets(facetsEl, all, facetCounts, state.filters);
  // Equal to data-renders once the latest results also have their facet counts.
  app.dataset.counted = app.dataset.renders ?? '0';
  app.setAttribute('aria-busy', 'false');
}

function commit(push: boolean): Promise<void> {
  const url = `${location.pathname}${toUrl(state)}`;
  if (push) history.pushState(null, '', url);
  else history.replaceState(null, '', url);
  return run();
}

let pause: ReturnType<typeof setTimeout> | undefined;
let pendingPush = false;
input.addEventListener('input', () => {
  state = {
    ...state,
    q: input.value,
    sort:
      state.sort === 'relevance' || state.sort === 'title'
        ? input.value.trim()
          ? 'relevance'
          : 'title'
        : state.sort,
  };
  sortSelect.value = state.sort;
  clearTimeout(pause);
  // The first keystroke of a new query makes a history entry, even if its search is superseded.
  const push = !typing || pendingPush;
  pendingPush = push;
  typing = true;
  pending = () => {
    pendingPush = false;
    return commit(push);
  };
  pause = setTimeout(() => {
    const go = pending;
    pending = undefined;
    void go?.();
  }, TYPING_PAUSE_MS);
});
input.addEventListener('blur', () => {
  typing = false;
});
form.addEventListener('submit', (e) => {
  e.preventDefault();
  typing = false;
  // Enter before the pause ends: search now, then move to the first result.
  clearTimeout(pause);
  const flush = pending;
  pending = undefined;
  void Promise.resolve(flush?.()).then(() => list.querySelector('a')?.focus());
});
sortSelect.addEventListener('change', () => {
  state = { ...state, sort: sortSelect.value as SearchState['sort'] };
  typing = false;
  void commit(true);
});
facetsEl.addEventListener('change', (e) => {
  const box = e.target;
  if (!(box instanceof HTMLInputElement)) return;
  const key = box.name as FacetKey;
  const values = new Set(state.filters[key]);
  if (box.checked) values.add(box.value);
  else values.delete(box.value);
  state = { ...state, filters: { ...state.filters, [key]: [...values] } };
  typing = false;
  void commit(true);
});
$<HTMLButtonElement>('clear-filters').addEventListener('click', () => {
  const empty = Object.fromEntries(
    FACETS.map((f) => [f.key, [] as string[]]),
  ) as unknown as SearchState['filters'];
  state = { ...state, filters: empty };
  void commit(true);
});
more.addEventListener('click', () => void showMore());
addEventListener('popstate', () => {
  state = fromUrl(location.search);
  syncControls();
  void run();
});

// On narrow screens the filters start folded away, so results come first.
const filters = document.querySelector<HTMLDetailsElement>('details.filters');
if (filters && matchMedia('(max-width: 61.99rem)').matches) filters.open = false;

try {
  pf = await loadPagefind(base);
  all = await pf.filters();
  syncControls();
  $<HTMLElement>('listing').hidden = true;
  app.hidden = false;
  await run();
  if (state.q) input.focus();
} catch (e) {
  $<HTMLElement>('search-unavailable').hidden = false;
  console.warn('Search is unavailable; showing the full listing instead.', e);
}
