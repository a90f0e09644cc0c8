/**
 * Search: the catalog's search island on /credentials/ against the same documents on a
 * download-everything client index (MiniSearch), both in Debian Chromium, served gzipped from
 * 127.0.0.1, on the seed catalog and on every generated scale of the run. Rounds alternate the
 * two sides; each round opens fresh browser contexts (empty cache) and, on each side:
 *
 * - loads the page and waits until it has settled (first render, the counts that follow, the
 *   network idle), so the first query does not wait behind the page's own work;
 * - focuses the box, pauses as a person does before typing, and times a first query and then
 *   further queries, each set at once, from the input event to its rendered results;
 * - times a facet-only browse (a click, then the click that undoes it);
 * - times Pagefind's (or MiniSearch's) own search() alone, without filters (raw engine time);
 * - in a second fresh page, types two queries one character every 150 ms and times each
 *   keystroke to the results that include it (what a person feels).
 */
import { join } from 'node:path';
import { launchChromium } from './browser.ts';
import { ensureBuilt, generatedCatalog, seedCatalog, type Catalog } from './catalogs.ts';
import type { BenchContext } from './context.ts';
import type { PartResult, Table } from './report.ts';
import { writeComparisonSite } from './search-compare.ts';
import { searchFigures, searchTable, type Round } from './search-report.ts';
import {
  clearQuery,
  rawMiniSearch,
  rawPagefind,
  settle,
  timedFacet,
  timedQuery,
  typing,
  TYPING_LIMIT_MS,
} from './search-measure.ts';
import { serveStatic, type Served } from './serve.ts';

export const QUERIES = [
  'feedback',
  'number talks',
  'restorative conversations',
  'portfolios',
  'close reading',
  'coaching cycles',
  'exit ticket',
  'family',
] as const;
export const FACET = { name: 'subject', value: 'Literacy' };
/** A person taps the box, then starts typing: the first query comes this long after the focus. */
export const TAP_PAUSE_MS = 300;
export const KEY_GAP_MS = 150;

const isSearchAsset = (path: string) =>
  path.startsWith('/pagefind/') ||
  path.startsWith('/search/') ||
  /\/(index|docs)\.json$|\/app\.js$|\/_astro\/.*\.js$/.test(path);

type Browser = Awaited<ReturnType<typeof launchChromium>>;

async function round(
  browser: Browser,
  served: Served,
  side: 'ours' | 'peer',
  queries: string[],
  typed: string[],
): Promise<Round> {
  const searchBytes = () =>
    served
      .requests()
      .filter((r) => isSearchAsset(r.path))
      .reduce((s, r) => s + r.bytes, 0);
  const path = side === 'ours' ? '/credentials/' : '/';
  const context = await browser.newContext();
  const page = await context.newPage();
  served.reset();
  await page.goto(`${served.url}${path}`);
  await page.waitForFunction(
    () => Number(document.getElementById('search-app')?.dataset.renders ?? 0) >= 1,
    undefined,
    { timeout: 120_000 },
  );
  const readyMs = await page.evaluate(() => performance.now());
  await settle(page);
  const load = served.requests();
  const loadSearchBytes = searchBytes();
  const loadHtmlBytes = load
    .filter((r) => r.path.endsWith('/') || r.path.endsWith('.html'))
    .reduce((s, r) => s + r.bytes, 0);

  served.reset();
  await page.focus('#q');
  await page.waitForTimeout(TAP_PAUSE_MS);
  const firstMs = await timedQuery(page, queries[0] ?? 'feedback');
  const firstBytes = searchBytes();
  const laterMs: number[] = [];
  for (const q of queries.slice(1)) laterMs.push(await timedQuery(page, q));

  await timedQuery(page, '');
  await settle(page);
  await page.waitForSelector(`#facets input[name="${FACET.name}"][value="${FACET.value}"]:not([disabled])`, {
    timeout: 60_000,
  });
  served.reset();
  const filterMs = [await timedFacet(page, FACET)];
  const filterBytes = searchBytes();
  await settle(page);
  filterMs.push(await timedFacet(page, FACET));
  await settle(page);
  const rawMs = side === 'ours' ? await rawPagefind(page, QUERIES) : await rawMiniSearch(page, QUERIES);
  await context.close();

  // Typing, in a fresh page: what a person who opens the page and types feels.
  const typingContext = await browser.newContext();
  const typingPage = await typingContext.newPage();
  await typingPage.goto(`${served.url}${path}`);
  await settle(typingPage);
  const typingMs: number[] = [];
  for (const word of typed) {
    if ((await typingPage.inputValue('#q')) !== '') await clearQuery(typingPage);
    await typingPage.focus('#q');
    await typingPage.waitForTimeout(TAP_PAUSE_MS);
    typingMs.push(...(await typing(typingPage, word, KEY_GAP_MS)));
  }
  await typingContext.close();
  return {
    readyMs,
    loadSearchBytes,
    loadHtmlBytes,
    firstMs,
    firstBytes,
    laterMs,
    filterMs,
    filterBytes,
    typingMs,
    rawMs,
  };
}

