/**
 * The content check's per-file work off the main thread and across builds (verdict-pool.ts):
 * verdicts judged on worker threads, and verdicts read back from the cache, give exactly the
 * problems and catalog of a check that judges every file itself; the cache re-judges only the
 * files whose text changed.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkCatalog } from '../../../src/lib/catalog/check.ts';
import { formatProblem } from '../../../src/lib/catalog/problems.ts';
import { readContentFiles } from '../../../src/lib/catalog/read-content.ts';
import type { SourceFile } from '../../../src/lib/catalog/source.ts';
import { judgeEntries } from '../../../src/lib/catalog/verdict-pool.ts';

const seed = await readContentFiles(process.cwd());
const credential = seed.find((f) => f.path.startsWith('content/credentials/') && f.path.endsWith('.mdx'));
if (!credential) throw new Error('the seed catalog has no credential');
const edit = (file: SourceFile, path: string, change: (t: string) => string): SourceFile => ({
  path,
  text: change(file.text),
});
/** The seed catalog plus files with each kind of per-file problem: YAML, MDX, schema, a leaked key, hidden characters. */
const files: SourceFile[] = [
  ...seed,
  edit(credential, 'content/credentials/riverbend-usd/bad-yaml.mdx', (t) => t.replace('hours:', 'hours: [')),
  edit(credential, 'content/credentials/riverbend-usd/bad-mdx.mdx', (t) => `${t}\n\nRun {alert(1)} now.\n`),
  edit(credential, 'content/credentials/riverbend-usd/bad-schema.mdx', (t) =>
    t.replace(/^hours: .*$/m, 'hours: many').replace(/^published: .*$/m, 'published: someday'),
  ),
  edit(credential, 'content/credentials/riverbend-usd/bad-text.mdx', (t) =>
    t.replace(/^title: (.*)$/m, 'title: Feedback \u202Eoh\nd: "c2VjcmV0LWtleS1tYXRlcmlhbC0wMTIzNDU2Nzg5"'),
  ),
];

const dirs: string[] = [];
afterAll(async () => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

const outcome = async (verdicts?: Awaited<ReturnType<typeof judgeEntries>>['verdicts']) => {
  const r = await checkCatalog(files, verdicts ? { verdicts } : {});
  return {
    problems: r.problems.map(formatProblem),
    credentials: [...r.catalog.credentials.entries()].map(([id, e]) => [id, e.data, e.body, e.bodyLine]),
    invalid: [...r.catalog.invalid].sort(),
  };
};

describe('judgeEntries', () => {
  it('judges on worker threads exactly as a check that judges every file itself', async () => {
    const plain = await outcome();
    expect(plain.problems.length).toBeGreaterThan(4);
    const pool = await judgeEntries(files, { threads: 2, minForWorkers: 1 });
    expect(pool.threads).toBe(2);
    expect(pool.judged).toBe(pool.verdicts.size);
    expect(await outcome(pool.verdicts)).toEqual(plain);
  });

  it('keeps verdicts of unchanged files in its cache, and re-judges only an edited file', async () => {
    const cacheDir = await mkdtemp(join(tmpdir(), 'verdicts-'));
    dirs.push(cacheDir);
    const first = await judgeEntries(files, { cacheDir, threads: 0 });
    expect(first.cached).toBe(0);
    const again = await judgeEntries(files, { cacheDir, threads: 0 });
    expect(again.judged).toBe(0);
    expect(again.cached).toBe(first.judged);
    // Read back from the cache file, the verdicts give the same check.
    expect(await outcome(again.verdicts)).toEqual(await outcome());

    const edited = files.map((f) => (f === credential ? { ...f, text: `${f.text}\nRun {alert(1)}.\n` } : f));
    const third = await judgeEntries(edited, { cacheDir, threads: 0 });
    expect(third.judged).toBe(1);
    expect(third.verdicts.get(credential.path)?.problems.map((p) => p.code)).toContain('mdx-expression');
    expect(again.verdicts.get(credential.path)?.problems).toEqual([]);
  });

  it('a locations lookup of a cached entry reads the file again, only when asked', async () => {
    const pool = await judgeEntries(files, { threads: 0 });
    const r = await checkCatalog(files, { verdicts: pool.verdicts });
    const entry = r.catalog.credentials.get(credential.path.replace(/^content\/credentials\/|\.mdx$/g, ''));
    const hoursLine = credential.text.split('\n').findIndex((l) => l.startsWith('hours:')) + 1;
    expect(entry?.locate(['hours']).line).toBe(hoursLine);
  });
});
