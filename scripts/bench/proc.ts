/**
 * Node-only: runs a command and measures it: wall time, the peak resident memory of its
 * largest process (from GNU time, as the kernel's ru_maxrss reports it) and the peak of the
 * whole process tree's resident memory (sampled from /proc every 200 ms, so a build's helper
 * processes such as Pagefind's indexer count too).
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface RunResult {
  wallMs: number;
  /** Peak RSS of the largest single process, bytes (undefined without /usr/bin/time). */
  maxRss?: number;
  /** Peak of the summed RSS of the process tree, bytes (sampled). */
  treeRss: number;
  stdout: string;
  stderr: string;
  code: number;
}

const TIME = '/usr/bin/time';
const PAGE = 4096;

/** Summed RSS (bytes) of `root` and all its descendants, from /proc. */
function treeRss(root: number): number {
  const parent = new Map<number, number>();
  const rss = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parent.set(Number(name), Number(fields[1]));
      rss.set(Number(name), Number(fields[21]) * PAGE);
    } catch {
      // the process ended while we looked
    }
  }
  let total = 0;
  for (const [pid, size] of rss) {
    for (let p: number | undefined = pid; p !== undefined && p > 1; p = parent.get(p)) {
      if (p === root) {
        total += size;
        break;
      }
    }
  }
  return total;
}

export function runMeasured(
  cmd: string,
  args: string[],
  opts: { cwd?: string; env?: NodeJS.ProcessEnv; onLine?: (line: string) => void } = {},
): Promise<RunResult> {
  const useTime = existsSync(TIME);
  const timeFile = join(tmpdir(), `bench-time-${process.pid}-${Date.now()}.txt`);
  const [file, argv] = useTime ? [TIME, ['-f', '%M', '-o', timeFile, cmd, ...args]] : [cmd, args];
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(file, argv, {
      cwd: opts.cwd,
      env: opts.env ?? process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let peak = 0;
    const sample = () => {
      if (child.pid) peak = Math.max(peak, treeRss(child.pid));
    };
    const timer = setInterval(sample, 200);
    const lines = (chunk: string) => {
      if (opts.onLine) for (const l of chunk.split('\n')) if (l.trim()) opts.onLine(l);
    };
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      stdout += d;
      lines(d);
    });
    child.stderr.setEncoding('utf8').on('data', (d: string) => {
      stderr += d;
      lines(d);
    });
    child.on('error', (e) => {
      clearInterval(timer);
      reject(e);
    });
    child.on('close', (code) => {
      clearInterval(timer);
      const wallMs = performance.now() - started;
      let maxRss: number | undefined;
      if (useTime && existsSync(timeFile)) {
        const kb = Number(readFileSync(timeFile, 'utf8').trim().split('\n').at(-1));
        if (Number.isFinite(kb)) maxRss = kb * 1024;
        rmSync(timeFile, { force: true });
      }
      resolve({
        wallMs,
        ...(maxRss !== undefined ? { maxRss } : {}),
        treeRss: peak,
        stdout,
        stderr,
        code: code ?? 1,
      });
    });
  });
}

/** Total size in bytes and number of files under a folder. */
export function folderSize(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile()) {
        bytes += statSync(p).size;
        files++;
      }
    }
  };
  if (existsSync(dir)) walk(dir);
  return { bytes, files };
}
