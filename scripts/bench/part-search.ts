/**
 * Search: the catalog's Pagefind island on /credentials/ of the largest generated catalog,
 * against the same documents on a download-everything client index (MiniSearch), both in
 * Debian Chromium, served gzipped from 127.0.0.1. Rounds alternate the two sides; each round
 * opens a fresh browser context (empty cache), waits for the first render, then times a first
 * query, further queries, and a facet-only browse, from the input event to the rendered results.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium } from './browser.ts';
import { ensureBuilt, generatedCatalog, seedCatalog, type Catalog } from './catalogs.ts';
import type { BenchContext } from './context.ts';
import type { PartResult } from './report.ts';
import { writeComparisonSite } from './search-compare.ts';
import { serveStatic, type Served } from './serve.ts';
import { bytes, int, median, ms, ratio } from './stats.ts';

const QUERIES = [
  'feedback',
  'number talks',
  'restorative conversations',
  'portfolios',
  'close reading',
  'coaching cycles',
  'exit ticket',
  'family',
] as const;
const FACET = { name: 'subject', value: 'Literacy' };

interface Round {
  readyMs: number;
  loadSearchBytes: number;
  loadHtmlBytes: number;
  firstMs: number;
  firstBytes: number;
  warmMs: number[];
  facetMs: number;
  facetBytes: number;
  /** Ours only: Pagefind's search() alone, and loading 20 results' fragments, per warm query. */
  engineMs?: number[];
  fragmentsMs?: number[];
}

const BREAKDOWN = ['reading', 'planning', 'small groups'] as const;

/** Where our query time goes: Pagefind's search() with the island's default filters, then 20 result fragments. */
async function breakdown(page: Page): Promise<{ engineMs: number[]; fragmentsMs: number[] }> {
  return page.evaluate(
    async (queries) => {
      type R = { data(): Promise<unknown> };
      const url = '/pagefind/pagefind.js';
      const pf = (await import(url)) as { search(q: string, o: unknown): Promise<{ results: R[] }> };
      const engineMs: number[] = [];
      const fragmentsMs: number[] = [];
      for (const q of queries) {
        const t0 = performance.now();
        const s = await pf.search(q, {
          filters: { type: { any: ['Credentials'] }, status: { any: ['Available'] } },
        });
        const t1 = performance.now();
        await Promise.all(s.results.slice(0, 20).map((r) => r.data()));
        engineMs.push(t1 - t0);
        fragmentsMs.push(performance.now() - t1);
      }
      return { engineMs, fragmentsMs };
    },
    [...BREAKDOWN],
  );
}

/** Runs `act` in the page and resolves with the ms until #search-app's data-renders changes. */
async function timed(
  page: Page,
  act: { kind: 'query'; q: string } | { kind: 'facet'; name: string; value: string },
): Promise<number> {
  return page.evaluate(
    (a) =>
      new Promise<number>((resolve, reject) => {
        const app = document.getElementById('search-app') as HTMLElement;
        const before = app.dataset.renders;
        const mo = new MutationObserver(() => {
          if (app.dataset.renders !== before) {
            mo.disconnect();
            resolve(performance.now() - t0);
          }
        });
        mo.observe(app, { attributes: true, attributeFilter: ['data-renders'] });
        setTimeout(() => reject(new Error(`no render within 30 s for ${JSON.stringify(a)}`)), 30_000);
        const t0 = performance.now();
        if (a.kind === 'query') {
          const input = document.getElementById('q') as HTMLInputElement;
          input.value = a.q;
          input.dispatchEvent(new Event('input', { bubbles: true }));
        } else {
          const box = document.querySelector<HTMLInputElement>(
            `#facets input[name="${a.name}"][value="${a.value}"]`,
          );
          if (!box) throw new Error(`no facet ${a.name}=${a.value}`);
          box.click();
        }
      }),
    act,
  );
}

const isSearchAsset = (path: string) =>
  path.startsWith('/pagefind/') || /\/(index|docs)\.json$|\/app\.js$|\/_astro\/.*\.js$/.test(path);

