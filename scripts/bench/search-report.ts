/** Node-only: the search part's table and its figures (stable keys in docs/benchmarks.json), from the rounds. */
import type { Catalog } from './catalogs.ts';
import type { Table } from './report.ts';
import { bytes, int, median, ms, quantile, ratio } from './stats.ts';

export interface Round {
  /** Navigation to the first render. */
  readyMs: number;
  loadSearchBytes: number;
  loadHtmlBytes: number;
  firstMs: number;
  /** Search bytes fetched from the focus before the first query to its results. */
  firstBytes: number;
  laterMs: number[];
  /** A facet click, then the click that undoes it. */
  filterMs: number[];
  filterBytes: number;
  /** Per keystroke, to the results that include it. */
  typingMs: number[];
  /** The engine's own search() alone, without filters, per query. */
  rawMs: number[];
}

type Sides = { ours: Round[]; peer: Round[] };

/** Every figure of one catalog, for both sides. */
function summarize(rounds: Round[]) {
  const all = (f: (r: Round) => number[]) => rounds.flatMap(f).filter(Number.isFinite);
  const each = (f: (r: Round) => number) => median(rounds.map(f));
  const typed = all((r) => r.typingMs);
  return {
    ready_ms: each((r) => r.readyMs),
    load_search_bytes: each((r) => r.loadSearchBytes),
    html_bytes: each((r) => r.loadHtmlBytes),
    first_query_ms: each((r) => r.firstMs),
    first_query_bytes: each((r) => r.firstBytes),
    bytes_before_first_results: each((r) => r.loadSearchBytes + r.firstBytes),
    later_query_ms: median(all((r) => r.laterMs)),
    filter_only_ms: median(all((r) => r.filterMs)),
    filter_only_bytes: each((r) => r.filterBytes),
    typing_median_ms: median(typed),
    typing_p90_ms: quantile(typed, 0.9),
    typing_keystrokes: typed.length,
    raw_engine_ms: median(all((r) => r.rawMs)),
  };
}

/**
 * Figures under `search.<catalog>.`: ours plainly (`search.c10000.first_query_ms`), the
 * MiniSearch side with a `minisearch_` prefix, and the bytes ratio the issue budgets.
 */
export function searchFigures(catalog: string, sides: Sides): Record<string, number> {
  const ours = summarize(sides.ours);
  const peer = summarize(sides.peer);
  const out: Record<string, number> = {};
  const key = (k: string) => `search.${catalog}.${k}`;
  for (const [k, v] of Object.entries(ours)) out[key(k === 'raw_engine_ms' ? 'raw_pagefind_ms' : k)] = v;
  for (const [k, v] of Object.entries(peer)) if (k !== 'typing_keystrokes') out[key(`minisearch_${k}`)] = v;
  out[key('bytes_ratio')] = ours.bytes_before_first_results / peer.bytes_before_first_results;
  return out;
}

export function searchTable(catalog: Catalog, docs: number, rounds: number, sides: Sides): Table {
  const o = summarize(sides.ours);
  const p = summarize(sides.peer);
  const row = (label: string, k: keyof typeof o, fmt: (x: number) => string) => [
    label,
    fmt(o[k]),
    fmt(p[k]),
    ratio(o[k], p[k]),
  ];
  const what =
    catalog.name === 'seed'
      ? `the seed catalog (${int(catalog.credentials)} credentials`
      : `${int(catalog.credentials)} credentials (generated`;
  return {
    title: `Search over ${what}, ${int(docs)} indexed pages) in Chromium: our island (Pagefind) vs MiniSearch (download everything), medians of ${rounds} cold rounds`,
    head: ['', 'ours (Pagefind)', 'MiniSearch', 'ours/MiniSearch'],
    rows: [
      row(
        'search bytes fetched while the page loads (JS + index + tables, gzip)',
        'load_search_bytes',
        bytes,
      ),
      row('bytes fetched for the first query (from the focus)', 'first_query_bytes', bytes),
      row('search bytes before the first results', 'bytes_before_first_results', bytes),
      row('page ready: navigation to first render', 'ready_ms', ms),
      row('first query: input to rendered results', 'first_query_ms', ms),
      row('later queries: input to rendered results', 'later_query_ms', ms),
      row('typing: keystroke to results, median', 'typing_median_ms', ms),
      row('typing: keystroke to results, p90', 'typing_p90_ms', ms),
      row('facet-only browse: click to rendered results', 'filter_only_ms', ms),
      row('bytes fetched for that browse', 'filter_only_bytes', bytes),
      row('raw engine: search() alone, no filters, warm', 'raw_engine_ms', ms),
      row('HTML of the page (gzip)', 'html_bytes', bytes),
    ],
    note: `End-to-end times run from the input event (or click) to the render that answers it; the raw engine row is Pagefind's own search() on our side and MiniSearch's on the other, each alone. Typing: ${int(o.typing_keystrokes)} keystrokes per side.`,
  };
}
