/**
 * Node-only: the few read-only git queries the guard needs, run without a shell (arguments are
 * passed as a list, so a ref or path can never be read as a command).
 */
import { execFile, spawn } from 'node:child_process';
import { promisify } from 'node:util';
import type { Change, ChangeStatus } from '../../src/lib/catalog/namespace.ts';
import { CliError } from './cli.ts';

const exec = promisify(execFile);

export async function git(cwd: string, args: string[]): Promise<string> {
  try {
    const { stdout } = await exec('git', args, { cwd, maxBuffer: 64 * 1024 * 1024, encoding: 'utf8' });
    return stdout;
  } catch (e) {
    const err = e as { stderr?: string; message: string };
    throw new CliError(`git ${args.join(' ')} failed: ${(err.stderr ?? err.message).trim().split('\n')[0]}`);
  }
}

/** A ref is passed to git as an argument: refuse anything that could be read as an option. */
export function assertRef(ref: string): string {
  if (!/^[A-Za-z0-9][A-Za-z0-9._/@^~-]*$/.test(ref))
    throw new CliError(
      `"${ref}" is not a git ref this tool accepts`,
      'Use a branch, tag or commit such as origin/main.',
    );
  return ref;
}

/**
 * Changed files between the merge base of `base` and HEAD, from `git diff --raw -z`:
 * `:oldmode newmode oldsha newsha status\0path\0[newpath\0]`. Copies count as additions.
 */
export async function changedFiles(cwd: string, base: string): Promise<Change[]> {
  const out = await git(cwd, [
    'diff',
    '--raw',
    '-z',
    '-M',
    '--no-color',
    '--no-ext-diff',
    `${assertRef(base)}...HEAD`,
    '--',
  ]);
  const parts = out.split('\0');
  const changes: Change[] = [];
  for (let i = 0; i < parts.length - 1;) {
    const meta = parts[i++] ?? '';
    const m = /^:(\d{6}) (\d{6}) [0-9a-f]+ [0-9a-f]+ ([A-Z])\d*$/.exec(meta);
    if (!m) throw new CliError(`cannot read git diff output: ${JSON.stringify(meta.slice(0, 80))}`);
    const [, , mode, letter] = m;
    const first = parts[i++] ?? '';
    if (letter === 'R' || letter === 'C') {
      const second = parts[i++] ?? '';
      changes.push(
        letter === 'R'
          ? { status: 'R', from: first, path: second, mode: mode ?? '' }
          : { status: 'A', path: second, mode: mode ?? '' },
      );
    } else {
      const status: ChangeStatus = letter === 'A' ? 'A' : letter === 'D' ? 'D' : 'M';
      changes.push({ status, path: first, mode: mode ?? '' });
    }
  }
  return changes;
}

/** The text of `path` at `ref`, or undefined when it does not exist there. */
export async function fileAt(cwd: string, ref: string, path: string): Promise<string | undefined> {
  const listed = await git(cwd, ['ls-tree', '-z', '--name-only', assertRef(ref), '--', path]);
  if (!listed) return undefined;
  return git(cwd, ['show', `${ref}:${path}`]);
}

/** Paths of the files directly in `dir` at `ref`. */
export async function filesAt(cwd: string, ref: string, dir: string): Promise<string[]> {
  const out = await git(cwd, [
    'ls-tree',
    '-z',
    '--name-only',
    assertRef(ref),
    '--',
    `${dir.replace(/\/$/, '')}/`,
  ]);
  return out.split('\0').filter(Boolean);
}

/** Tracked files larger than this are not read (none of ours comes close). */
const MAX_TRACKED_BYTES = 16 * 1024 * 1024;

/**
 * Every regular file tracked at `ref`, with its text: UTF-8 when it decodes, else Latin-1 (so a
 * PNG's text chunks still read as text). Read in one `git cat-file --batch`.
 */
export async function trackedFiles(cwd: string, ref: string): Promise<{ path: string; text: string }[]> {
  const listing = await git(cwd, ['ls-tree', '-r', '-z', '--full-tree', assertRef(ref)]);
  const entries = listing
    .split('\0')
    .filter(Boolean)
    .map((line) => {
      const tab = line.indexOf('\t');
      const [mode = '', type = '', sha = ''] = line.slice(0, tab).split(' ');
      return { mode, type, sha, path: line.slice(tab + 1) };
    })
    .filter((e) => e.type === 'blob' && e.mode !== '120000');
  if (!entries.length) return [];
  const out = await new Promise<Buffer>((resolve, reject) => {
    const child = spawn('git', ['cat-file', '--batch'], { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => chunks.push(c));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve(Buffer.concat(chunks)) : reject(new CliError(`git cat-file failed (${code})`)),
    );
    child.stdin.end(entries.map((e) => e.sha).join('\n') + '\n');
  });
  const files: { path: string; text: string }[] = [];
  let at = 0;
  const utf8 = new TextDecoder('utf-8', { fatal: true });
  for (const e of entries) {
    const nl = out.indexOf(0x0a, at);
    const size = Number(out.toString('latin1', at, nl).split(' ')[2]);
    const start = nl + 1;
    const bytes = out.subarray(start, start + size);
    at = start + size + 1;
    if (size > MAX_TRACKED_BYTES) continue;
    let text: string;
    try {
      text = bytes.includes(0) ? bytes.toString('latin1') : utf8.decode(bytes);
    } catch {
      text = bytes.toString('latin1');
    }
    files.push({ path: e.path, text });
  }
  return files;
}
