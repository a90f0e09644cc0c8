/**
 * npm run fuzz -- [--seed N] [--execs N] [--readers png,svg,json,jws] [--save-corpus]
 *                 [--scale K] [--only jwt|json|baked|input] [--case-timeout MS]
 *                 [--no-coverage] [--no-random]
 *
 * First, coverage-guided fuzzing of the four readers a badge reaches first (PNG, SVG, JSON,
 * compact JWS; scripts/fuzz/): the committed corpus in test/fuzz/corpus/ is replayed, then
 * mutated for --execs executions per reader. Then the random fuzzing: the verifier's property tests (test/unit/verify/property-*.test.ts) long: a random seed
 * (printed first, so any failure can be replayed with --seed) and K times the unit suite's
 * number of cases (default 50). Prints, per family, the cases run, their time (p50, p99, max)
 * and what they ended as. Not part of `npm test`; the unit suite runs the same properties with
 * a fixed seed and few cases.
 */
import { spawnSync } from 'node:child_process';
import { randomInt } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { READERS, runCoverageFuzzing, type Reader } from './fuzz/run.ts';

const HELP = `Usage: npm run fuzz -- [options]

  --seed N           replay a run (default: a random seed, printed)
  --execs N          coverage-guided executions per reader (default 20000)
  --readers LIST     coverage-guided readers, comma-separated: png, svg, json, jws (default all)
  --save-corpus      write the minimized corpus back to test/fuzz/corpus/
  --no-coverage      skip the coverage-guided part
  --no-random        skip the random (property) part
  --scale K          K times the unit suite's cases per property (default 50)
  --only FAMILY      one property file: jwt, json, baked or input
  --case-timeout MS  a case taking longer fails the property (default 15000)`;

const { values } = parseArgs({
  options: {
    seed: { type: 'string' },
    scale: { type: 'string', default: '50' },
    only: { type: 'string' },
    'case-timeout': { type: 'string', default: '15000' },
    execs: { type: 'string', default: '20000' },
    readers: { type: 'string', default: READERS.join(',') },
    'save-corpus': { type: 'boolean', default: false },
    'no-coverage': { type: 'boolean', default: false },
    'no-random': { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h' },
  },
});
if (values.help) {
  console.log(HELP);
  process.exit(0);
}
const seed = values.seed ?? String(randomInt(0, 2 ** 31 - 1));
for (const [name, v] of [
  ['seed', seed],
  ['scale', values.scale],
  ['case-timeout', values['case-timeout']],
  ['execs', values.execs],
] as const) {
  if (!/^\d+$/.test(v)) {
    console.error(`--${name} must be a whole number, not "${v}"`);
    process.exit(2);
  }
}
const families = ['jwt', 'json', 'baked', 'input'];
if (values.only !== undefined && !families.includes(values.only)) {
  console.error(`--only must be one of ${families.join(', ')}`);
  process.exit(2);
}
const files = values.only
  ? [`test/unit/verify/property-${values.only}.test.ts`]
  : ['test/unit/verify/property-'];

const readers = values.readers.split(',').map((r) => r.trim());
const unknown = readers.filter((r) => !(READERS as readonly string[]).includes(r));
if (unknown.length) {
  console.error(`--readers: unknown ${unknown.join(', ')}; use ${READERS.join(', ')}`);
  process.exit(2);
}
const repo = fileURLToPath(new URL('..', import.meta.url));
if (!values['no-coverage']) {
  const ok = await runCoverageFuzzing({
    repo,
    readers: readers as Reader[],
    executions: Number(values.execs),
    seed: Number(seed),
    save: values['save-corpus'],
  });
  if (!ok) {
    console.log(`fuzz seed ${seed}: a reader FAILED (replay with --seed ${seed} --execs ${values.execs})`);
    process.exit(1);
  }
}
if (values['no-random']) process.exit(0);
console.log(
  `fuzz seed ${seed}, scale ${values.scale} (replay: npm run fuzz -- --seed ${seed} --scale ${values.scale}${values.only ? ` --only ${values.only}` : ''})`,
);
// This Node (24, from node_modules) runs vitest, whatever node is first on PATH.
const vitest = fileURLToPath(new URL('../node_modules/vitest/vitest.mjs', import.meta.url));
const result = spawnSync(process.execPath, [vitest, 'run', ...files, '--testTimeout=0', '--hookTimeout=0'], {
  stdio: 'inherit',
  env: {
    ...process.env,
    FUZZ: '1',
    FUZZ_SEED: seed,
    FUZZ_SCALE: values.scale,
    FUZZ_CASE_TIMEOUT_MS: values['case-timeout'],
  },
});
console.log(
  `fuzz seed ${seed}: ${result.status === 0 ? 'no property failed' : 'a property FAILED (replay with the seed above)'}`,
);
process.exit(result.status ?? 1);
