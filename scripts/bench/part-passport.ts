/**
 * Passport: the time from N badges' text to the finished passport (every badge verified, then
 * stacks, totals, recipients and each recognizer's credit) in Chromium, for 10, 50 and 200
 * badges, as the /passport/ page does it. Figures: passport.b10.ms, passport.b50.ms,
 * passport.b200.ms (medians) and passport.b50.per_badge_ms.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { launchChromium } from './browser.ts';
import type { BenchContext } from './context.ts';
import { preparePassportFixtures } from './passport-fixtures.ts';
import type { PartResult } from './report.ts';
import { serveStatic } from './serve.ts';
import { median, ms } from './stats.ts';

export const PASSPORT_SIZES = [10, 50, 200] as const;

export async function runPassport(ctx: BenchContext): Promise<PartResult> {
  const fixtures = await preparePassportFixtures(ctx, Math.max(...PASSPORT_SIZES));
  const dir = join(ctx.dir, 'passport', 'harness');
  mkdirSync(dir, { recursive: true });
  await build({
    entryPoints: [join(ctx.repo, 'scripts', 'bench', 'browser', 'passport-harness.ts')],
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
    '<!doctype html><meta charset="utf-8"><title>passport bench</title><script type="module" src="harness.js"></script>',
  );
  const rounds = Math.max(5, Math.min(ctx.rounds, 15));
  ctx.log(`passport: Chromium, ${rounds} rounds of ${PASSPORT_SIZES.join(', ')} badges…`);
  const served = await serveStatic(dir);
  const browser = await launchChromium();
  let samples: Record<string, number[]>;
  try {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${served.url}/`);
    await page
      .waitForFunction(() => typeof window.benchPassport === 'function', undefined, { timeout: 60_000 })
      .catch(() => {
        throw new Error(`the harness did not load: ${errors.join('; ')}`);
      });
    samples = await page.evaluate(([fx, sizes, r]) => window.benchPassport(fx, sizes, r), [
      fixtures,
      [...PASSPORT_SIZES],
      rounds,
    ] as const);
  } finally {
    await browser.close();
    await served.close();
  }
  const figures: Record<string, number> = {};
  const rows = PASSPORT_SIZES.map((n) => {
    const m = median(samples[String(n)] ?? []);
    figures[`passport.b${n}.ms`] = m;
    figures[`passport.b${n}.per_badge_ms`] = m / n;
    return [String(n), ms(m), ms(m / n)];
  });
  return {
    part: 'passport',
    at: new Date().toISOString(),
    tables: [
      {
        title: `Educator's passport in Chromium: badges verified and summarised, median of ${rounds} rounds`,
        head: ['badges', 'total', 'per badge'],
        rows,
        note: 'From the badges’ text to the finished passport: every badge verified (signature, key, issuer, dates, revocation from the signed list, catalog), then stacks, totals, the email compared with every badge, and each recognizer’s credit.',
      },
    ],
    notes: [
      'VC-JWTs of the seed catalog’s active credentials, signed in memory with one key per seed issuer (ES256, EdDSA, RS256), as the issue tool signs them; sizes alternate within each round.',
    ],
    metrics: { ...figures },
    figures,
  };
}
