/**
 * npm run issue's guards for an issuer's mistakes: an expiry date already past is refused
 * (given as a flag or in a CSV row) unless --allow-past says it is meant; and a batch
 * interrupted with Ctrl-C stops between two badges (each recorded badge complete, none half-written),
 * says how many it issued and how to resume, and resuming issues only the rest.
 */
import { execFile, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JOURNAL, MANIFEST } from '../../../scripts/lib/issue-progress.ts';
import { REPO_ROOT } from '../../helpers/content.ts';
import { copyKeylessContent } from '../../helpers/keyless-content.ts';

const exec = promisify(execFile);
let dir: string;
let env: NodeJS.ProcessEnv;
const CREDENTIAL = ['--credential', 'riverbend-usd/hinge-questions'];

async function cli(script: string, ...args: string[]) {
  try {
    const r = await exec(process.execPath, [join(REPO_ROOT, 'scripts', script), ...args], { env, cwd: dir });
    return { code: 0, err: r.stderr };
  } catch (e) {
    const x = e as { code: number; stderr: string };
    return { code: x.code, err: x.stderr };
  }
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'stackable-issue-'));
  copyKeylessContent(join(dir, 'content'));
  env = { ...process.env, STACKABLE_CONTENT: join(dir, 'content'), STACKABLE_KEYS: join(dir, 'keys') };
  const k = await cli('keygen.ts', '--issuer', 'riverbend-usd');
  expect(k.code, k.err).toBe(0);
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('expiry dates in the past', () => {
  it('refuses --valid-until in the past, unless --allow-past', async () => {
    const out = join(dir, 'past');
    const refused = await cli(
      'issue.ts',
      ...CREDENTIAL,
      '--email',
      'a@example.org',
      '--valid-until',
      '2020-01-01',
      '--out',
      out,
    );
    expect(refused.code).toBe(1);
    expect(refused.err).toContain(
      '--valid-until 2020-01-01 is in the past: the badge would be expired when issued',
    );
    expect(refused.err).toContain('--allow-past');
    expect(existsSync(out)).toBe(false);
    const allowed = await cli(
      'issue.ts',
      ...CREDENTIAL,
      '--email',
      'a@example.org',
      '--valid-until',
      '2020-01-01',
      '--allow-past',
      '--out',
      out,
    );
    expect(allowed.code, allowed.err).toBe(0);
    const future = await cli(
      'issue.ts',
      ...CREDENTIAL,
      '--email',
      'b@example.org',
      '--valid-until',
      '2999-01-01',
      '--out',
      join(dir, 'future'),
    );
    expect(future.code, future.err).toBe(0);
  }, 60_000);

  it('refuses CSV rows whose valid_until is past, by line, before issuing anything', async () => {
    const csv = join(dir, 'past.csv');
    writeFileSync(csv, 'email,valid_until\nc@example.org,2999-01-01\nd@example.org,2019-06-30\n');
    const r = await cli('issue.ts', ...CREDENTIAL, '--csv', csv, '--out', join(dir, 'past-csv'));
    expect(r.code).toBe(1);
    expect(r.err).toContain('has 1 row(s) whose valid_until is in the past; nothing was issued');
    expect(r.err).toContain('line 3: valid_until 2019-06-30');
    expect(existsSync(join(dir, 'past-csv'))).toBe(false);
  }, 60_000);
});

describe('Ctrl-C during a batch', () => {
  it('says how many were issued and how to resume; the same command then issues only the rest', async () => {
    const rows = 1000;
    const csv = join(dir, 'big.csv');
    writeFileSync(csv, `email\n${Array.from({ length: rows }, (_, i) => `r${i}@example.org`).join('\n')}\n`);
    const out = join(dir, 'big');
    const args = [join(REPO_ROOT, 'scripts/issue.ts'), ...CREDENTIAL, '--csv', csv, '--out', out];
    const child = spawn(process.execPath, args, { env, cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    const journal = join(out, JOURNAL);
    const started = Date.now();
    while (!(existsSync(journal) && readFileSync(journal, 'utf8').split('\n').length > 3)) {
      if (Date.now() - started > 60_000) throw new Error(`no badge issued in a minute: ${err}`);
      await new Promise((r) => setTimeout(r, 5));
    }
    child.kill('SIGINT');
    const code = await new Promise<number | null>((r) => child.on('close', r));
    expect(code, err).toBe(130);
    const issued = Number(/this run issued (\d+) badges?/.exec(err)?.[1]);
    expect(issued).toBeGreaterThanOrEqual(3);
    expect(issued).toBeLessThan(rows);
    expect(err).toContain(`recorded in ${out}/manifest.json`);
    expect(err).toContain(
      `To issue the rest, run the same command again: npm run issue -- ${CREDENTIAL.join(' ')} --csv ${csv} --out ${out}`,
    );
    // The run stopped between two badges: the manifest holds exactly the badges issued, each
    // complete (all four files), no other badge folder exists, and the journal is folded in.
    const stopped = JSON.parse(readFileSync(join(out, MANIFEST), 'utf8')) as {
      recipients: Record<string, { folder: string; statusIndex: number }>;
    };
    const entries = Object.values(stopped.recipients);
    expect(entries).toHaveLength(issued);
    for (const e of entries)
      for (const f of ['badge.jwt', 'credential-unsigned.json', 'badge.svg', 'badge.png'])
        expect(existsSync(join(out, e.folder, f)), `${e.folder}/${f}`).toBe(true);
    expect(readdirSync(out).filter((n) => n !== MANIFEST)).toHaveLength(issued);
    expect(existsSync(join(out, JOURNAL))).toBe(false);
    expect(new Set(entries.map((e) => e.statusIndex)).size).toBe(issued);
    // Badges prepared ahead had their status indexes written before the run returned: no list
    // file is left half-written beside the real ones.
    const lists = join(dir, 'content', 'status');
    const stray = readdirSync(lists, { recursive: true, encoding: 'utf8' }).filter((n) =>
      n.includes('.tmp-'),
    );
    expect(stray).toEqual([]);

    const resumed = await cli('issue.ts', ...CREDENTIAL, '--csv', csv, '--out', out);
    expect(resumed.code, resumed.err).toBe(0);
    expect(resumed.err).toContain(`Issued ${rows - issued} badges`);
    expect(resumed.err).toContain(`${issued} recipient(s) already had a badge`);
    const manifest = JSON.parse(readFileSync(join(out, MANIFEST), 'utf8')) as {
      recipients: Record<string, { statusIndex: number }>;
    };
    expect(Object.keys(manifest.recipients)).toHaveLength(rows);
    // No status index is used twice, across the interrupted run and its resumption.
    expect(new Set(Object.values(manifest.recipients).map((e) => e.statusIndex)).size).toBe(rows);
  }, 300_000);
});
