/**
 * npm run new: each kind of file, made unattended from flags or from piped answers, passes the
 * content check as written; it never overwrites; and its placeholders block publishing.
 */
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkCatalog } from '../../../src/lib/catalog/check.ts';
import { formatProblem } from '../../../src/lib/catalog/problems.ts';
import { readContentFiles } from '../../../src/lib/catalog/read-content.ts';
import { FIXTURE_ROOT, REPO_ROOT } from '../../helpers/content.ts';

const SCRIPT = join(REPO_ROOT, 'scripts/new.ts');
let root: string;
let content: string;

function runNew(args: string[], input?: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      [SCRIPT, ...args, '--content', content],
      { cwd: root },
      (err, stdout, stderr) =>
        resolve({ code: err ? Number((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
    child.stdin?.end(input ?? '');
  });
}

const check = async () => (await checkCatalog(await readContentFiles(root))).problems;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'stackable-new-'));
  await cp(join(FIXTURE_ROOT, 'content'), join(root, 'content'), { recursive: true });
  content = join(root, 'content');
});
afterAll(() => rm(root, { recursive: true, force: true }));

// Each test runs the CLI as child processes, seconds apiece on a busy machine: the time limit of
// the command-line tests (vitest.config.ts).
describe('npm run new', { timeout: 120_000 }, () => {
  it('scaffolds a credential from flags that passes the check as a draft', async () => {
    const r = await runNew([
      'credential',
      '--issuer',
      'riverbend-usd',
      '--slug',
      'exit-slips',
      '--title',
      'Exit Slips',
      '--hours',
      '8',
      '--subjects',
      'assessment',
      '--grade-bands',
      '6-8,9-12',
      '--yes',
    ]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const text = await readFile(join(content, 'credentials/riverbend-usd/exit-slips.mdx'), 'utf8');
    expect(text).toContain('status: draft');
    expect(text).toContain('rubric: riverbend-demonstrated');
    expect(text).toContain('email: professional-learning@riverbend-usd.example');
    expect(text).toMatch(/^## Method components$/m);
    expect(text).toMatch(/^## Supporting research and rationale$/m);
    expect(text).not.toMatch(/TODO|FIXME|XXX/);
    expect((await check()).map(formatProblem)).toEqual([]);
  });

  it('scaffolds a stack, a rubric and an issuer that pass the check', async () => {
    expect(
      (
        await runNew([
          'stack',
          '--slug',
          'exit-pair',
          '--title',
          'Exit Pair',
          '--credentials',
          'riverbend-usd/exit-tickets, riverbend-usd/exit-slips',
          '--ordered',
          'yes',
          '-y',
        ])
      ).code,
    ).toBe(0);
    expect((await runNew(['rubric', '--slug', 'two-levels', '--title', 'Two Levels', '-y'])).code).toBe(0);
    const issuer = await runNew([
      'issuer',
      '--id',
      'north-county',
      '--name',
      'North County Schools',
      '--kind',
      'school-district',
      '--url',
      'https://north-county.example/',
      '--email',
      'pl@north-county.example',
      '--maintainers',
      'north-pl,north-coach',
      '-y',
    ]);
    expect(issuer.code).toBe(0);
    const problems = await check();
    expect(problems.filter((p) => p.severity === 'error').map(formatProblem)).toEqual([]);
    // An issuer has no draft status: its placeholders are warnings until it writes its own text.
    expect(problems.map((p) => [p.code, p.file, p.severity])).toEqual([
      ['placeholder', 'content/issuers/north-county.md', 'warning'],
      ['placeholder', 'content/issuers/north-county.md', 'warning'],
    ]);
  });

  it('asks for what the flags do not give, reading answers line by line, and asks again after a wrong one', async () => {
    const r = await runNew(['rubric'], 'Three Levels\nNot A Slug\nthree-levels\n');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('use lower-case words joined by hyphens');
    // The title comes first, and the slug is suggested from it.
    expect(r.stdout.indexOf('Title: ')).toBeLessThan(r.stdout.indexOf('Slug'));
    expect(r.stdout).toContain('Slug (file name, part of the URL) [three-levels]: ');
    expect(await readFile(join(content, 'rubrics/three-levels.mdx'), 'utf8')).toContain(
      'title: Three Levels',
    );
  });

  it('refuses to overwrite a file, and says which flag is missing when it cannot ask', async () => {
    const again = await runNew(['rubric', '--slug', 'two-levels', '--title', 'Again', '-y']);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('rubric two-levels already exists');
    const before = await readFile(join(content, 'credentials/riverbend-usd/exit-slips.mdx'), 'utf8');
    const clash = await runNew([
      'credential',
      '--issuer',
      'riverbend-usd',
      '--slug',
      'exit-slips',
      '--title',
      'X',
      '--subjects',
      'assessment',
      '--grade-bands',
      'adult',
      '-y',
    ]);
    expect(clash.code).toBe(1);
    expect(await readFile(join(content, 'credentials/riverbend-usd/exit-slips.mdx'), 'utf8')).toBe(before);
    const missing = await runNew(['stack', '--slug', 'x', '-y']);
    expect(missing.stderr).toContain('--title is required');
    const noInput = await runNew(['stack']);
    expect(noInput.stderr).toContain('no answer for "Title"');
    expect((await runNew(['credential', '--issuer', 'nobody', '-y'])).stderr).toContain('no issuer "nobody"');
  });

  it('suggests the slug from the title, lists the rubrics to choose from, and takes vocabulary in any case', async () => {
    const r = await runNew(
      ['credential', '--issuer', 'riverbend-usd'],
      'Quick Checks, K–2\n\n10\nAssessment\nK-2,Pre-K\n\n\n\n',
    );
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('Slug (file name, part of the URL) [quick-checks-k-2]: ');
    expect(r.stdout).toMatch(
      /Assessment rubric id \(file name in content\/rubrics\/\) \([^)]*riverbend-demonstrated[^)]*\) \[/,
    );
    const text = await readFile(join(content, 'credentials/riverbend-usd/quick-checks-k-2.mdx'), 'utf8');
    expect(text).toContain('gradeBands: [k-2, pre-k]');
    expect(text).toContain('subjects: [assessment]');
    const wrong = await runNew([
      'credential',
      '--issuer',
      'riverbend-usd',
      '--title',
      'Y',
      '--subjects',
      'assessment',
      '--grade-bands',
      'adult',
      '--rubric',
      'nope',
      '-y',
    ]);
    expect(wrong.stderr).toMatch(
      /no rubric "nope" in content\/rubrics\/; choose from [^;]*riverbend-demonstrated/,
    );
  });

  it('blocks publishing while placeholder sentences remain', async () => {
    const path = join(content, 'credentials/riverbend-usd/exit-slips.mdx');
    await writeFile(path, (await readFile(path, 'utf8')).replace('status: draft', 'status: active'));
    const errors = (await check()).filter((p) => p.severity === 'error');
    expect(errors.length).toBeGreaterThanOrEqual(8);
    expect(
      errors.every(
        (p) => p.code === 'placeholder' && p.file === 'content/credentials/riverbend-usd/exit-slips.mdx',
      ),
    ).toBe(true);
    expect(errors.map((p) => p.field)).toContain('competency');
  });
});
