/**
 * Pages: what each kind of page ships (JavaScript and CSS, gzip, as the server sends them; HTML
 * size), loaded in Chromium until the network is idle, and its Lighthouse performance,
 * accessibility and best-practices scores (Lighthouse's default mobile run, in Debian Chromium).
 * The seed catalog's build; the catalog page also at the largest generated scale built.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { CHROMIUM, CHROMIUM_FLAGS, launchChromium } from './browser.ts';
import { ensureBuilt, seedCatalog } from './catalogs.ts';
import type { BenchContext } from './context.ts';
import type { PartResult } from './report.ts';
import { serveStatic, type Served } from './serve.ts';
import { bytes } from './stats.ts';

interface PageKind {
  kind: string;
  path: string;
  site: 'seed' | 'large';
}

interface Weight {
  js: number;
  css: number;
  html: number;
  searchRuntime: number;
  other: number;
  requests: number;
}

const first = (dir: string, depth: number): string | undefined => {
  if (!existsSync(dir)) return undefined;
  const sub = readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()[0];
  if (!sub) return undefined;
  return depth <= 1
    ? sub
    : (() => {
        const rest = first(join(dir, sub), depth - 1);
        return rest ? `${sub}/${rest}` : undefined;
      })();
};

function kinds(dist: string): PageKind[] {
  const pick = (preferred: string, dir: string, depth: number) =>
    existsSync(join(dist, dir, preferred, 'index.html')) ? preferred : (first(join(dist, dir), depth) ?? '');
  return [
    { kind: 'home', path: '/', site: 'seed' },
    { kind: 'credentials', path: '/credentials/', site: 'seed' },
    {
      kind: 'credential',
      path: `/credentials/${pick('riverbend-usd/hinge-questions', 'credentials', 2)}/`,
      site: 'seed',
    },
    {
      kind: 'stack',
      path: `/stacks/${pick('formative-assessment-foundations', 'stacks', 1)}/`,
      site: 'seed',
    },
    { kind: 'rubric', path: `/rubrics/${pick('riverbend-demonstrated', 'rubrics', 1)}/`, site: 'seed' },
    { kind: 'issuer', path: `/issuers/${pick('riverbend-usd', 'issuers', 1)}/`, site: 'seed' },
    { kind: 'glossary', path: '/glossary/', site: 'seed' },
    { kind: 'verify', path: '/verify/', site: 'seed' },
  ];
}

async function weigh(
  browser: Awaited<ReturnType<typeof launchChromium>>,
  served: Served,
  path: string,
): Promise<Weight> {
  const context = await browser.newContext();
  const page = await context.newPage();
  served.reset();
  await page.goto(`${served.url}${path}`, { waitUntil: 'networkidle', timeout: 120_000 });
  // The catalog page's island loads its search only after the page is parsed, which for a large
  // catalog can come after a network pause: wait for its first render, then for the network.
  await page.waitForFunction(
    () => {
      const app = document.getElementById('search-app');
      return (
        !app ||
        Number(app.dataset.renders ?? 0) >= 1 ||
        document.getElementById('search-unavailable')?.hidden === false
      );
    },
    undefined,
    { timeout: 120_000 },
  );
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(500);
  const w: Weight = { js: 0, css: 0, html: 0, searchRuntime: 0, other: 0, requests: 0 };
  for (const r of served.requests()) {
    w.requests++;
    if (r.path.startsWith('/pagefind/') || r.path.startsWith('/search/')) {
      w.searchRuntime += r.bytes;
      if (r.path.endsWith('.js')) w.js += r.bytes;
    } else if (/\.m?js$/.test(r.path)) w.js += r.bytes;
    else if (r.path.endsWith('.css')) w.css += r.bytes;
    else if (r.path.endsWith('/') || r.path.endsWith('.html')) w.html += r.bytes;
    else w.other += r.bytes;
  }
  await context.close();
  return w;
}

/** A Lighthouse run that takes longer than this is reported as such (the 10,000-credential catalog page can). */
const LIGHTHOUSE_LIMIT_MS = 6 * 60_000;

async function lighthouseScores(
  url: string,
): Promise<
  { performance: number; accessibility: number; bestPractices: number; failing: string[] } | string
