/**
 * Verify: median time per verification, per badge format, in Node and in Chromium: ours
 * (`verifyBadge`, every check including status and catalog match) against did-jwt-vc on the same
 * JWTs, @digitalcredentials/verifier-core on the same Data Integrity credential (static
 * documents instead of the network), and bare jose `compactVerify` (signature only: the floor).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { launchChromium } from './browser.ts';
import { contestants, installStaticFetch, measureAll, type VerifyRun } from './browser/verify-sides.ts';
import type { BenchContext } from './context.ts';
import { verifyFigures } from './figures.ts';
import type { PartResult, Table } from './report.ts';
import { serveStatic } from './serve.ts';
import { interleaved, median, ms, ratio } from './stats.ts';
import { prepareVerifyFixtures } from './verify-fixtures.ts';
import { vectorBadges, verifyPageLoads } from './verify-loads.ts';

const PEERS = ['did-jwt-vc', 'verifier-core', 'jose (floor)'] as const;

function table(where: string, run: VerifyRun, rounds: number): Table {
  const rows = Object.entries(run.samples).map(([format, sides]) => {
    const ours = median(sides.ours ?? []);
    const cells = [format, ms(ours)];
    for (const p of PEERS) {
      const m = median(sides[p] ?? []);
      const why = run.unavailable[format]?.[p];
      cells.push(sides[p]?.length ? `${ms(m)} (ours ${ratio(ours, m)})` : why ? 'n/a*' : '–');
    }
    return cells;
  });
  return {
    title: `Verification in ${where}: median per badge, ${rounds} interleaved rounds of 20 calls per side`,
    head: ['format', 'ours', ...PEERS.map((p) => `${p} (ours/${p.split(' ')[0]})`)],
    rows,
    note: 'n/a*: the peer cannot verify this badge; the reason is listed below. –: not applicable to this format.',
  };
}

export async function runVerify(ctx: BenchContext): Promise<PartResult> {
  const { fixtures, dist } = await prepareVerifyFixtures(ctx);
  // Each sample is the mean of 20 back-to-back calls, in Node as in Chromium (whose clock is
  // coarse): a single call of a few hundred microseconds measures the timer and the scheduler
  // as much as the verification.
  const rounds = Math.max(10, ctx.rounds);
  ctx.log(`verify: Node, ${rounds} rounds per side and format…`);
  installStaticFetch(fixtures.documents);
  const node = await measureAll(await contestants(fixtures), rounds, (s, r) => interleaved(s, r, 3, 20));

  ctx.log('verify: Chromium…');
  const dir = join(ctx.dir, 'verify', 'harness');
  mkdirSync(dir, { recursive: true });
  const notes: string[] = [];
  let browserRun: VerifyRun | undefined;
  try {
    await build({
      entryPoints: [join(ctx.repo, 'scripts', 'bench', 'browser', 'verify-harness.ts')],
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      outfile: join(dir, 'harness.js'),
      logLevel: 'error',
      define: { global: 'globalThis', 'process.env.NODE_ENV': '"production"' },
    });
    writeFileSync(
      join(dir, 'index.html'),
      '<!doctype html><meta charset="utf-8"><title>verify bench</title><script type="module" src="harness.js"></script>',
    );
    const served = await serveStatic(dir);
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`${served.url}/`);
      await page
        .waitForFunction(() => typeof window.benchVerify === 'function', undefined, { timeout: 60_000 })
        .catch(() => {
          throw new Error(`the harness did not load: ${errors.join('; ')}`);
        });
      browserRun = await page.evaluate(([fx, r]) => window.benchVerify(fx, r), [fixtures, rounds] as const);
    } finally {
      await browser.close();
      await served.close();
    }
  } catch (e) {
    notes.push(`Chromium run failed: ${(e as Error).message.slice(0, 500)}`);
  }

  const metrics: Record<string, number> = {};
  const pick = (format: string) => fixtures.badges.find((b) => b.format === format)?.text ?? '';
  const loads = await verifyPageLoads(ctx, dist, [
    { label: 'catalog VC-JWT ES256', text: pick('VC-JWT ES256') },
    { label: 'catalog Data Integrity eddsa-rdfc-2022', text: pick('Data Integrity eddsa-rdfc-2022 (JSON)') },
    ...vectorBadges(ctx.repo),
  ]);
  Object.assign(metrics, loads.metrics);
  for (const [where, run] of [
    ['node', node],
    ['chromium', browserRun],
  ] as const) {
    if (!run) continue;
    for (const [format, sides] of Object.entries(run.samples))
      for (const [side, xs] of Object.entries(sides)) metrics[`${where}.${format}.${side}`] = median(xs);
  }
  const reasons = new Map<string, string>();
  for (const run of [node, browserRun])
    for (const [format, why] of Object.entries(run?.unavailable ?? {}))
      for (const [side, text] of Object.entries(why)) reasons.set(`${side} on ${format}`, text);
  notes.push(...[...reasons].map(([k, v]) => `${k}: ${v}.`));
  notes.push(
    'Ours runs the whole verification a visitor gets: format detection and extraction from the image, structure, proof, key published and in force, issuer registered, claims, dates, revocation status (the signed list, from the catalog), achievement in the catalog. did-jwt-vc checks the signature, time claims and credential shape; verifier-core checks the proof, expiry, status and issuer registries and validates the JSON Schema; jose checks only the signature, after importing the key.',
    'did-jwt-vc resolves issuers only as DIDs and our issuer is an https Profile URL, which its DID parser rejects; it is given the catalog\'s published key through its didAuthenticator option (a pre-resolved key), so no resolution is timed for it. It also validates only the VC 1.1 data model (our VC 2.0 credentials fail with "@context is missing default context https://www.w3.org/2018/credentials/v1"), so it runs with policies.format = false: signature and time claims only.',
    "verifier-core has no option for a document loader: the benchmark answers its fetches from a static map (the JSON-LD contexts, the OB 3.0 JSON Schema, and the issuer's DID document and the badge's status list exactly as the site publishes them), so its time includes resolving the issuer's did:web and checking the Data Integrity status list.",
  );
  return {
    part: 'verify',
    at: new Date().toISOString(),
    tables: [
      table('Node', node, rounds),
      ...(browserRun ? [table('Chromium', browserRun, rounds)] : []),
      loads.table,
    ],
    notes,
    metrics,
    figures: verifyFigures(metrics),
  };
}
