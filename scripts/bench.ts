/**
 * npm run bench [-- --only build,search,verify,issue,pages] [--scale 1000,10000] [--check]
 *
 * Measures speed and size against peers, each comparison in the same run, alternating sides,
 * reporting medians and ratios. Prints tables and writes docs/benchmarks.md (and the figures in
 * docs/benchmarks.json, so a partial run updates only its own sections). Everything it builds
 * or generates goes to .bench/.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { checkBudgets } from './bench/budgets.ts';
import { createContext, PARTS, type BenchContext, type PartName } from './bench/context.ts';
import { loadFigure } from './bench/figures.ts';
import { machineFigures, machineInfo } from './bench/machine.ts';
import {
  figuresObject,
  loadResults,
  renderDoc,
  saveResults,
  textTable,
  type PartResult,
} from './bench/report.ts';
import { CliError, run, usage } from './lib/cli.ts';

const HELP = `
Usage: npm run bench [-- options]

Parts: build (full build + search index vs bare Astro + MDX), search (Pagefind vs MiniSearch in
Chromium), verify (ours vs did-jwt-vc, verifier-core and bare jose, in Node and Chromium),
issue (1,000 badges from a CSV), pages (JS/CSS/HTML weight and Lighthouse per page kind),
passport (10, 50 and 200 badges verified and summarised in Chromium).

Options:
  --only <parts>     comma-separated parts (default: all)
  --scale <list>     generated catalog sizes in credentials (default 1000,10000)
  --large <n>        the build part also builds a catalog of n credentials once, ours alone, for
                     time and peak memory (default 50000 when --scale is not given; 0: none)
  --check            fail (exit 1) when a budget is exceeded; without --only this runs
                     build and pages at --scale 1000 only and does not write the doc
  --rounds <n>       timing rounds per side for verify and search (default 30 / 7; search at least 7)
  --reps <n>         builds per side and catalog (default: 3 seed, 2 under 5,000, 1 above)
  --seed <n>         generator seed (default 1)
  --no-doc           do not write docs/benchmarks.md
  -h, --help`;

const INTRO = `Written by \`npm run bench\` (scripts/bench.ts). Figures from a shared 2-core machine are noisy:
every comparison runs both sides in the same run, alternating, and the tables show medians and
ratios (ours/peer: below 1 is better for us). Absolute times are for information. Regenerate with
\`npm run bench\` (all parts: about 22 minutes on a quiet 2-core machine without the 50,000-credential build, which adds about 27) or one part with \`npm run bench -- --only verify\`.`;

async function runPart(part: PartName, ctx: BenchContext): Promise<PartResult> {
  switch (part) {
    case 'build':
      return (await import('./bench/part-build.ts')).runBuild(ctx);
    case 'search':
      return (await import('./bench/part-search.ts')).runSearch(ctx);
    case 'verify':
      return (await import('./bench/part-verify.ts')).runVerify(ctx);
    case 'issue':
      return (await import('./bench/part-issue.ts')).runIssue(ctx);
    case 'pages':
      return (await import('./bench/part-pages.ts')).runPages(ctx);
    case 'passport':
      return (await import('./bench/part-passport.ts')).runPassport(ctx);
  }
}

await run(async () => {
  const { values } = parseArgs({
    options: {
      only: { type: 'string' },
      scale: { type: 'string' },
      large: { type: 'string' },
      check: { type: 'boolean', default: false },
      rounds: { type: 'string' },
      reps: { type: 'string' },
      seed: { type: 'string', default: '1' },
      'no-doc': { type: 'boolean', default: false },
      quiet: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return usage(HELP);
  const quickCheck = values.check && !values.only;
  const parts = (values.only ?? (quickCheck ? 'build,pages' : PARTS.join(',')))
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  for (const p of parts)
    if (!(PARTS as readonly string[]).includes(p))
      throw new CliError(`unknown part "${p}"`, `Parts: ${PARTS.join(', ')}.`);
  const scales = (values.scale ?? (quickCheck ? '1000' : '1000,10000')).split(',').map(Number);
  if (scales.some((n) => !Number.isInteger(n) || n < 10))
    throw new CliError('--scale takes whole numbers of credentials of at least 10, e.g. 1000,10000');
  const num = (name: string, v: string | undefined) => {
    if (v === undefined) return undefined;
    const n = Number(v);
    if (!Number.isInteger(n) || n < 1) throw new CliError(`--${name} must be a positive whole number`);
    return n;
  };
  const rounds = num('rounds', values.rounds);
  const reps = num('reps', values.reps) ?? (quickCheck ? 1 : undefined);
  const large = values.large === '0' ? 0 : num('large', values.large);
  const ctx = createContext({
    scales,
    large: large ?? (values.scale || quickCheck ? 0 : 50_000),
    seed: num('seed', values.seed) ?? 1,
    quiet: values.quiet,
    ...(rounds ? { rounds } : {}),
    ...(reps ? { reps } : {}),
  });
  mkdirSync(ctx.dir, { recursive: true });

  const started = performance.now();
  const resultsFile = join(ctx.repo, 'docs', 'benchmarks.json');
  const results = loadResults(resultsFile);
  const fresh: Partial<Record<PartName, PartResult>> = {};
  let budgets: ReturnType<typeof checkBudgets> = [];
  /** Writes what has been measured so far: a run cut short keeps every part that finished. */
  const write = (final: boolean) => {
    results.machine = machineInfo(ctx.repo);
    // Each part contributes its own keys; parts not run now keep their last figures.
    results.figures = figuresObject(results.parts, machineFigures(), new Date());
    budgets = checkBudgets(fresh);
    if (budgets.length) {
      // Budgets measured now replace those of their part; the others keep their last result.
      const measuredNow = (name: string) =>
        (fresh.build && name.startsWith('search index')) || (fresh.pages && name.includes('page JavaScript'));
      const kept = (results.budgets ?? []).filter(
        (b) => !budgets.some((n) => n.name === b.name) && !measuredNow(b.name),
      );
      results.budgets = [...budgets, ...kept];
    }
    // A quick check (no --only) measures less than a full run: it leaves docs/benchmarks.md alone.
    if (!values['no-doc'] && !quickCheck) {
      saveResults(resultsFile, results);
      const docFile = join(ctx.repo, 'docs', 'benchmarks.md');
      writeFileSync(
        docFile,
        renderDoc(results, existsSync(docFile) ? readFileSync(docFile, 'utf8') : undefined, INTRO),
      );
      if (final) ctx.log(`wrote docs/benchmarks.md and docs/benchmarks.json`);
    }
  };
  for (const part of parts as PartName[]) {
    ctx.log(`— ${part} —`);
    const r = await runPart(part, ctx);
    // How busy the shared machine was: every part's figures carry the load when it ended.
    r.figures = { ...r.figures, ...loadFigure(part, loadavg()[0] ?? Number.NaN) };
    fresh[part] = r;
    results.parts[part] = r;
    console.log(`\n${r.tables.map(textTable).join('\n\n')}\n`);
    if (r.notes.length) console.log(r.notes.map((n) => `· ${n}`).join('\n'), '\n');
    write(part === parts.at(-1));
  }
  ctx.log(`done in ${((performance.now() - started) / 60_000).toFixed(1)} min`);
  if (values.check) {
    console.log(
      budgets.length
        ? budgets
            .map((b) => `${b.ok ? 'ok  ' : 'OVER'}  ${b.name}: ${b.value} (budget ${b.limit})`)
            .join('\n')
        : 'No budget was measured: run the build and pages parts.',
    );
    if (budgets.some((b) => !b.ok)) {
      process.exitCode = 1;
      console.error('Over budget: see above.');
    }
  }
});
