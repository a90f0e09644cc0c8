/**
 * Node-only: the content check's per-file work (src/lib/catalog/entry-verdict.ts) for a whole
 * catalog, fast. Verdicts on files whose text has not changed since the last check come from a
 * cache (one file under the build's cache folder, never in git), keyed by a hash of the file's
 * path and text and of the checker's own code, so an edited rule re-checks everything; the
 * rest are judged on worker threads, one per core, in batches. A rebuild after one edit judges
 * one file. See docs/architecture.md, "Build at scale".
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import { Worker } from 'node:worker_threads';
import { classify, type CollectionName } from './collections.ts';
import { judgeEntry, type EntryVerdict } from './entry-verdict.ts';
import type { SourceFile } from './source.ts';

export interface PoolOptions {
  /** Folder for the cache file; no cache when absent. */
  cacheDir?: string;
  /** Worker threads (default: one per core; 0 judges every file on this thread). */
  threads?: number;
  /** Fewest files to judge worth starting workers for (default 200). */
  minForWorkers?: number;
}

export interface PoolResult {
  verdicts: Map<string, EntryVerdict>;
  /** Files judged now, and files whose verdict came from the cache. */
  judged: number;
  cached: number;
  threads: number;
}

type Job = [SourceFile, CollectionName];

const CACHE_FILE = 'content-check-verdicts.bin';
/** Below this many files to judge, starting workers costs more than it saves. */
const MIN_FOR_WORKERS = 200;
const BATCH = 100;

const LIB = new URL('../', import.meta.url);
const WORKER = new URL('./verdict-worker.ts', import.meta.url);

let codeVersion: Promise<string> | undefined;

/** A hash of the checker's code (src/lib) and the locked dependency versions. */
function checkerVersion(): Promise<string> {
  codeVersion ??= (async () => {
    const h = createHash('sha256');
    const lib = fileURLToPath(LIB);
    const walk = async (dir: string) => {
      for (const e of (await readdir(dir, { withFileTypes: true })).sort((a, b) =>
        a.name.localeCompare(b.name),
      )) {
        const p = join(dir, e.name);
        if (e.isDirectory()) await walk(p);
        else if (e.name.endsWith('.ts')) h.update(`${p}\n`).update(await readFile(p));
      }
    };
    await walk(lib);
    const lock = join(lib, '..', '..', 'package-lock.json');
    if (existsSync(lock)) h.update(await readFile(lock));
    return h.digest('hex');
  })();
  return codeVersion;
}

const keyOf = (version: string, [file, collection]: Job) =>
  createHash('sha256').update(`${version}\0${collection}\0${file.path}\0${file.text}`).digest('base64url');

async function loadCache(file: string): Promise<Map<string, EntryVerdict>> {
  try {
    const m = deserialize(await readFile(file)) as unknown;
    return m instanceof Map ? (m as Map<string, EntryVerdict>) : new Map();
  } catch {
    return new Map(); // none yet, or unreadable: judge everything
  }
}

async function saveCache(file: string, cache: Map<string, EntryVerdict>): Promise<void> {
  await mkdir(join(file, '..'), { recursive: true });
  const tmp = `${file}.tmp-${process.pid}`;
  await writeFile(tmp, serialize(cache));
  await rename(tmp, file);
}

/** Judges `jobs` on `threads` worker threads, in batches; falls back to this thread if a worker cannot start. */
async function onWorkers(jobs: Job[], threads: number): Promise<EntryVerdict[]> {
  const out: EntryVerdict[] = new Array<EntryVerdict>(jobs.length);
  let next = 0;
  const runWorker = async () => {
    const worker = new Worker(WORKER);
    try {
      for (;;) {
        const start = next;
        if (start >= jobs.length) return;
        next = Math.min(jobs.length, start + BATCH);
        const batch = jobs.slice(start, next);
        const verdicts = await new Promise<EntryVerdict[]>((resolve, reject) => {
          const fail = (e: unknown) => reject(e instanceof Error ? e : new Error(String(e)));
          worker.once('message', (v: EntryVerdict[]) => {
            worker.off('error', fail);
            resolve(v);
          });
          worker.once('error', fail);
          worker.postMessage(batch);
        });
        verdicts.forEach((v, i) => (out[start + i] = v));
      }
    } finally {
      await worker.terminate();
    }
  };
  await Promise.all(Array.from({ length: threads }, runWorker));
  return out;
}

/** Verdicts for every entry file in `files` (by path), from the cache or judged now. */
export async function judgeEntries(
  files: readonly SourceFile[],
  opts: PoolOptions = {},
): Promise<PoolResult> {
  const jobs: Job[] = [];
  for (const f of files) {
    if (f.kind !== undefined || f.size !== undefined) continue; // not a readable text file
    const where = classify(f.path);
    if (where.kind === 'entry') jobs.push([f, where.collection]);
  }
  const version = await checkerVersion();
  const cacheFile = opts.cacheDir ? join(opts.cacheDir, CACHE_FILE) : undefined;
  const cache = cacheFile ? await loadCache(cacheFile) : new Map<string, EntryVerdict>();
  const keys = jobs.map((j) => keyOf(version, j));
  const verdicts = new Map<string, EntryVerdict>();
  const missing: number[] = [];
  jobs.forEach(([file], i) => {
    const hit = cache.get(keys[i] as string);
    if (hit) verdicts.set(file.path, hit);
    else missing.push(i);
  });
  const todo = missing.map((i) => jobs[i] as Job);
  const threads =
    todo.length < (opts.minForWorkers ?? MIN_FOR_WORKERS) || !existsSync(fileURLToPath(WORKER))
      ? 0
      : Math.max(0, opts.threads ?? availableParallelism());
  const judged = threads ? await onWorkers(todo, threads) : todo.map(([f, c]) => judgeEntry(f, c));
  missing.forEach((i, n) => verdicts.set((jobs[i] as Job)[0].path, judged[n] as EntryVerdict));
  if (cacheFile && (todo.length || cache.size !== jobs.length)) {
    // Only the current files' verdicts are kept, so the cache does not grow with every edit.
    const fresh = new Map<string, EntryVerdict>();
    jobs.forEach(([file], i) => fresh.set(keys[i] as string, verdicts.get(file.path) as EntryVerdict));
    await saveCache(cacheFile, fresh);
  }
  return { verdicts, judged: todo.length, cached: jobs.length - todo.length, threads };
}
