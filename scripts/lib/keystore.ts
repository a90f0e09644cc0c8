/**
 * The issuer's private keys on their own machine: `.keys/<issuer>/<kid>.private.jwk.json`,
 * mode 0600, in a folder git ignores. Nothing here is ever published.
 */
import { chmod, mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { JWK } from 'jose';
import { CliError } from './cli.ts';

export const privateKeyPath = (keys: string, issuer: string, kid: string) =>
  join(keys, issuer, `${kid}.private.jwk.json`);

export async function savePrivateKey(keys: string, issuer: string, kid: string, jwk: JWK): Promise<string> {
  const dir = join(keys, issuer);
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const path = privateKeyPath(keys, issuer, kid);
  await writeFile(path, `${JSON.stringify(jwk, null, 2)}\n`, { mode: 0o600, flag: 'wx' });
  await chmod(path, 0o600);
  return path;
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
