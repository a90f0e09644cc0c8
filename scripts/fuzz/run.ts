/**
 * Node-only: coverage-guided fuzzing of the four readers (test/fuzz/targets.ts). Each run
 * replays the committed corpus (test/fuzz/corpus/<reader>/: inputs that each reached code no
 * earlier input did) and then mutates it for the given number of executions. A finding is saved
 * to .fuzz/findings/ and fails the run. With `save`, the corpus is minimized (smallest inputs
 * first, keeping those that still add coverage) and written back.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildTargets } from './build.ts';
import type * as Targets from '../../test/fuzz/targets.ts';
import { fuzz, installRuntime, type FuzzResult } from './engine.ts';

type TargetsModule = typeof Targets;

export const READERS = ['png', 'svg', 'json', 'jws'] as const;
export type Reader = (typeof READERS)[number];

const MAX_LENGTH: Record<Reader, number> = { png: 65536, svg: 32768, json: 16384, jws: 16384 };

export interface CoverageOptions {
  repo: string;
  readers: readonly Reader[];
  executions: number;
  seed: number;
  save: boolean;
}

const sha = (b: Uint8Array) => createHash('sha1').update(b).digest('hex');

async function readCorpus(dir: string): Promise<Uint8Array[]> {
  const names = (await readdir(dir).catch(() => [] as string[])).filter((n) => !n.startsWith('.')).sort();
  return Promise.all(names.map(async (n) => new Uint8Array(await readFile(join(dir, n)))));
}

export async function runCoverageFuzzing(o: CoverageOptions): Promise<boolean> {
  const runtime = installRuntime();
  const built = await buildTargets(o.repo);
  const { TARGETS, DICTIONARIES } = (await import(pathToFileURL(built.path).href)) as TargetsModule;
  console.log(
    `coverage-guided: ${built.edges} instrumented branches (Jazzer.js instrumentation), seed ${o.seed}`,
  );
  let ok = true;
  for (const reader of o.readers) {
    const dir = join(o.repo, 'test/fuzz/corpus', reader);
    const seeds = await readCorpus(dir);
    const result: FuzzResult = await fuzz({
      target: TARGETS[reader],
      runtime,
      seeds,
      dictionary: DICTIONARIES[reader].map((t) => Uint8Array.from(t, (c) => c.charCodeAt(0) & 0xff)),
      executions: o.executions,
      maxLength: MAX_LENGTH[reader],
      seed: o.seed,
    });
    const rate = Math.round(result.executions / (result.ms / 1000));
    console.log(
      `${reader.padEnd(5)} ${result.executions} executions in ${(result.ms / 1000).toFixed(1)} s (${rate}/s); ${result.edges} branches reached; corpus ${seeds.length} → ${result.corpus.length}`,
    );
    if (result.finding) {
      ok = false;
      const path = join(o.repo, '.fuzz/findings', reader, sha(result.finding.input));
      await mkdir(join(o.repo, '.fuzz/findings', reader), { recursive: true });
      await writeFile(path, result.finding.input);
      console.error(`FINDING in the ${reader} reader, input saved to ${path}:`, result.finding.error);
      continue;
    }
    if (o.save) {
      const kept = await minimize(TARGETS[reader], runtime, result.corpus);
      await rm(dir, { recursive: true, force: true });
      await mkdir(dir, { recursive: true });
      for (const input of kept) await writeFile(join(dir, sha(input)), input);
      console.log(`${reader.padEnd(5)} corpus saved: ${kept.length} inputs in ${dir}`);
    }
  }
  return ok;
}

/** The smallest set (greedy, smallest first) of inputs that reaches everything the corpus reaches. */
async function minimize(
  target: (d: Uint8Array) => unknown,
  runtime: ReturnType<typeof installRuntime>,
  corpus: readonly Uint8Array[],
): Promise<Uint8Array[]> {
  const result = await fuzz({
    target,
    runtime,
    seeds: [...corpus].sort((a, b) => a.length - b.length),
    dictionary: [],
    executions: 0,
    maxLength: 0,
    seed: 1,
  });
  return result.corpus.filter((c) => c.length > 0);
}
