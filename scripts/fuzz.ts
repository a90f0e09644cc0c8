/**
 * npm run fuzz -- [--seed N] [--scale K] [--only jwt|json|baked|input] [--case-timeout MS]
 *
 * Runs the verifier's property tests (test/unit/verify/property-*.test.ts) long: a random seed
 * (printed first, so any failure can be replayed with --seed) and K times the unit suite's
 * number of cases (default 50). Prints, per family, the cases run, their time (p50, p99, max)
 * and what they ended as. Not part of `npm test`; the unit suite runs the same properties with
 * a fixed seed and few cases.
 */
import { spawnSync } from 'node:child_process';
import { randomInt } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const HELP = `Usage: npm run fuzz -- [--seed N] [--scale K] [--only jwt|json|baked|input] [--case-timeout MS]

  --seed N           replay a run (default: a random seed, printed)
  --scale K          K times the unit suite's cases per property (default 50)
  --only FAMILY      one property file: jwt, json, baked or input
  --case-timeout MS  a case taking longer fails the property (default 15000)`;

const { values } = parseArgs({
  options: {
    seed: { type: 'string' },
    scale: { type: 'string', default: '50' },
    only: { type: 'string' },
    'case-timeout': { type: 'string', default: '15000' },
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
