/**
 * node scripts/generate-catalog.ts --credentials N --out DIR [--seed S] [--issuers N] [--stacks N] [--rubrics N]
 *
 * Writes a synthetic catalog into DIR/content for benchmarks: invented issuers, credentials,
 * stacks and rubrics with realistic text lengths and facet spreads, deterministic from the seed,
 * and checked with the content check. Build it with STACKABLE_CONTENT=DIR/content.
 */
import { parseArgs } from 'node:util';
import { generateCatalog } from './bench/generate.ts';
import { CliError, run, usage } from './lib/cli.ts';

const HELP = `
Usage: node scripts/generate-catalog.ts --credentials <n> --out <dir> [options]

Writes a synthetic catalog (deterministic from --seed) into <dir>/content and checks it.
All organizations, people, frameworks and research citations in it are invented and marked so.

Options:
  --credentials <n>   number of micro-credentials                        required
  --out <dir>         folder that receives content/ (replaced)           required
  --seed <s>          seed for the generator (default 1)
  --issuers <n>       default: credentials / 25 (at least 3)
  --stacks <n>        default: credentials / 10
  --rubrics <n>       assessment rubrics; default: credentials / 100 (at least 2)
  --seed-content <d>  catalog to learn prose from (default content)
  --no-check          skip the content check
  -h, --help

Then: STACKABLE_CONTENT=<dir>/content STACKABLE_OUT=<dir>/dist STACKABLE_CACHE=<dir>/cache npx astro build`;

await run(async () => {
  const { values } = parseArgs({
    options: {
      credentials: { type: 'string' },
      out: { type: 'string' },
      seed: { type: 'string', default: '1' },
      issuers: { type: 'string' },
      stacks: { type: 'string' },
      rubrics: { type: 'string' },
      'seed-content': { type: 'string', default: 'content' },
      'no-check': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return usage(HELP);
  const count = (name: string, v: string | undefined) => {
    if (v === undefined) return undefined;
    const n = Number(v);
    if (!Number.isInteger(n) || n < 1) throw new CliError(`--${name} must be a positive whole number`);
    return n;
  };
  const credentials = count('credentials', values.credentials);
  if (!credentials)
    throw new CliError(
      '--credentials is required',
      'node scripts/generate-catalog.ts --credentials 1000 --out .bench/catalogs/c1000',
    );
  if (!values.out) throw new CliError('--out is required');
  const started = performance.now();
  const seed = /^\d+$/.test(values.seed) ? Number(values.seed) : values.seed;
  const issuers = count('issuers', values.issuers);
  const stacks = count('stacks', values.stacks);
  const rubrics = count('rubrics', values.rubrics);
  const result = await generateCatalog({
    root: values.out,
    credentials,
    seed,
    seedContent: values['seed-content'],
    skipCheck: values['no-check'],
    onProgress: (m) => console.error(m),
    ...(issuers ? { issuers } : {}),
    ...(stacks ? { stacks } : {}),
    ...(rubrics ? { rubrics } : {}),
  });
  const c = result.counts;
  console.error(
    `Wrote ${c.credentials} credentials, ${c.issuers} issuers, ${c.stacks} stacks, ${c.rubrics} rubrics and ${c.glossary} glossary terms ` +
      `(${(result.bytes / 1e6).toFixed(1)} MB) to ${result.content} in ${Math.round(performance.now() - started)} ms` +
      (result.checkMs !== undefined
        ? `; content check passed in ${result.checkMs} ms.`
        : '; content check skipped.'),
  );
});
