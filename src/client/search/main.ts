/**
 * The browse-and-search island on /credentials/. The page arrives with the first results drawn
 * (the same cards as without JavaScript); the island fetches the facet table, then every change
 * (a keystroke, a facet, the sort, the back button) runs one search: Pagefind for the words of
 * the query, one pass over the table for facets, counts and order, and one synchronous redraw.
 * A newer change makes an older search stale: it stops and never draws. State lives in the URL.
 * See docs/architecture.md, "Search".
 */
import { FACETS, type FacetKey } from '../../lib/catalog/facets.ts';
import { matcher } from '../../lib/search/highlight.ts';
import { cardOf } from '../../lib/search/open-table.ts';
import { cardElement, fillSummary } from './card.ts';
import { loadData, type SearchData } from './data.ts';
import { $ } from './dom.ts';
import { emptyView, noteView, summaryText, type Action } from './empty.ts';
import { createEngine } from './engine.ts';
import { createFacetsView, type FacetsView } from './facets-view.ts';
import { find, selectedOf, type Outcome } from './find.ts';
import { createSheet } from './sheet.ts';
import { activeFilterCount, defaultFilters, defaultSort, fromUrl, toUrl, type SearchState } from './state.ts';

const PAGE = 20;
document.documentElement.classList.add('js');
const app = $<HTMLElement>('search-app');
const base = app.dataset.base ?? '/';
const input = $<HTMLInputElement>('q');
const sortSelect = $<HTMLSelectElement>('sort');
const includeAll = $<HTMLInputElement>('include-all');
const list = $<HTMLOListElement>('results');
const summary = $<HTMLElement>('result-summary');
const note = $<HTMLElement>('search-note');
const empty = $<HTMLElement>('search-empty');
const more = $<HTMLButtonElement>('show-more');

const engine = createEngine(base);
let state: SearchState = fromUrl(location.search);
let data: SearchData | undefined;
let facets: FacetsView | undefined;
let generation = 0;
let shown: { results: number[]; count: number; isMatch: ((w: string) => boolean) | undefined } | undefined;
const sheet = createSheet(() => summary.focus());

function syncControls(): void {
  if (input.value !== state.q) input.value = state.q;
  sortSelect.value = state.sort;
  includeAll.checked = state.all;
}

/** Nothing drawn yet and the state is still the page's own (no query or filters): its cards stand. */
const serverDrawn = () => app.dataset.renders === undefined && toUrl(state) === '';

/** Cards for results [from, to), appended; their summaries follow as their chunks arrive. */
function drawCards(from: number, to: number, mine: number): void {
  const d = data;
  if (!d || !shown) return;
  const pages = shown.results.slice(from, to);
  list.append(...pages.map((i) => cardElement(cardOf(d.table, i), i, shown?.isMatch)));
  shown.count = Math.min(to, shown.results.length);
  more.hidden = shown.count >= shown.results.length;
  const missing = pages.filter((i) => d.table.summary[i] === undefined);
  if (missing.length)
    void d.summaries(missing).then(() => {
      if (mine !== generation) return;
      for (const i of missing) {
        const li = list.querySelector(`li[data-page="${i}"]`);
        if (li) fillSummary(li, d.table.summary[i] ?? '', shown?.isMatch);
      }
    });
}

function draw(o: Outcome, mine: number): void {
  const d = data as SearchData;
  const n = o.selection.results.length;
  const isMatch = o.terms.length ? matcher(o.terms) : undefined;
  if (serverDrawn()) {
    // The page's own cards are these results: keep them.
    shown = { results: o.selection.results, count: list.children.length, isMatch };
    more.hidden = shown.count >= n;
  } else {
    shown = { results: o.selection.results, count: 0, isMatch };
    list.replaceChildren();
    drawCards(0, PAGE, mine);
  }
  const shownQuery = o.corrected ? o.corrected.query : state.q;
  summary.textContent = summaryText(n, state, shownQuery);
  note.replaceChildren(...[noteView(o, state.q, act)].filter((x) => x !== undefined));
  note.hidden = !note.childElementCount;
  empty.hidden = n > 0;
  empty.replaceChildren(
    ...(n ? [] : [emptyView(d.table, o, state, selectedOf(d.table, state), app.dataset.browse ?? '', act)]),
  );
  facets?.update(o.selection.counts, selectedOf(d.table, state), new Set(state.all ? [] : ['status']));
  sheet.update(n, activeFilterCount(state) + (state.all ? 1 : 0));
  app.dataset.query = state.q.trim();
  app.dataset.renders = String(Number(app.dataset.renders ?? 0) + 1);
  app.dataset.counted = app.dataset.renders;
  app.setAttribute('aria-busy', 'false');
}

async function run(): Promise<void> {
  const mine = ++generation;
  const stale = () => mine !== generation;
  if (!data) return; // the first run after the table loads draws the current state
  app.setAttribute('aria-busy', 'true');
  let outcome: Outcome | undefined;
  try {
    outcome = await find(data, engine, state, stale);
  } catch (e) {
    if (stale()) return;
    note.textContent =
      'Search could not run just now (the search index did not load). Try again, or browse the filters.';
    note.hidden = false;
    app.setAttribute('aria-busy', 'false');
    console.warn('Search failed.', e);
    return;
  }
  if (!outcome || stale()) return;
  // The first drawing replaces the page's own cards: their summaries come with it, so nothing
  // on screen changes size. Later ones draw at once and fill summaries in as they arrive.
  if (app.dataset.renders === undefined && !serverDrawn())
    await data.summaries(outcome.selection.results.slice(0, PAGE));
  if (!stale()) draw(outcome, mine);
}