async function round(
  browser: Awaited<ReturnType<typeof launchChromium>>,
  served: Served,
  path: string,
  queries: string[],
): Promise<Round> {
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
  const load = served.requests();
  const loadSearchBytes = load.filter((r) => isSearchAsset(r.path)).reduce((s, r) => s + r.bytes, 0);
  const loadHtmlBytes = load
    .filter((r) => r.path.endsWith('/') || r.path.endsWith('.html'))
    .reduce((s, r) => s + r.bytes, 0);
  served.reset();
  const firstMs = await timed(page, { kind: 'query', q: queries[0] ?? 'feedback' });
  const firstBytes = served
    .requests()
    .filter((r) => isSearchAsset(r.path))
    .reduce((s, r) => s + r.bytes, 0);
  const warmMs: number[] = [];
  for (const q of queries.slice(1)) warmMs.push(await timed(page, { kind: 'query', q }));
  await timed(page, { kind: 'query', q: '' });
  // Our island renders results first and facet counts after; wait for the counts before clicking one.
  await page.waitForFunction(
    () => {
      const d = document.getElementById('search-app')?.dataset;
      return !d || d.counted === undefined || d.counted === d.renders;
    },
    undefined,
    { timeout: 60_000 },
  );
  await page.waitForSelector(`#facets input[name="${FACET.name}"][value="${FACET.value}"]:not([disabled])`, {
    timeout: 60_000,
  });
  served.reset();
  const facetMs = await timed(page, { kind: 'facet', ...FACET });
  const facetBytes = served
    .requests()
    .filter((r) => isSearchAsset(r.path))
    .reduce((s, r) => s + r.bytes, 0);
  const parts = path === '/credentials/' ? await breakdown(page) : undefined;
  await context.close();
  return {
    readyMs,
    loadSearchBytes,
    loadHtmlBytes,
    firstMs,
    firstBytes,
    warmMs,
    facetMs,
    facetBytes,
    ...(parts ?? {}),
  };
}

interface Measured {
  table: PartResult['tables'][number];
  metrics: Record<string, number>;
}