/** Both sides on one catalog: rounds alternate ours and the MiniSearch page, each in fresh contexts. */
async function measure(
  ctx: BenchContext,
  catalog: Catalog,
): Promise<{ table: Table; figures: Record<string, number> }> {
  const dist = await ensureBuilt(ctx, catalog);
  const compareDir = join(ctx.dir, 'search', `minisearch-${catalog.name}`);
  ctx.log(`search: writing the MiniSearch comparison page for ${catalog.name}…`);
  const { docs } = await writeComparisonSite(dist, compareDir, ctx.repo);
  const ours = await serveStatic(dist);
  const peer = await serveStatic(compareDir);
  const browser = await launchChromium();
  const rounds = ctx.searchRounds;
  const results: { ours: Round[]; peer: Round[] } = { ours: [], peer: [] };
  try {
    for (let r = 0; r < rounds; r++) {
      const qs = QUERIES.map((_, i) => QUERIES[(i + r) % QUERIES.length] as string);
      const typed = [0, 1].map((i) => QUERIES[(2 * r + i + 3) % QUERIES.length] as string);
      ctx.log(
        `search ${catalog.name} round ${r + 1}/${rounds}: first query “${qs[0]}”, typing ${typed.join(', ')}`,
      );
      const order = r % 2 === 0 ? (['ours', 'peer'] as const) : (['peer', 'ours'] as const);
      for (const side of order)
        results[side].push(await round(browser, side === 'ours' ? ours : peer, side, qs, typed));
    }
  } finally {
    await browser.close();
    await ours.close();
    await peer.close();
  }
  return {
    table: searchTable(catalog, docs, rounds, results),
    figures: searchFigures(catalog.name, results),
  };
}

/** The seed catalog, then each generated catalog of this run. */
export async function runSearch(ctx: BenchContext): Promise<PartResult> {
  const catalogs = [seedCatalog(ctx)];
  for (const n of [...ctx.scales].sort((a, b) => a - b)) catalogs.push(await generatedCatalog(ctx, n));
  const tables: Table[] = [];
  const figures: Record<string, number> = {};
  for (const c of catalogs) {
    const m = await measure(ctx, c);
    tables.push(m.table);
    Object.assign(figures, m.figures);
  }
  return {
    part: 'search',
    at: new Date().toISOString(),
    tables,
    notes: [
      "The comparison page (scripts/bench/search-compare.ts) covers the same pages as our search (every page of the facet table the build wrote, with its facet values and card fields) and holds what a download-everything client would: each page's readable text (as Pagefind's full-page index held it before the lean index), in a prebuilt MiniSearch index (title and text, prefix search, all terms required), plus every document's fields for result cards, gzipped by the same server. Our Pagefind index holds only the fields a searcher means (title, tags, summary, competency…).",
      `Times are measured inside the page with performance.now(), from dispatching the input or click to the render that answers it (data-renders and data-query on #search-app); bytes are counted by the local server (compressed bodies). Before the first query each side has settled (its first render, the counts after it, the network idle), and the box is focused ${TAP_PAUSE_MS} ms before it, as a tap before typing; the bytes of the first query count everything fetched from that focus on.`,
      `Typing: two queries per round in a fresh page, one character every ${KEY_GAP_MS} ms; each keystroke is timed to the first render, after it, of the query typed up to it or further (a keystroke still unanswered ${TYPING_LIMIT_MS / 1000} s after the last one counts as the time waited).`,
      'The index size of each catalog is in the Build part (index per 1,000 credentials) and in the budgets.',
    ],
    metrics: figures,
    figures,
  };
}
