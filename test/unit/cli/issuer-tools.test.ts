/**
 * The issuer tools end to end on a scratch copy of the catalog: keygen (and --rotate), issue
 * (single, batch, resumable, never re-using a status index), and their refusals, each with the
 * message an issuer would read. The CLIs run as child processes, exactly as `npm run` runs them.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { decodeJwt } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../helpers/content.ts';
import { copyKeylessContent } from '../../helpers/keyless-content.ts';
import { verifyBadge } from '../../../src/lib/verify/verify.ts';

const run = promisify(execFile);
let dir: string;
let env: NodeJS.ProcessEnv;

async function cli(script: string, ...args: string[]): Promise<{ code: number; out: string; err: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [join(REPO_ROOT, 'scripts', script), ...args], {
      env,
      cwd: dir,
    });
    return { code: 0, out: stdout, err: stderr };
  } catch (e) {
    const x = e as { code: number; stdout: string; stderr: string };
    return { code: x.code, out: x.stdout, err: x.stderr };
  }
}

const statusFile = () =>
  JSON.parse(readFileSync(join(dir, 'content/status/riverbend-usd/revocation-1.json'), 'utf8'));
const keysIn = () => readFileSync(join(dir, 'content/issuers/riverbend-usd.md'), 'utf8');

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'stackable-cli-'));
  copyKeylessContent(join(dir, 'content'));
  env = { ...process.env, STACKABLE_CONTENT: join(dir, 'content'), STACKABLE_KEYS: join(dir, 'keys') };
  const k = await cli('keygen.ts', '--issuer', 'riverbend-usd');
  expect(k.code, k.err).toBe(0);
}, 60_000);

describe('keygen', () => {
  it('writes the private key 0600 outside content, the public key into the issuer file', () => {
    const files = readdirSync(join(dir, 'keys/riverbend-usd'));
    expect(files).toHaveLength(1);
    expect(statSync(join(dir, 'keys/riverbend-usd', files[0] ?? '')).mode & 0o777).toBe(0o600);
    const text = keysIn();
    expect(text).toMatch(/keys:\n {2}- kid: [A-Za-z0-9_-]{43}\n {4}alg: ES256/);
    expect(text).not.toMatch(/\bd: /);
    expect(text).toContain('Riverbend Unified School District serves about 14,000 students');
  });

  it('refuses an unknown issuer and an unknown algorithm', async () => {
    expect((await cli('keygen.ts', '--issuer', 'nobody')).err).toContain('unknown issuer "nobody"');
    expect((await cli('keygen.ts', '--issuer', 'riverbend-usd', '--alg', 'HS256')).err).toContain(
      '--alg must be one of ES256, EdDSA, RS256',
    );
  });
});

describe('issue', () => {
  it('issues one badge: JWT, PNG, SVG and JSON that all verify', async () => {
    const r = await cli(
      'issue.ts',
      '--credential',
      'riverbend-usd/hinge-questions',
      '--email',
      'ada@example.org',
      '--out',
      join(dir, 'one'),
    );
    expect(r.code, r.err).toBe(0);
    const folder = join(dir, 'one', readdirSync(join(dir, 'one')).find((n) => n.startsWith('0001')) ?? '');
    expect(readdirSync(folder).sort()).toEqual([
      'badge.jwt',
      'badge.png',
      'badge.svg',
      'credential-unsigned.json',
    ]);
    const jwt = readFileSync(join(folder, 'badge.jwt'), 'utf8').trim();
    const claims = decodeJwt(jwt) as { credentialStatus: { statusListIndex: string } };
    expect(statusFile().list).toBe('revocation-1');
    expect(Number(claims.credentialStatus.statusListIndex)).toBeGreaterThanOrEqual(0);
  });

  it('refuses unknown, draft and retired credentials', async () => {
    expect(
      (
        await cli(
          'issue.ts',
          '--credential',
          'riverbend-usd/nope',
          '--email',
          'a@b.org',
          '--out',
          join(dir, 'x'),
        )
      ).err,
    ).toContain('unknown credential "riverbend-usd/nope"');
    expect(
      (
        await cli(
          'issue.ts',
          '--credential',
          'riverbend-usd/retrieval-practice',
          '--email',
          'a@b.org',
          '--out',
          join(dir, 'x'),
        )
      ).err,
    ).toContain('is draft; only active credentials can be issued');
    expect(
      (
        await cli(
          'issue.ts',
          '--credential',
          'riverbend-usd/student-portfolios-2019',
          '--email',
          'a@b.org',
          '--out',
          join(dir, 'x'),
        )
      ).err,
    ).toContain('is retired; only active credentials can be issued');
  }, 60_000);

  it('refuses an issuer without keys, and a private key that matches no published key', async () => {
    expect(
      (
        await cli(
          'issue.ts',
          '--credential',
          'lakemont-cli/lateral-reading',
          '--email',
          'a@b.org',
          '--out',
          join(dir, 'x'),
        )
      ).err,
    ).toContain('issuer "lakemont-cli" has published no keys');
    const stray = join(dir, 'stray.jwk.json');
    writeFileSync(
      stray,
      JSON.stringify({
        kty: 'EC',
        crv: 'P-256',
        x: 'f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU',
        y: 'x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0',
        d: 'jpsQnnGQmL-YBIffH1136cspYG6-0iY7X1fCE9-E9LI',
      }),
      { mode: 0o600 },
    );
    expect(
      (
        await cli(
          'issue.ts',
          '--credential',
          'riverbend-usd/hinge-questions',
          '--email',
          'a@b.org',
          '--key',
          stray,
          '--out',
          join(dir, 'x'),
        )
      ).err,
    ).toContain('does not match any key riverbend-usd publishes');
  });

  it('refuses results that fail the rubric, and unknown criteria', async () => {
    const base = [
      '--credential',
      'riverbend-usd/hinge-questions',
      '--email',
      'a@b.org',
      '--out',
      join(dir, 'x'),
    ];
    expect(
      (
        await cli(
          'issue.ts',
          ...base,
          '--result',
          'alignment=demonstrated',
          '--result',
          'method=not-yet',
          '--result',
          'learners=demonstrated',
          '--result',
          'reflection=demonstrated',
        )
      ).err,
    ).toContain("do not meet the rubric's pass rule");
    expect((await cli('issue.ts', ...base, '--result', 'charisma=demonstrated')).err).toContain(
      '"charisma" is not a criterion of the rubric',
    );
  });

  it('batch: reports malformed rows by line and issues nothing, unless asked', async () => {
    const csv = join(dir, 'bad.csv');
    writeFileSync(
      csv,
      'email,name\nbea@example.org,Bea\nnot-an-email,Cal\n,Nobody\nbea@example.org,Bea again\n',
    );
    const refused = await cli(
      'issue.ts',
      '--credential',
      'riverbend-usd/hinge-questions',
      '--csv',
      csv,
      '--out',
      join(dir, 'bad'),
    );
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('line 3: "not-an-email" is not an email address');
    expect(refused.err).toContain('line 4: needs an email or an id');
    expect(refused.err).toContain('line 5: repeats the recipient on line 2');
    expect(existsSync(join(dir, 'bad', 'manifest.json'))).toBe(false);
    const partial = await cli(
      'issue.ts',
      '--credential',
      'riverbend-usd/hinge-questions',
      '--csv',
      csv,
      '--out',
      join(dir, 'bad'),
      '--skip-invalid',
    );
    expect(partial.code, partial.err).toBe(0);
    expect(
      Object.keys(JSON.parse(readFileSync(join(dir, 'bad', 'manifest.json'), 'utf8')).recipients),
    ).toEqual(['bea@example.org']);
  });

  it('batch: resumable after interruption, and never re-uses a status index', async () => {
    const csv = join(dir, 'many.csv');
    writeFileSync(
      csv,
      `email,name\n${Array.from({ length: 12 }, (_, i) => `p${i}@example.org,Person ${i}`).join('\n')}\n`,
    );
    const out = join(dir, 'many');
    expect(
      (
        await cli(
          'issue.ts',
          '--credential',
          'riverbend-usd/exit-ticket-analysis',
          '--csv',
          csv,
          '--out',
          out,
        )
      ).code,
    ).toBe(0);
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    // Simulate an interruption: forget the last three as if the run had stopped before them.
    const keys = Object.keys(manifest.recipients);
    const kept = Object.fromEntries(keys.slice(0, 9).map((k) => [k, manifest.recipients[k]]));
    writeFileSync(join(out, 'manifest.json'), JSON.stringify({ ...manifest, recipients: kept }));
    const resumed = await cli(
      'issue.ts',
      '--credential',
      'riverbend-usd/exit-ticket-analysis',
      '--csv',
      csv,
      '--out',
      out,
    );
    expect(resumed.err).toContain('Issued 3 badges');
    expect(resumed.err).toContain('9 recipient(s) already had a badge');
    const after = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    const indexes = Object.values(after.recipients as Record<string, { statusIndex: number }>).map(
      (r) => r.statusIndex,
    );
    const firstRun = Object.values(manifest.recipients as Record<string, { statusIndex: number }>).map(
      (r) => r.statusIndex,
    );
    expect(new Set([...indexes, ...firstRun]).size).toBe(15); // 12 + 3 re-issued, all distinct
  }, 60_000);

  it('batch: badges recorded only in the journal (the run stopped before manifest.json) are not issued again', async () => {
    const csv = join(dir, 'journal.csv');
    writeFileSync(csv, `email\n${Array.from({ length: 5 }, (_, i) => `j${i}@example.org`).join('\n')}\n`);
    const out = join(dir, 'journal');
    expect(
      (await cli('issue.ts', '--credential', 'riverbend-usd/actionable-feedback', '--csv', csv, '--out', out))
        .code,
    ).toBe(0);
    expect(existsSync(join(out, 'manifest.journal.jsonl'))).toBe(false);
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    const keys = Object.keys(manifest.recipients);
    writeFileSync(
      join(out, 'manifest.json'),
      JSON.stringify({
        ...manifest,
        recipients: Object.fromEntries(keys.slice(0, 2).map((k) => [k, manifest.recipients[k]])),
      }),
    );
    const journal = keys
      .slice(2, 4)
      .map((key) => JSON.stringify({ key, value: manifest.recipients[key] }))
      .join('\n');
    writeFileSync(join(out, 'manifest.journal.jsonl'), `${journal}\n{"key":"j4@exa`); // the last line was cut off
    const resumed = await cli(
      'issue.ts',
      '--credential',
      'riverbend-usd/actionable-feedback',
      '--csv',
      csv,
      '--out',
      out,
    );
    expect(resumed.err).toContain('Issued 1 badge');
    expect(resumed.err).toContain('4 recipient(s) already had a badge');
  }, 60_000);
});

describe('rotate and revoke', () => {
  it('rotation retires the old key; its badges still verify, it can no longer sign', async () => {
    const before = await cli(
      'issue.ts',
      '--credential',
      'riverbend-usd/success-criteria',
      '--recipient',
      'did:example:old',
      '--out',
      join(dir, 'old'),
    );
    expect(before.code, before.err).toBe(0);
    await new Promise((r) => setTimeout(r, 1100));
    const rot = await cli('keygen.ts', '--issuer', 'riverbend-usd', '--alg', 'EdDSA', '--rotate');
    expect(rot.err).toContain('Retired 1 key(s)');
    const { registryFromContent } = await import('../../../scripts/lib/registry.ts');
    const registry = await registryFromContent(join(dir, 'content'), 'https://stackable.example/');
    const folder = join(dir, 'old', readdirSync(join(dir, 'old')).find((n) => n.startsWith('0001')) ?? '');
    const report = await verifyBadge(new Uint8Array(readFileSync(join(folder, 'badge.png'))), { registry });
    expect(report.verdict).toBe('verified');
    const keyDir = join(dir, 'keys/riverbend-usd');
    const files = readdirSync(keyDir);
    expect(files).toHaveLength(2);
    const oldKey = join(
      keyDir,
      files.find((f) => JSON.parse(readFileSync(join(keyDir, f), 'utf8')).kty === 'EC') ?? '',
    );
    const withOld = await cli(
      'issue.ts',
      '--credential',
      'riverbend-usd/success-criteria',
      '--email',
      'z@example.org',
      '--out',
      join(dir, 'z'),
      '--key',
      oldKey,
    );
    expect(withOld.code).toBe(1);
    expect(withOld.err).toMatch(/is retired \(since .*\); it can no longer sign/);
    const withNew = await cli(
      'issue.ts',
      '--credential',
      'riverbend-usd/success-criteria',
      '--email',
      'z@example.org',
      '--out',
      join(dir, 'z'),
    );
    expect(withNew.err).toContain('Issued 1 badge');
  }, 60_000);

  it('revoke by badge file re-signs the list; revoking again changes nothing', async () => {
    const folder = join(dir, 'one', readdirSync(join(dir, 'one')).find((n) => n.startsWith('0001')) ?? '');
    const before = statusFile().credential;
    const r = await cli('revoke.ts', '--badge', join(folder, 'badge.svg'));
    expect(r.code, r.err).toBe(0);
    expect(statusFile().credential).not.toBe(before);
    expect((await cli('revoke.ts', '--badge', join(folder, 'badge.png'))).err).toContain(
      'was already revoked; nothing changed',
    );
    expect(
      (await cli('revoke.ts', '--issuer', 'riverbend-usd', '--list', 'revocation-1', '--index', '5')).err,
    ).toMatch(/was never assigned to a badge|already revoked/);
  });
});
