/** Node-only: what the figures were measured on: CPU, cores, memory, and tool versions. */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM } from './browser.ts';

const version = (repo: string, pkg: string) => {
  const file = join(repo, 'node_modules', pkg, 'package.json');
  return existsSync(file)
    ? (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version
    : 'not installed';
};

export function machineInfo(repo: string): Record<string, string> {
  let chromium = 'not found';
  if (existsSync(CHROMIUM)) {
    try {
      chromium = execFileSync(CHROMIUM, ['--version'], {
        encoding: 'utf8',
        timeout: 20_000,
        stdio: ['ignore', 'pipe', 'ignore'],
      }).trim();
    } catch {
      chromium = 'present (version not readable)';
    }
  }
  const cpu = cpus();
  return {
    date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
    CPU: `${cpu[0]?.model.trim() ?? 'unknown'} (${cpu.length} cores)`,
    RAM: `${(totalmem() / 2 ** 30).toFixed(1)} GiB`,
    'load average (1, 5, 15 min) when written': loadavg()
      .map((x) => x.toFixed(2))
      .join(', '),
    Node: process.version,
    Astro: version(repo, 'astro'),
    '@astrojs/mdx': version(repo, '@astrojs/mdx'),
    Pagefind: version(repo, 'pagefind'),
    Chromium: chromium,
    'playwright-core': version(repo, 'playwright-core'),
    Lighthouse: version(repo, 'lighthouse'),
    MiniSearch: version(repo, 'minisearch'),
    jose: version(repo, 'jose'),
    'did-jwt-vc': version(repo, 'did-jwt-vc'),
    '@digitalcredentials/verifier-core': version(repo, '@digitalcredentials/verifier-core'),
  };
}

/** The machine as docs/benchmarks.json's figures name it (numbers as numbers). */
export function machineFigures(): { cpu: string; cores: number; ram_gib: number; node: string } {
  const cpu = cpus();
  return {
    cpu: cpu[0]?.model.trim() ?? 'unknown',
    cores: cpu.length,
    ram_gib: Number((totalmem() / 2 ** 30).toFixed(1)),
    node: process.version,
  };
}
