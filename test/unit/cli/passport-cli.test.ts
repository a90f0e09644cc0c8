/** npm run verify -- --passport: the same passport as the page, in text and as JSON, from files. */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURE_ROOT, REPO_ROOT } from '../../helpers/content.ts';
import { testCatalog } from '../../helpers/issuer.ts';

const exec = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'stackable-passport-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function verify(...args: string[]) {
  try {
    const r = await exec(process.execPath, [join(REPO_ROOT, 'scripts/verify.ts'), ...args], {
      cwd: REPO_ROOT,
    });
    return { code: 0, out: r.stdout };
  } catch (e) {
    const x = e as { code: number; stdout: string; stderr: string };
    return { code: x.code, out: x.stdout + x.stderr };
  }
}

describe('npm run verify -- --passport', () => {
  it('prints stacks, totals and credit; a revoked badge is listed, not counted; --json gives the record', async () => {
    const cat = await testCatalog({ revoked: [9] });
    const registry = join(dir, 'catalog.json');
    writeFileSync(registry, JSON.stringify(cat.registry));
    const files = [
      ['hinge.jwt', await cat.issue({ credential: 'riverbend-usd/hinge-questions' })],
      [
        'exit.jwt',
        await cat.issue({
          credential: 'riverbend-usd/exit-tickets',
          validFrom: new Date('2025-04-01T00:00:00Z'),
        }),
      ],
      ['revoked.jwt', await cat.issue({ credential: 'riverbend-usd/exit-tickets', statusIndex: 9 })],
    ].map(([name, text]) => {
      const f = join(dir, name ?? '');
      writeFileSync(f, text ?? '');
      return f;
    });
    const common = [
      '--registry',
      registry,
      '--content',
      join(FIXTURE_ROOT, 'content'),
      '--now',
      '2025-06-01T00:00:00Z',
    ];
    const text = await verify('--passport', ...common, ...files);
    // The exit code is the worst verdict's, as for single files: 4 for the invalid (revoked) badge.
    expect(text.code).toBe(4);
    expect(text.out).toContain('Passport: 3 badges, 2 counted, 1 left out.');
    expect(text.out).toContain(
      'Complete: Assessment Pair (All 2, in order; 2 of 2 held), earned in the recommended order',
    );
    expect(text.out).toContain('Totals: 2 credentials, 24 hours, 2.4 CEUs.');
    expect(text.out).toMatch(/Fixture State Board: .*10 professional learning points \(License renewal\)/);
    expect(text.out).toMatch(/✗ 3\. .* — Not valid\n\s+Not counted: Do not rely on this badge\. .*revoked/i);

    const json = await verify('--passport', '--json', ...common, ...files.slice(0, 2));
    expect(json.code).toBe(0);
    const record = JSON.parse(json.out) as {
      counted: number;
      completedStacks: string[];
      totals: { ceus: number };
    };
    expect(record).toMatchObject({ counted: 2, completedStacks: ['assessment-pair'], totals: { ceus: 2.4 } });
  }, 60_000);
});
