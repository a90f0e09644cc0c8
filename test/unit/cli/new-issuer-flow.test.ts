/**
 * The whole path a new issuer walks, with the real CLIs on a scratch copy of the repository (a
 * git repository, as an issuer's clone is): new issuer → keygen → new credential → check →
 * build → issue → verify → revoke → rotate. Each step must work on what the one before left,
 * and keygen must refuse, leaving nothing behind, where it could leak a key or silently change
 * which key signs.
 */
import { execFile } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALL_PLACEHOLDERS } from '../../../src/lib/catalog/scaffold/placeholders.ts';
import { REPO_ROOT } from '../../helpers/content.ts';

const exec = promisify(execFile);
let dir: string;
const { STACKABLE_CONTENT: _c, STACKABLE_KEYS: _k, ...inherited } = process.env;
/** The defaults, as an issuer has them: content/ and .keys/ in the current folder. */
const ENV = {
  ...inherited,
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_AUTHOR_NAME: 't',
  GIT_AUTHOR_EMAIL: 't@example.org',
  GIT_COMMITTER_NAME: 't',
  GIT_COMMITTER_EMAIL: 't@example.org',
};

async function cli(script: string, ...args: string[]): Promise<{ code: number; out: string; err: string }> {
  try {
    const r = await exec(process.execPath, [join(REPO_ROOT, 'scripts', script), ...args], {
      cwd: dir,
      env: ENV,
      maxBuffer: 16 * 1024 * 1024,
    });
    return { code: 0, out: r.stdout, err: r.stderr };
  } catch (e) {
    const x = e as { code: number; stdout: string; stderr: string };
    return { code: x.code, out: x.stdout, err: x.stderr };
  }
}

const ISSUER = 'content/issuers/north-county.md';
const read = (p: string) => readFileSync(join(dir, p), 'utf8');
/** Every file under a folder of the scratch copy, recursively. */
const filesUnder = (p: string): string[] =>
  existsSync(join(dir, p)) ? readdirSync(join(dir, p), { recursive: true, encoding: 'utf8' }) : [];