/** Both sides on one catalog: rounds alternate ours and the MiniSearch page, each in a fresh context. */
async function measure(ctx: BenchContext, catalog: Catalog): Promise<Measured> {
  const dist = await ensureBuilt(ctx, catalog);
  const compareDir = join(ctx.dir, 'search', `minisearch-${catalog.name}`);
  ctx.log(`search: writing the MiniSearch comparison page for ${catalog.name}…`);
  const { docs } = await writeComparisonSite(dist, compareDir, ctx.repo);
  const ours = await serveStatic(dist);
  const peer = await serveStatic(compareDir);
  const browser = await launchChromium();
  const rounds = Math.max(3, Math.min(ctx.rounds, 7));
  const results: { ours: Round[]; peer: Round[] } = { ours: [], peer: [] };
  try {
    for (let r = 0; r < rounds; r++) {
      const qs = QUERIES.map((_, i) => QUERIES[(i + r) % QUERIES.length] as string);
      ctx.log(`search ${catalog.name} round ${r + 1}/${rounds}: first query "${qs[0]}"`);
      const order = r % 2 === 0 ? (['ours', 'peer'] as const) : (['peer', 'ours'] as const);
      for (const side of order)
        results[side].push(
          await round(browser, side === 'ours' ? ours : peer, side === 'ours' ? '/credentials/' : '/', qs),
        );
    }
  } finally {
    await browser.close();
    await ours.close();
    await peer.close();
  }
  const m = (side: 'ours' | 'peer', f: (r: Round) => number) => median(results[side].map(f));
  const warm = (side: 'ours' | 'peer') => median(results[side].flatMap((r) => r.warmMs));
  const row = (label: string, f: (r: Round) => number, fmt: (x: number) => string) => [
    label,
    fmt(m('ours', f)),
    fmt(m('peer', f)),
    ratio(m('ours', f), m('peer', f)),
  ];
  const metrics = {
    firstQueryBytes: m('ours', (r) => r.firstBytes),
    peerFirstQueryBytes: m('peer', (r) => r.firstBytes),
    loadSearchBytes: m('ours', (r) => r.loadSearchBytes),
    peerLoadSearchBytes: m('peer', (r) => r.loadSearchBytes),
    firstQueryMs: m('ours', (r) => r.firstMs),
    peerFirstQueryMs: m('peer', (r) => r.firstMs),
    warmQueryMs: warm('ours'),
    peerWarmQueryMs: warm('peer'),
    facetMs: m('ours', (r) => r.facetMs),
    peerFacetMs: m('peer', (r) => r.facetMs),
    readyMs: m('ours', (r) => r.readyMs),
    peerReadyMs: m('peer', (r) => r.readyMs),
    htmlBytes: m('ours', (r) => r.loadHtmlBytes),
    engineMs: median(results.ours.flatMap((r) => r.engineMs ?? [])),
    fragmentsMs: median(results.ours.flatMap((r) => r.fragmentsMs ?? [])),
    credentials: catalog.credentials,
    indexedPages: docs,
  };
  const what =
    catalog.name === 'seed'
      ? `the seed catalog (${int(catalog.credentials)} credentials`
      : `${int(catalog.credentials)} credentials (generated`;
  return {
    metrics,
    table: {
      title: `Search over ${what}, ${int(docs)} indexed pages) in Chromium: Pagefind island vs MiniSearch (download everything), medians of ${rounds} cold rounds`,
      head: ['', 'ours (Pagefind)', 'MiniSearch', 'ours/MiniSearch'],
      rows: [
        row('search bytes fetched while the page loads (JS + index, gzip)', (r) => r.loadSearchBytes, bytes),
        row('bytes fetched for the first query', (r) => r.firstBytes, bytes),
        [
          'search bytes before the first results',
          bytes(metrics.loadSearchBytes + metrics.firstQueryBytes),
          bytes(metrics.peerLoadSearchBytes + metrics.peerFirstQueryBytes),
          ratio(
            metrics.loadSearchBytes + metrics.firstQueryBytes,
            metrics.peerLoadSearchBytes + metrics.peerFirstQueryBytes,
          ),
        ],
        row('page ready: navigation to first render', (r) => r.readyMs, ms),
        row('first query: input to rendered results', (r) => r.firstMs, ms),
        [
          'later queries: input to rendered results',
          ms(metrics.warmQueryMs),
          ms(metrics.peerWarmQueryMs),
          ratio(metrics.warmQueryMs, metrics.peerWarmQueryMs),
        ],
        row(`facet-only browse (${FACET.value}): click to rendered results`, (r) => r.facetMs, ms),
        row('bytes fetched for that browse', (r) => r.facetBytes, bytes),
        row('HTML of the page (gzip)', (r) => r.loadHtmlBytes, bytes),
        ['of our query time: Pagefind search() alone (warm)', ms(metrics.engineMs), '', ''],
        ['of our query time: 20 result fragments (warm)', ms(metrics.fragmentsMs), '', ''],
      ],
      note: `Queries: ${QUERIES.map((q) => `“${q}”`).join(', ')} (rotated, so each round starts with a different one). Both sides render the first 20 result cards and facet counts; ours renders the cards first and the counts right after (the time stops at the cards), and fetches each shown result's fragment.`,
    },
  };
}

/** The seed catalog, then the largest generated catalog of this run. */
export async function runSearch(ctx: BenchContext): Promise<PartResult> {
  const n = Math.max(...ctx.scales);
  const seed = await measure(ctx, seedCatalog(ctx));
  const large = await measure(ctx, await generatedCatalog(ctx, n));
  return {
    part: 'search',
    at: new Date().toISOString(),
    tables: [seed.table, large.table],
    notes: [
      "The comparison page (scripts/bench/search-compare.ts) indexes the same documents Pagefind did: every page marked data-pagefind-body in the built site, with its filters and metadata and its text minus data-pagefind-ignore parts, in a prebuilt MiniSearch index (title and text, prefix search, all terms required) plus every document's fields for result cards, gzipped by the same server.",
      'Times are measured inside the page with performance.now(), from dispatching the input or click to the change of data-renders; bytes are counted by the local server (compressed bodies).',
      'The index size of each catalog is in the Build part (index per 1,000 credentials) and in the budgets.',
    ],
    metrics: {
      ...large.metrics,
      ...Object.fromEntries(Object.entries(seed.metrics).map(([k, v]) => [`seed.${k}`, v])),
    },
  };
}
