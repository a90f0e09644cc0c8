/**
 * What the /verify/ page loads, and when: the JavaScript it needs to open (all a catalog VC-JWT
 * needs), what it prefetches once idle (so it keeps working offline), and what each kind of
 * badge loads on demand, measured in Chromium against the catalog copy the verify part builds.
 * For the on-demand rows the page runs with Save-Data on, which turns the idle prefetch off, so
 * each badge fetches only its own code.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from './browser.ts';
import type { BenchContext } from './context.ts';
import type { Table } from './report.ts';
import { serveStatic, type Served } from './serve.ts';
import { bytes } from './stats.ts';

export interface LoadBadge {
  label: string;
  text: string;
}

type Browser = Awaited<ReturnType<typeof launchChromium>>;

const jsBytes = (served: Served) =>
  served
    .requests()
    .filter((r) => /\.m?js$/.test(r.path))
    .reduce((s, r) => s + r.bytes, 0);
const jsFiles = (served: Served) => served.requests().filter((r) => /\.m?js$/.test(r.path)).length;

async function open(browser: Browser, served: Served, saveData: boolean) {
  const context = await browser.newContext();
  if (saveData)
    await context.addInitScript(() =>
      Object.defineProperty(navigator, 'connection', { value: { saveData: true }, configurable: true }),
    );
  const page = await context.newPage();
  served.reset();
  await page.goto(`${served.url}/verify/`, { waitUntil: 'networkidle' });
  return { context, page };
}

/** Bytes of JavaScript (gzip as sent) the verify page fetches, by moment. */
export async function verifyPageLoads(
  ctx: BenchContext,
  dist: string,
  badges: LoadBadge[],
): Promise<{ table: Table; metrics: Record<string, number> }> {
  const served = await serveStatic(dist);
  const browser = await launchChromium();
  const rows: string[][] = [];
  const metrics: Record<string, number> = {};
  try {
    ctx.log('verify: what /verify/ loads, at first, when idle and per badge…');
    {
      const { context } = await open(browser, served, true);
      const eager = jsBytes(served);
      rows.push([
        'to open the page (everything a catalog VC-JWT needs)',
        bytes(eager),
        String(jsFiles(served)),
      ]);
      metrics['verifyPage.eagerJs'] = eager;
      await context.close();
    }
    {
      const { context, page } = await open(browser, served, false);
      await page.waitForTimeout(5000);
      await page.waitForLoadState('networkidle');
      const total = jsBytes(served);
      rows.push([
        'after the idle prefetch (image readers, Data Integrity and OB 2.0 code, for offline use)',
        bytes(total),
        String(jsFiles(served)),
      ]);
      metrics['verifyPage.afterIdleJs'] = total;
      await context.close();
    }
    for (const b of badges) {
      const { context, page } = await open(browser, served, true);
      served.reset();
      await page.getByLabel('Paste a badge').fill(b.text);
      await page.getByRole('button', { name: 'Verify', exact: true }).click();
      await page.locator('#result-heading').waitFor({ timeout: 60_000 });
      await page.waitForLoadState('networkidle');
      const heading = (await page.locator('#result-heading').textContent())?.trim() ?? '';
      const extra = jsBytes(served);
      rows.push([
        `on demand, ${b.label} (“${heading.slice(0, 40)}”)`,
        extra ? `+${bytes(extra)}` : '+0 B',
        String(jsFiles(served)),
      ]);
      metrics[`verifyPage.onDemand.${b.label}`] = extra;
      await context.close();
    }
  } finally {
    await browser.close();
    await served.close();
  }
  return {
    metrics,
    table: {
      title: 'What the /verify/ page loads (JavaScript, gzip as sent), in Chromium',
      head: ['when', 'JS', 'files'],
      rows,
      note: 'On-demand rows: a fresh page with Save-Data on (no idle prefetch), then one badge pasted and verified; the figure is what that verification fetched. The result heading is quoted to show the badge was read.',
    },
  };
}

/** The external vectors used for the on-demand rows (test/fixtures/vectors, see ATTRIBUTION.md there). */
export function vectorBadges(repo: string): LoadBadge[] {
  const v = (p: string) => readFileSync(join(repo, 'test', 'fixtures', 'vectors', p), 'utf8').trim();
  return [
    { label: 'OB 2.0 signed assertion (1EdTech vector)', text: v('1edtech/ob20/simple.jwt') },
    {
      label: 'VC-JWT from an issuer not in the catalog (1EdTech vector)',
      text: v('1edtech/extracted/simple-jwt.png.jws'),
    },
  ];
}