> {
  try {
    const { default: lighthouse } = await import('lighthouse');
    const chromeLauncher = await import('chrome-launcher');
    const chrome = await chromeLauncher.launch({
      chromePath: CHROMIUM,
      chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS],
    });
    try {
      const run = lighthouse(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices'],
      });
      let timer: ReturnType<typeof setTimeout> | undefined;
      const limit = new Promise<never>((_, reject) => {
        timer = setTimeout(
          () => reject(new Error(`did not finish within ${LIGHTHOUSE_LIMIT_MS / 60_000} minutes`)),
          LIGHTHOUSE_LIMIT_MS,
        );
      });
      const result = await Promise.race([run, limit]).finally(() => clearTimeout(timer));
      const c = result?.lhr.categories;
      if (!c) return 'no result';
      const score = (k: string) => Math.round((c[k]?.score ?? Number.NaN) * 100);
      // Audits that cost points in accessibility and best practices, for the notes.
      const audits = result.lhr.audits;
      const failing = ['accessibility', 'best-practices'].flatMap((k) =>
        (c[k]?.auditRefs ?? [])
          .filter((r) => r.weight > 0 && (audits[r.id]?.score ?? 1) < 1)
          .map((r) => `${k}: ${audits[r.id]?.title ?? r.id}`),
      );
      return {
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        failing,
      };
    } finally {
      chrome.kill();
      try {
        // chrome-launcher's kill has been seen to leave the browser running; make sure it ends.
        if (chrome.pid) process.kill(chrome.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
  } catch (e) {
    return `Lighthouse could not run: ${(e as Error).message.split('\n')[0]}`;
  }
}

export async function runPages(ctx: BenchContext): Promise<PartResult> {
  const seedDist = await ensureBuilt(ctx, seedCatalog(ctx));
  const large = [...ctx.scales]
    .sort((a, b) => b - a)
    .find((n) => existsSync(join(ctx.dir, 'build', `c${n}`, 'ours', 'READY')));
  const list = kinds(seedDist);
  if (large)
    list.push({
      kind: `credentials (${large.toLocaleString('en-US')} catalog)`,
      path: '/credentials/',
      site: 'large',
    });
  const seedServed = await serveStatic(seedDist);
  const largeServed = large
    ? await serveStatic(join(ctx.dir, 'build', `c${large}`, 'ours', 'dist'))
    : undefined;
  const browser = await launchChromium();
  const rows: string[][] = [];
  const metrics: Record<string, number> = {};
  const figures: Record<string, number> = {};
  const notes: string[] = [];
  try {
    for (const p of list) {
      const served = p.site === 'large' && largeServed ? largeServed : seedServed;
      ctx.log(`pages: ${p.kind} ${p.path}`);
      const w = await weigh(browser, served, p.path);
      const lh = await lighthouseScores(`${served.url}${p.path}`);
      if (typeof lh === 'string') notes.push(`${p.kind}: ${lh}`);
      else if (lh.failing.length)
        notes.push(
          `Lighthouse on ${p.kind} ${p.path}: ${lh.failing.map((f) => f.replace(/\.$/, '')).join('; ')}.`,
        );
      const key = p.site === 'large' ? 'credentialsLarge' : p.kind;
      Object.assign(metrics, {
        [`${key}.jsGzip`]: w.js,
        [`${key}.cssGzip`]: w.css,
        [`${key}.htmlGzip`]: w.html,
        [`${key}.searchRuntime`]: w.searchRuntime,
      });
      // Figures: lighthouse.<kind>.<category>; the catalog page of a generated catalog is
      // credentials_c<N> (lighthouse.credentials_c10000.performance).
      const figureKind = p.site === 'large' ? `credentials_c${large}` : p.kind;
      figures[`pages.${figureKind}.js_gzip_bytes`] = w.js;
      figures[`pages.${figureKind}.search_bytes`] = w.searchRuntime;
      if (typeof lh !== 'string')
        Object.assign(figures, {
          [`lighthouse.${figureKind}.performance`]: lh.performance,
          [`lighthouse.${figureKind}.accessibility`]: lh.accessibility,
          [`lighthouse.${figureKind}.best_practices`]: lh.bestPractices,
        });
      if (typeof lh !== 'string')
        Object.assign(metrics, {
          [`${key}.lhPerformance`]: lh.performance,
          [`${key}.lhAccessibility`]: lh.accessibility,
          [`${key}.lhBestPractices`]: lh.bestPractices,
        });
      rows.push([
        `${p.kind} ${p.path.length > 40 ? `${p.path.slice(0, 37)}…` : p.path}`,
        bytes(w.js),
        w.searchRuntime ? bytes(w.searchRuntime) : '0 B',
        bytes(w.css),
        bytes(w.html),
        String(w.requests),
        ...(typeof lh === 'string'
          ? ['–', '–', '–']
          : [String(lh.performance), String(lh.accessibility), String(lh.bestPractices)]),
      ]);
    }
  } finally {
    await browser.close();
    await seedServed.close();
    await largeServed?.close();
  }
  return {
    part: 'pages',
    at: new Date().toISOString(),
    tables: [
      {
        title:
          'What each page kind ships (gzip as sent, after the network is idle) and its Lighthouse scores',
        head: [
          'page',
          'JS',
          'of it, search runtime + index',
          'CSS',
          'HTML',
          'requests',
          'Lighthouse perf.',
          'a11y',
          'best pract.',
        ],
        rows,
        note: 'JS counts every script the page loads, including Pagefind’s own runtime on the catalog page; "search runtime + index" is everything fetched from /pagefind/ and /search/ (JS, WebAssembly, index chunks, the facet table). Lighthouse runs its default mobile profile (simulated slow 4G and CPU) against the site served gzipped from 127.0.0.1.',
      },
    ],
    notes,
    metrics,
    figures,
  };
}
