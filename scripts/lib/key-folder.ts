/**
 * Where keygen may keep private keys: never in a folder that is published or could be committed.
 * Refused: the content folder; public/, content/, src/ and dist/ of the repository (published,
 * or built into what is); any folder git tracks files in; and, inside a git repository, any
 * folder git does not ignore (`git add .` would pick the key up). The default, .keys/, is
 * ignored by .gitignore. Outside a repository, any folder but the content folder will do.
 */
import { execFile } from 'node:child_process';
import { realpath } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { promisify } from 'node:util';
import { CliError } from './cli.ts';

const exec = promisify(execFile);

/** Folders of the repository whose files are published, or become part of what is. */
export const PUBLISHED_FOLDERS = ['public', 'content', 'src', 'dist'] as const;

/** The nearest folder of `path` (itself or an ancestor) that exists, through symbolic links, and the rest. */
async function existing(path: string): Promise<{ dir: string; tail: string[] }> {
  const tail: string[] = [];
  for (let p = resolve(path); ; p = dirname(p)) {
    const r = await realpath(p).catch(() => undefined);
    if (r !== undefined) return { dir: r, tail: tail.reverse() };
    if (dirname(p) === p) return { dir: p, tail: tail.reverse() };
    tail.push(basename(p));
  }
}

const real = async (path: string) => {
  const { dir, tail } = await existing(path);
  return join(dir, ...tail);
};

const inside = (child: string, parent: string) => {
  const rel = relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
};

const gitRoot = (cwd: string) =>
  exec('git', ['rev-parse', '--show-toplevel'], { cwd }).then(
    (r) => r.stdout.trim(),
    () => undefined,
  );

/** The folder as the user named it: relative to the current folder when inside it. */
const shown = (keys: string) => {
  const rel = relative(process.cwd(), resolve(keys));
  return rel === '' ? '.' : rel.startsWith('..') || isAbsolute(rel) ? resolve(keys) : rel;
};

const refuse = (keys: string, why: string) =>
  new CliError(
    `will not keep private keys in ${shown(keys)}: ${why}`,
    'Use the default key store (.keys/, ignored by git), a folder outside the repository, or --print for a secrets manager.',
  );

/** Throws a CliError when `keys` is not a safe place for private keys. */
export async function assertPrivateKeyFolder(keys: string, content: string): Promise<void> {
  const dir = await real(keys);
  if (inside(dir, await real(content)))
    throw refuse(keys, 'it is inside the content folder, which is published with the site');
  const root = await gitRoot((await existing(keys)).dir);
  if (!root) return;
  const rootReal = await real(root);
  if (!inside(dir, rootReal)) return;
  const rel = relative(rootReal, dir).split(sep).join('/');
  if (rel === '') throw refuse(keys, 'it is the repository itself');
  const top = rel.split('/')[0] ?? '';
  if ((PUBLISHED_FOLDERS as readonly string[]).includes(top))
    throw refuse(keys, `${top}/ is published with the site (or built into it)`);
  const tracked = await exec('git', ['ls-files', '-z', '--', rel], { cwd: rootReal });
  if (tracked.stdout.length > 0)
    throw refuse(keys, 'git tracks files in it, so a key there could be committed');
  const ignored = await exec('git', ['check-ignore', '-q', '--no-index', `${rel}/`], { cwd: rootReal }).then(
    () => true,
    () => false,
  );
  if (!ignored)
    throw refuse(
      keys,
      'it is inside the repository and git does not ignore it, so `git add` would commit the key',
    );
}
