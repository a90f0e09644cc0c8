/**
 * npm run guard on a real (throw-away) git repository: it reads the change list from
 * `git diff base...HEAD` and the issuer files and catalog maintainers from the base branch, and
 * fails only on denials.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../helpers/content.ts';

const exec = promisify(execFile);
const SCRIPT = join(REPO_ROOT, 'scripts/guard.ts');
let repo: string;

const ENV = {
  ...process.env,
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_AUTHOR_NAME: 't',
  GIT_AUTHOR_EMAIL: 't@example.org',
  GIT_COMMITTER_NAME: 't',
  GIT_COMMITTER_EMAIL: 't@example.org',
  GITHUB_ACTIONS: '',
  GITHUB_STEP_SUMMARY: '',
};
const git = (...args: string[]) => exec('git', args, { cwd: repo, env: ENV });
const put = async (path: string, text: string) => {
  await mkdir(dirname(join(repo, path)), { recursive: true });
  await writeFile(join(repo, path), text);
};
const issuer = (maintainers: string[]) =>
  `---\nname: X\nmaintainers: [${maintainers.join(', ')}]\n---\n\nBody.\n`;

async function guard(args: string[], env: Record<string, string> = {}) {
  try {
    const r = await exec(process.execPath, [SCRIPT, ...args], { cwd: repo, env: { ...ENV, ...env } });
    return { code: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

beforeAll(async () => {
  repo = await mkdtemp(join(tmpdir(), 'stackable-guard-'));
  await git('init', '-q', '-b', 'main');
  await put('.github/catalog-maintainers.txt', '# who\nstackable-maintainers\n');
  await put('content/issuers/riverbend-usd.md', issuer(['riverbend-pl-office']));
  await put('content/issuers/lakemont-cli.md', issuer(['lakemont-cli-team']));
  await put('content/credentials/riverbend-usd/a.mdx', 'a\n');
  await put('content/credentials/lakemont-cli/b.mdx', 'b\n');
  await put('content/recognizers/state-board.md', issuer(['board-team']));
  await git('add', '-A');
  await git('commit', '-q', '-m', 'base');
  await git('checkout', '-q', '-b', 'pr');
  await put('content/credentials/riverbend-usd/a.mdx', 'a, changed\n');
  await put('content/credentials/riverbend-usd/new.mdx', 'new\n');
  await git('mv', 'content/credentials/lakemont-cli/b.mdx', 'content/credentials/riverbend-usd/b.mdx');
  await put('content/issuers/riverbend-usd.md', issuer(['riverbend-pl-office', 'friend']));
  await put('.github/catalog-maintainers.txt', 'stackable-maintainers\nriverbend-pl-office\n');
  await symlink('/etc/passwd', join(repo, 'content/credentials/riverbend-usd/passwd.mdx'));
  await put('content/images/riverbend-usd/odd\tname.png', 'x');
  await git('add', '-A');
  await git('commit', '-q', '-m', 'pr');
});
afterAll(() => rm(repo, { recursive: true, force: true }));

describe('npm run guard', () => {
  it('decides every changed file, denies what the author may not change, and exits 1', async () => {
    const r = await guard(['--base', 'main', '--author', 'riverbend-pl-office']);
    expect(r.code).toBe(1);
    const lines = r.stdout.split('\n').filter((l) => !l.startsWith(' '));
    expect(lines).toEqual([
      'DENIED  M .github/catalog-maintainers.txt',
      'allowed M content/credentials/riverbend-usd/a.mdx',
      'DENIED  D content/credentials/lakemont-cli/b.mdx',
      'allowed A content/credentials/riverbend-usd/b.mdx',
      'allowed A content/credentials/riverbend-usd/new.mdx',
      'DENIED  A content/credentials/riverbend-usd/passwd.mdx',
      'DENIED  A content/images/riverbend-usd/odd\tname.png',
      'review  M content/issuers/riverbend-usd.md',
      '4 denied, 1 for maintainer review, 3 allowed',
      '',
    ]);
    expect(r.stdout).toContain('changes who maintains riverbend-usd: adds friend');
    expect(r.stdout).toContain('is a symbolic link');
  });

  it('passes a catalog maintainer (from the base branch), still listing what needs review', async () => {
    const r = await guard(['--base', 'main', '--author', 'stackable-maintainers', '--format', 'json']);
    const result = JSON.parse(r.stdout) as { ok: boolean; decisions: { path: string; decision: string }[] };
    expect(result.ok).toBe(false); // the symbolic link and the odd name are denied for everyone
    expect(result.decisions.filter((d) => d.decision === 'denied').map((d) => d.path)).toEqual([
      'content/credentials/riverbend-usd/passwd.mdx',
      'content/images/riverbend-usd/odd\tname.png',
    ]);
    expect(result.decisions.find((d) => d.path === '.github/catalog-maintainers.txt')?.decision).toBe(
      'needs-review',
    );
  });

  it('prints GitHub annotations and a step summary in Actions', async () => {
    const summary = join(repo, '..', `summary-${Date.now()}.md`);
    await writeFile(summary, '');
    const r = await guard(['--base', 'main', '--author', 'lakemont-cli-team'], {
      GITHUB_ACTIONS: 'true',
      GITHUB_STEP_SUMMARY: summary,
    });
    expect(r.stdout).toMatch(
      /^::error file=content\/credentials\/riverbend-usd\/a\.mdx,line=1,title=namespace::is in riverbend-usd's namespace/m,
    );
    expect(r.stdout).toMatch(
      /^::error file=content\/issuers\/riverbend-usd\.md,line=1,title=namespace::is riverbend-usd's issuer file/m,
    );
    expect(await readFile(summary, 'utf8')).toContain('### Namespace guard for @lakemont-cli-team');
    await rm(summary);
  });

  it("reads recognizer files from the base branch: another recognizer's rules are denied", async () => {
    await git('checkout', '-q', '-b', 'pr-recognizer', 'main');
    try {
      await put('content/recognizers/state-board.md', issuer(['board-team', 'county-hr']));
      await put('content/policies/state-board/renewal.md', 'policy\n');
      await put('content/recognizers/county-schools.md', issuer(['county-hr']));
      await git('add', '-A');
      await git('commit', '-q', '-m', 'recognizer pr');
      const r = await guard(['--base', 'main', '--author', 'county-hr']);
      expect(r.code).toBe(1);
      expect(r.stdout.split('\n').filter((l) => !l.startsWith(' '))).toEqual([
        'DENIED  A content/policies/state-board/renewal.md',
        'review  A content/recognizers/county-schools.md',
        'DENIED  M content/recognizers/state-board.md',
        '2 denied, 1 for maintainer review, 0 allowed',
        '',
      ]);
      expect(r.stdout).toContain("is state-board's recognizer file; only its maintainers (board-team)");
      const own = await guard(['--base', 'main', '--author', 'board-team']);
      expect(own.stdout).toContain('changes who maintains state-board: adds county-hr');
    } finally {
      await git('checkout', '-q', 'pr');
    }
  });

  it('refuses refs and logins that could be read as options', async () => {
    const option = await guard(['--base', '--output=/tmp/x', '--author', 'a']);
    expect(option.code).toBe(2);
    expect(option.stderr).toContain("Option '--base' argument is ambiguous");
    expect((await guard(['--base', 'main', '--author=-rf'])).stderr).toContain('is not a GitHub login');
    expect((await guard(['--base=-p', '--author', 'a'])).stderr).toContain('is not a git ref');
    expect((await guard(['--base', 'main;rm', '--author', 'a'])).stderr).toContain('is not a git ref');
  });
});
