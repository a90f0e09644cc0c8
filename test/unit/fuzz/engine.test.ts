/**
 * The coverage-guided fuzzing loop (scripts/fuzz/engine.ts) on code instrumented by Jazzer.js's
 * plugins, as `npm run fuzz` instruments the readers: it finds an input that only a chain of
 * exact byte comparisons lets through (blind random inputs would need about 4 billion tries),
 * keeps only inputs that reach new code, and mutates within the length limit. And the committed
 * corpus replays through the real readers with no finding.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { fuzz, installRuntime, mutate, prng } from '../../../scripts/fuzz/engine.ts';
import { TARGETS, type TargetName } from '../../fuzz/targets.ts';
import { REPO_ROOT } from '../../helpers/content.ts';

const require = createRequire(import.meta.url);
const { transformSync } = require('@babel/core') as {
  transformSync: (code: string, options: object) => { code?: string | null } | null;
};
const { esmCodeCoverage } = require('@jazzer.js/instrumentor/dist/plugins/esmCodeCoverage.js') as {
  esmCodeCoverage: () => { plugin: () => object; edgeCount: () => number };
};
const { compareHooks } = require('@jazzer.js/instrumentor/dist/plugins/compareHooks.js') as {
  compareHooks: () => object;
};

const dir = mkdtempSync(join(tmpdir(), 'stackable-fuzz-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const runtime = installRuntime();

async function instrumented(code: string): Promise<(d: Uint8Array) => unknown> {
  const coverage = esmCodeCoverage();
  const out = transformSync(code, {
    sourceType: 'module',
    configFile: false,
    babelrc: false,
    plugins: [coverage.plugin, compareHooks],
  });
  const file = join(dir, `t${Math.random().toString(36).slice(2)}.mjs`);
  writeFileSync(
    file,
    `const __jazzer_cov = globalThis.__fuzzCounters(${coverage.edgeCount()});\n${out?.code ?? ''}`,
  );
  return ((await import(pathToFileURL(file).href)) as { target: (d: Uint8Array) => unknown }).target;
}

describe('the coverage-guided loop', () => {
  it('finds an input behind four exact byte comparisons', async () => {
    const target = await instrumented(`export function target(d) {
      if (d.length >= 4 && d[0] === 0x46) { if (d[1] === 0x55) { if (d[2] === 0x5a) { if (d[3] === 0x5a) throw new Error('found'); } } }
    }`);
    const r = await fuzz({
      target,
      runtime,
      seeds: [],
      dictionary: [],
      executions: 200_000,
      maxLength: 64,
      seed: 7,
    });
    expect((r.finding?.error as Error | undefined)?.message).toBe('found');
    expect(Array.from(r.finding?.input.slice(0, 4) ?? [])).toEqual([0x46, 0x55, 0x5a, 0x5a]);
    expect(r.corpus.length).toBeLessThan(50);
  }, 120_000);

  it('keeps only inputs that reach something new', async () => {
    const target = await instrumented('export function target(d) { return d.length; }');
    const r = await fuzz({
      target,
      runtime,
      seeds: [Uint8Array.of(1), Uint8Array.of(2)],
      dictionary: [],
      executions: 1000,
      maxLength: 8,
      seed: 1,
    });
    expect(r.corpus).toHaveLength(1);
    expect(r.finding).toBeUndefined();
  });

  it('mutates within the length limit, reproducibly from its seed', () => {
    const o = { dictionary: [Uint8Array.of(9, 9)], maxLength: 16, runtime };
    const a = prng(3);
    const b = prng(3);
    for (let i = 0; i < 500; i++) {
      const x = mutate(Uint8Array.of(1, 2, 3), o, [], a);
      expect(x.length).toBeLessThanOrEqual(16);
      expect(mutate(Uint8Array.of(1, 2, 3), o, [], b)).toEqual(x);
    }
  });
});

describe('the committed corpus', () => {
  for (const reader of Object.keys(TARGETS) as TargetName[]) {
    it(`replays through the ${reader} reader with no finding`, async () => {
      const folder = join(REPO_ROOT, 'test/fuzz/corpus', reader);
      const names = readdirSync(folder);
      expect(names.length).toBeGreaterThan(2);
      for (const name of names) await TARGETS[reader](new Uint8Array(readFileSync(join(folder, name))));
    }, 60_000);
  }
});
