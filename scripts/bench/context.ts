/** What every benchmark part shares: folders, the options of this run, progress output. */
import { join, resolve } from 'node:path';

export const PARTS = ['build', 'search', 'verify', 'issue', 'pages', 'passport'] as const;
export type PartName = (typeof PARTS)[number];

export interface BenchContext {
  /** The repository root (where package.json is). */
  repo: string;
  /** `.bench/` under the repository: every generated site and output lives here. */
  dir: string;
  /** Generated catalog sizes, in credentials (e.g. [1000, 10000]). */
  scales: number[];
  /** The large catalog the build part builds once, ours alone, for time and peak memory (0: none). */
  large: number;
  /** Repetitions per side of each build comparison, by catalog ('seed' or the scale). */
  buildReps(catalog: string): number;
  /** Repetitions for timing loops (verify). */
  rounds: number;
  /** Cold rounds per side of the search part (at least 7; --rounds raises it). */
  searchRounds: number;
  seed: number;
  log: (message: string) => void;
}

export function createContext(opts: {
  scales: number[];
  large?: number;
  rounds?: number;
  seed?: number;
  reps?: number;
  quiet?: boolean;
}): BenchContext {
  const repo = resolve('.');
  return {
    repo,
    dir: join(repo, '.bench'),
    scales: opts.scales,
    large: opts.large ?? 0,
    buildReps: (c) => opts.reps ?? (c === 'seed' ? 3 : Number(c.replace(/\D/g, '')) >= 5000 ? 1 : 2),
    rounds: opts.rounds ?? 30,
    searchRounds: Math.max(7, opts.rounds ?? 7),
    seed: opts.seed ?? 1,
    log: (m) => {
      if (!opts.quiet) console.error(`[${new Date().toISOString().slice(11, 19)}] ${m}`);
    },
  };
}

/** The project's own Astro CLI, run with the Node that runs this script. */
export const astroBin = (ctx: BenchContext) => join(ctx.repo, 'node_modules', 'astro', 'bin', 'astro.mjs');
