/**
 * npm run guard reads every tracked file for private keys, not only the changed ones: a forced
 * commit of .keys/ is denied, a key committed earlier is still reported, and throwaway test keys
 * under test/ are flagged for review when a pull request adds them.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../helpers/content.ts';

const exec = promisify(execFile);
const ENV = {
  ...process.env,
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_AUTHOR_NAME: 't',
  GIT_AUTHOR_EMAIL: 't@example.org',
  GIT_COMMITTER_NAME: 't',
  GIT_COMMITTER_EMAIL: 't@example.org',
  GITHUB_ACTIONS: '',
};
const KEY = JSON.stringify({
  kty: 'EC',
  crv: 'P-256',
  x: 'f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU',
  y: 'x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0',
  d: 'jpsQnnGQmL-YBIffH1136cspYG6-0iY7X1fCE9-E9LI',
});
let repo: string;
const git = (...args: string[]) => exec('git', args, { cwd: repo, env: ENV });
const put = async (path: string, text: string) => {
  await mkdir(dirname(join(repo, path)), { recursive: true });
  await writeFile(join(repo, path), text);
};

beforeAll(async () => {
  repo = await mkdtemp(join(tmpdir(), 'stackable-guard-keys-'));
  await git('init', '-q', '-b', 'main');
  await put('.gitignore', '.keys/\n');
  await put('.github/catalog-maintainers.txt', 'stackable-maintainers\n');
  await put('content/issuers/riverbend-usd.md', '---\nname: X\nmaintainers: [riverbend-pl-office]\n---\n');
  await put('docs/setup.md', `# Setup\n\nOur key:\n\n${KEY}\n`);
  await put('test/fixtures/old-key.json', KEY);
  await git('add', '-A');
  await git('commit', '-q', '-m', 'base');
  await git('checkout', '-q', '-b', 'pr');
  await put('.keys/riverbend-usd/abc.private.jwk.json', KEY);
  await put('test/fixtures/new-key.json', `${KEY}\n`);
  await put('content/credentials/riverbend-usd/a.mdx', 'a\n');
  await git('add', '-A');
  await git('add', '-f', '.keys');
  await git('commit', '-q', '-m', 'pr');
});
afterAll(() => rm(repo, { recursive: true, force: true }));

describe('npm run guard: private keys in the tracked tree', () => {
  it('denies the forced key store and the key committed earlier, reviews the new test key', async () => {
    let r: { code: number; stdout: string };
    try {
      const ok = await exec(
        process.execPath,
        [join(REPO_ROOT, 'scripts/guard.ts'), '--base', 'main', '--author', 'riverbend-pl-office'],
        { cwd: repo, env: ENV },
      );
      r = { code: 0, stdout: ok.stdout };
    } catch (e) {
      r = e as { code: number; stdout: string };
    }
    expect(r.code).toBe(1);
    expect(r.stdout.split('\n').filter((l) => !l.startsWith(' '))).toEqual([
      'DENIED  A .keys/riverbend-usd/abc.private.jwk.json',
      'allowed A content/credentials/riverbend-usd/a.mdx',
      'review  A test/fixtures/new-key.json',
      'Files this pull request does not change, holding private keys:',
      'DENIED    docs/setup.md',
      '2 denied, 1 for maintainer review, 1 allowed',
      '',
    ]);
    expect(r.stdout).toContain('holds the private JWK member "d" (line 5): private keys are never committed');
    expect(r.stdout).toContain('only throwaway test keys belong under test/');
    expect(r.stdout).not.toContain('old-key.json');
  });
});