/** The latest search: Enter waits for it before moving to the first result. */
let latest: Promise<void> = Promise.resolve();

function commit(push: boolean): Promise<void> {
  const url = `${location.pathname}${toUrl(state)}`;
  if (push) history.pushState(null, '', url);
  else history.replaceState(null, '', url);
  latest = run();
  return latest;
}

function act(a: Action): void {
  if (a.kind === 'query') state = { ...state, q: a.q, sort: defaultSort(a.q) };
  else if (a.kind === 'include-all')
    state = { ...state, all: true, filters: { ...state.filters, status: a.status ? [a.status] : [] } };
  else if (a.kind === 'clear-facet') state = { ...state, filters: { ...state.filters, [a.key]: [] } };
  else state = { ...state, filters: { ...state.filters, type: [...state.filters.type, a.value] } };
  syncControls();
  void commit(true);
}

let typing = false;
input.addEventListener('input', () => {
  const sort = state.sort === 'relevance' || state.sort === 'title' ? defaultSort(input.value) : state.sort;
  state = { ...state, q: input.value, sort };
  sortSelect.value = sort;
  warm();
  // The first keystroke of a query makes a history entry; the rest of it replaces that entry.
  void commit(!typing);
  typing = true;
});
/** Loads Pagefind and the vocabulary (once); data-warm says when they are in. */
let warmed: Promise<void> | undefined;
const warm = () => {
  if (warmed || !data) return;
  const d = data;
  warmed = Promise.all([engine.warm(), d.vocabulary().catch(() => undefined)]).then(() => {
    app.dataset.warm = 'ready';
  });
};
for (const ev of ['focus', 'pointerdown', 'keydown'] as const)
  input.addEventListener(ev, warm, { once: true });
input.addEventListener('blur', () => {
  typing = false;
});
$<HTMLFormElement>('search-form').addEventListener('submit', (e) => {
  e.preventDefault();
  typing = false;
  // Enter: the results are there (or on their way); move to the first one.
  void latest.then(() => list.querySelector('a')?.focus());
});
sortSelect.addEventListener('change', () => {
  state = { ...state, sort: sortSelect.value as SearchState['sort'] };
  typing = false;
  void commit(true);
});
includeAll.addEventListener('change', () => {
  state = { ...state, all: includeAll.checked, filters: { ...state.filters, status: [] } };
  typing = false;
  void commit(true);
});
$<HTMLElement>('facets').addEventListener('change', (e) => {
  const box = e.target;
  if (!(box instanceof HTMLInputElement) || box.type !== 'checkbox') return;
  const key = box.name as FacetKey;
  const values = new Set(state.filters[key]);
  if (box.checked) values.add(box.value);
  else values.delete(box.value);
  state = { ...state, filters: { ...state.filters, [key]: [...values] } };
  typing = false;
  void commit(true);
});
$<HTMLButtonElement>('clear-filters').addEventListener('click', () => {
  // Back to the defaults (credentials), not to everything; the drafts-and-retired switch stays.
  state = { ...state, filters: defaultFilters() };
  typing = false;
  void commit(true);
});
more.addEventListener('click', () => {
  const first = shown?.count ?? 0;
  drawCards(first, first + PAGE, generation);
  list.querySelectorAll<HTMLAnchorElement>('li a')[first]?.focus();
});
addEventListener('popstate', () => {
  state = fromUrl(location.search);
  typing = false;
  syncControls();
  void run();
});

try {
  if (!app.dataset.table || app.dataset.table.startsWith('__'))
    throw new Error('the page names no search table');
  if (state.q.trim()) void engine.warm();
  data = await loadData(app.dataset.table);
  if (state.q.trim() || document.activeElement === input) warm();
  facets = createFacetsView($<HTMLElement>('facets'), data.table);
  if (!FACETS.every((f) => data?.table.facets.some((x) => x.key === f.key)))
    console.warn('The search table lacks some facets: rebuild the site.');
  syncControls();
  await run();
  if (state.q) input.focus();
  // Load Pagefind and the vocabulary soon after the page has started, when the browser is idle,
  // so the first query does not wait for them; not when the reader asked to save data (then they
  // load as the reader heads for the search box).
  const saveData =
    (navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData === true;
  if (!saveData && !warmed) {
    app.dataset.warm = 'pending';
    // After the page's own start-up, when the browser is idle.
    setTimeout(() => {
      if ('requestIdleCallback' in window) requestIdleCallback(warm, { timeout: 2000 });
      else warm();
    }, 2000);
  }
} catch (e) {
  app.dataset.failed = '';
  app.setAttribute('aria-busy', 'false');
  $<HTMLElement>('search-unavailable').hidden = false;
  $<HTMLElement>('listing').dataset.show = '';
  console.warn('Search is unavailable; showing the full listing instead.', e);
}