const kids = () => [...read(ISSUER).matchAll(/kid: ([A-Za-z0-9_-]{43})/g)].map((m) => m[1]);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'stackable-flow-'));
  cpSync(join(REPO_ROOT, 'content'), join(dir, 'content'), { recursive: true });
  writeFileSync(join(dir, '.gitignore'), '.keys/\ndist/\n');
  await exec('git', ['init', '-q', '-b', 'main'], { cwd: dir, env: ENV });
  await exec('git', ['add', '-A'], { cwd: dir, env: ENV });
  await exec('git', ['commit', '-q', '-m', 'catalog'], { cwd: dir, env: ENV });
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a new issuer, from nothing to a rotated key', () => {
  it('npm run new -- issuer writes a file keygen can add a key to', async () => {
    const r = await cli(
      'new.ts',
      'issuer',
      '--id',
      'north-county',
      '--name',
      'North County Schools',
      '--kind',
      'school-district',
      '--url',
      'https://north-county.example',
      '--email',
      'pl@north-county.example',
      '--maintainers',
      'north-county-pl',
      '--yes',
    );
    expect(r.code, r.err).toBe(0);
    expect(read(ISSUER)).toContain('keys: []');
    const k = await cli('keygen.ts', '--issuer', 'north-county', '--alg', 'EdDSA');
    expect(k.code, k.err).toBe(0);
    expect(read(ISSUER)).toMatch(/\nkeys:\n {2}- kid: [A-Za-z0-9_-]{43}\n {4}alg: EdDSA\n/);
    const [key] = filesUnder('.keys/north-county');
    expect(key).toBe(`${kids()[0]}.private.jwk.json`);
    expect(statSync(join(dir, '.keys/north-county', key ?? '')).mode & 0o777).toBe(0o600);
  }, 180_000);

  it('keygen refuses published, tracked or committable key folders, and leaves nothing behind', async () => {
    const before = read(ISSUER);
    for (const [folder, why] of [
      ['public/keys', 'public/ is published with the site'],
      ['content/keys', 'inside the content folder, which is published'],
      ['src/keys', 'src/ is published with the site'],
      ['dist/keys', 'dist/ is published with the site'],
      ['content', 'inside the content folder'],
      ['keys', 'git does not ignore it'],
      ['.', 'it is the repository itself'],
    ] as const) {
      const r = await cli('keygen.ts', '--issuer', 'north-county', '--rotate', '--keys', folder);
      expect(r.code, folder).toBe(1);
      expect(r.err, folder).toContain(`will not keep private keys in ${folder}: `);
      expect(r.err, folder).toContain(why);
    }
    expect(read(ISSUER)).toBe(before);
    for (const folder of ['public', 'src', 'dist', 'keys'])
      expect(existsSync(join(dir, folder)), folder).toBe(false);
    expect(filesUnder('content').some((f) => f.includes('private'))).toBe(false);
  }, 180_000);

  it('keygen refuses a second key without --rotate or --default, changing nothing', async () => {
    const before = read(ISSUER);
    const r = await cli('keygen.ts', '--issuer', 'north-county');
    expect(r.code).toBe(1);
    expect(r.err).toContain('north-county already has a key in force');
    expect(r.err).toContain('a new key would silently become the one that signs');
    expect(r.err).toContain('--default');
    expect(read(ISSUER)).toBe(before);
    expect(filesUnder('.keys/north-county')).toHaveLength(1);
  }, 180_000);

  it('keygen is all or nothing: when the key cannot be written, the issuer file is as it was', async () => {
    const before = read(ISSUER);
    writeFileSync(join(dir, 'not-a-folder'), 'x');
    const r = await cli(
      'keygen.ts',
      '--issuer',
      'north-county',
      '--rotate',
      '--keys',
      join(dir, 'not-a-folder'),
    );
    expect(r.code).toBe(1);
    expect(read(ISSUER)).toBe(before);
    rmSync(join(dir, 'not-a-folder'));
  }, 180_000);

  let badge = '';
  let kept = '';
  const issue = async (email: string, out: string) => {
    const r = await cli(
      'issue.ts',
      '--credential',
      'north-county/exit-tickets',
      '--email',
      email,
      '--out',
      join(dir, out),
    );
    expect(r.code, r.err).toBe(0);
    const folder = filesUnder(out).find((f) => /^0001-[^/]*$/.test(f)) ?? '';
    return { err: r.err, png: join(dir, out, folder, 'badge.png'), jwt: join(dir, out, folder, 'badge.jwt') };
  };
  it('new credential → check → build → issue → verify', async () => {
    const c = await cli(
      'new.ts',
      'credential',
      '--issuer',
      'north-county',
      '--title',
      'Exit Tickets That Change Tomorrow’s Lesson',
      '--slug',
      'exit-tickets',
      '--hours',
      '10',
      '--subjects',
      'assessment',
      '--grade-bands',
      'K-2,3-5',
      '--yes',
    );
    expect(c.code, c.err).toBe(0);
    // The author writes their own text and publishes it.
    const file = 'content/credentials/north-county/exit-tickets.mdx';
    let text = read(file).replace('status: draft', 'status: active');
    ALL_PLACEHOLDERS.forEach(
      (p, i) => (text = text.split(p).join(`North County wrote sentence ${i + 1} itself.`)),
    );
    writeFileSync(join(dir, file), text);
    const check = await cli('check.ts', '--root', dir);
    expect(check.code, check.out).toBe(0);

    const build = await exec(
      process.execPath,
      [join(REPO_ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'],
      {
        cwd: REPO_ROOT,
        env: {
          ...ENV,
          STACKABLE_CONTENT: join(dir, 'content'),
          STACKABLE_OUT: join(dir, 'dist'),
          STACKABLE_CACHE: join(dir, 'cache'),
        },
        maxBuffer: 64 * 1024 * 1024,
      },
    );
    expect(build.stderr).not.toMatch(/error/i);
    const jwks = JSON.parse(read('dist/issuers/north-county/jwks.json')) as { keys: { kid: string }[] };
    expect(jwks.keys.map((k) => k.kid)).toEqual(
      kids().map((kid) => `https://stackable.example/issuers/north-county/keys/${kid ?? ''}.json`),
    );
    expect(read('dist/credentials/north-county/exit-tickets/index.html')).toContain(
      'Exit Tickets That Change',
    );

    badge = (await issue('ada@example.org', 'out/ada')).png;
    kept = (await issue('cy@example.org', 'out/cy')).jwt;
    const v = await cli('verify.ts', badge);
    expect(v.code, v.out).toBe(0);
    expect(v.out).toContain('VERIFIED');
  }, 600_000);

  it('revoke → verify says revoked; rotate → badges of the old key still verify, new ones use the new key', async () => {
    const r = await cli('revoke.ts', '--badge', badge);
    expect(r.code, r.err).toBe(0);
    const revoked = await cli('verify.ts', badge);
    expect(revoked.code, 'exit code 4: invalid').toBe(4);
    expect(revoked.out).toMatch(/revoked/i);

    const old = kids()[0];
    const rot = await cli('keygen.ts', '--issuer', 'north-county', '--rotate');
    expect(rot.code, rot.err).toBe(0);
    expect(rot.err).toContain(`Retired 1 key(s)`);
    expect(read(ISSUER)).toMatch(/validUntil: /);
    const after = await issue('bo@example.org', 'out/bo');
    expect(after.err).not.toContain(old);
    expect(after.err).toContain(kids()[1]);
    for (const file of [kept, after.jwt]) {
      const v = await cli('verify.ts', file);
      expect(v.code, v.out).toBe(0);
    }
    // --default keeps the key in force and makes the new one sign.
    const more = await cli('keygen.ts', '--issuer', 'north-county', '--default');
    expect(more.code, more.err).toBe(0);
    expect(more.err).toContain(`The new key signs from now on; ${kids()[1] ?? ''} stay in force.`);
    expect(kids()).toHaveLength(3);
  }, 120_000);
});
