/**
 * Node-only: bundles the fuzz targets (test/fuzz/targets.ts, with everything they import) into
 * one module and instruments it with Jazzer.js's own Babel plugins: an 8-bit counter on every
 * branch (`esmCodeCoverage`) and a report of every comparison with a constant (`compareHooks`).
 * The result is written to .fuzz/targets.mjs and imported by the fuzzing loop (engine.ts).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { build } from 'esbuild';

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

export async function buildTargets(repo: string): Promise<{ path: string; edges: number }> {
  const bundled = await build({
    entryPoints: [join(repo, 'test/fuzz/targets.ts')],
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node22',
    write: false,
    logLevel: 'silent',
  });
  const code = bundled.outputFiles[0]?.text ?? '';
  const coverage = esmCodeCoverage();
  const out = transformSync(code, {
    filename: 'targets.mjs',
    sourceType: 'module',
    configFile: false,
    babelrc: false,
    compact: true,
    plugins: [coverage.plugin, compareHooks],
  });
  if (!out?.code) throw new Error('instrumenting the fuzz targets failed');
  const edges = coverage.edgeCount();
  const dir = join(repo, '.fuzz');
  await mkdir(dir, { recursive: true });
  const path = join(dir, 'targets.mjs');
  await writeFile(path, `const __jazzer_cov = globalThis.__fuzzCounters(${edges});\n${out.code}`);
  return { path, edges };
}
