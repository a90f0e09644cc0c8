/**
 * The issuer's private keys on their own machine: `.keys/<issuer>/<kid>.private.jwk.json`,
 * mode 0600, in a folder git ignores. Nothing here is ever published.
 */
import { chmod, link, lstat, mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { JWK } from 'jose';
import { CliError } from './cli.ts';

export const privateKeyPath = (keys: string, issuer: string, kid: string) =>
  join(keys, issuer, `${kid}.private.jwk.json`);

export interface StagedKey {
  /** Where the key will be once committed. */
  path: string;
  /** Moves the key into place; fails, and leaves nothing, if a file is already there. */
  commit(): Promise<void>;
  /** Removes the staged key. */
  discard(): Promise<void>;
}

/**
 * Writes a private JWK (mode 0600, in a 0700 folder) to a temporary name next to where it goes,
 * so keygen can update the issuer file first and only then give the key its name: a failure on
 * either side leaves neither a published key without its private half nor an orphaned private key.
 */
export async function stagePrivateKey(
  keys: string,
  issuer: string,
  kid: string,
  jwk: JWK,
): Promise<StagedKey> {
  const path = privateKeyPath(keys, issuer, kid);
  if (await lstat(path).catch(() => undefined))
    throw new CliError(`${path} already exists; not overwriting a private key`);
  await mkdir(dirname(path), { recursive: true, mode: 0o700 });
  const tmp = `${path}.tmp-${process.pid}`;
  await writeFile(tmp, `${JSON.stringify(jwk, null, 2)}\n`, { mode: 0o600, flag: 'wx' });
  await chmod(tmp, 0o600);
  return {
    path,
    // link() refuses to replace an existing file, where rename() would silently overwrite it.
    commit: async () => {
      await link(tmp, path);
      await rm(tmp, { force: true });
    },
    discard: () => rm(tmp, { force: true }),
  };
}

/** Replaces a file's text in one step (a temporary file renamed over it), keeping its mode. */
export async function writeFileAtomic(path: string, text: string): Promise<void> {
  const mode = (await stat(path).catch(() => undefined))?.mode;
  const tmp = `${path}.tmp-${process.pid}`;
  await writeFile(tmp, text, mode === undefined ? {} : { mode: mode & 0o777 });
  try {
    await rename(tmp, path);
  } catch (e) {
    await rm(tmp, { force: true });
    throw e;
  }
}

/** Loads a private JWK from an explicit file, or finds the one for `kid` in the key store. */
export async function loadPrivateKey(opts: {
  file?: string;
  keys: string;
  issuer: string;
  kids: readonly string[];
}): Promise<{ jwk: JWK; path: string }> {
  const candidates = opts.file ? [opts.file] : await keyFilesFor(opts.keys, opts.issuer, opts.kids);
  for (const path of candidates) {
    const st = await stat(path).catch(() => undefined);
    if (!st) continue;
    if ((st.mode & 0o077) !== 0) {
      console.warn(`warning: ${path} is readable by other users; run chmod 600 on it`);
    }
    let jwk: JWK;
    try {
      jwk = JSON.parse(await readFile(path, 'utf8')) as JWK;
    } catch {
      throw new CliError(`${path} is not a JSON Web Key`);
    }
    if (!jwk.d) throw new CliError(`${path} holds no private key (no "d" member)`);
    return { jwk, path };
  }
  throw new CliError(
    opts.file
      ? `no private key file at ${opts.file}`
      : `no private key for issuer "${opts.issuer}" in ${join(opts.keys, opts.issuer)}`,
    'Create one with npm run keygen -- --issuer <id>, or point to it with --key <file>.',
  );
}

async function keyFilesFor(keys: string, issuer: string, kids: readonly string[]): Promise<string[]> {
  const dir = join(keys, issuer);
  const names = await readdir(dir).catch(() => [] as string[]);
  return kids
    .map((kid) => `${kid}.private.jwk.json`)
    .filter((n) => names.includes(n))
    .map((n) => join(dir, n));
}
