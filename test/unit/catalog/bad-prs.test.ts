/**
 * The bad pull-request corpus (test/fixtures/bad-prs): every case is rejected, or flagged for
 * review, with exactly the expected problems — code, file, line, field and message — from the
 * content check and the namespace guard together, and the base branch itself passes cleanly.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { checkCatalog } from '../../../src/lib/catalog/check.ts';
import { curatorFindings } from '../../../src/lib/catalog/guard-curators.ts';
import { scanTrackedFiles, treeProblems, withFindings } from '../../../src/lib/catalog/guard-secrets.ts';
import { guardChanges, guardProblems } from '../../../src/lib/catalog/namespace.ts';
import { formatProblem, type Problem } from '../../../src/lib/catalog/problems.ts';
import { readContentFiles } from '../../../src/lib/catalog/read-content.ts';
import {
  caseNames,
  materialize,
  materializeBase,
  trackedTexts,
  type ExpectedProblem,
} from '../../helpers/bad-prs.ts';

const CATALOG_MAINTAINERS = ['stackable-maintainers'];
const names = await caseNames();
const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => Promise.all(cleanups.map((c) => c())));

const matches = (p: Problem, e: ExpectedProblem) =>
  p.code === e.code &&
  p.file === e.file &&
  p.line === e.line &&
  p.field === e.field &&
  p.message.includes(e.message) &&
  p.severity === (e.severity ?? 'error');

describe('bad pull requests', () => {
  it('has at least 30 cases', () => {
    expect(names.length).toBeGreaterThanOrEqual(30);
  });

  it('starts from a base branch that passes without problems', async () => {
    const base = await materializeBase();
    cleanups.push(base.cleanup);
    const r = await checkCatalog(await readContentFiles(base.root));
    expect(r.problems.map(formatProblem)).toEqual([]);
    expect(r.catalog.issuers.size).toBe(2);
    expect(r.catalog.recognizers.size).toBe(2);
  });

  it.each(names)('%s', async (name) => {
    const c = await materialize(name);
    cleanups.push(c.cleanup);
    const checked = await checkCatalog(await readContentFiles(c.root));
    const changed = new Set(c.changes.filter((x) => x.status !== 'D').map((x) => x.path));
    const { result, unchanged } = withFindings(
      guardChanges({
        changes: c.changes,
        author: c.spec.author,
        baseIssuers: c.baseIssuers,
        headIssuers: c.headIssuers,
        baseRecognizers: c.baseRecognizers,
        headRecognizers: c.headRecognizers,
        catalogMaintainers: CATALOG_MAINTAINERS,
      }),
      [
        ...scanTrackedFiles(await trackedTexts(c.root), changed),
        ...curatorFindings({
          changes: c.changes,
          author: c.spec.author,
          headStacks: c.headStacks,
          baseIssuers: c.baseIssuers,
          headIssuers: c.headIssuers,
          catalogMaintainers: CATALOG_MAINTAINERS,
        }),
      ],
    );
    const guarded = [...guardProblems(result), ...treeProblems(unchanged)];
    const actual = [...checked.problems, ...guarded];
    expect(c.spec.expected.length, 'a case expects at least one problem').toBeGreaterThan(0);
    // Every expected problem is found once, and nothing else is reported.
    const unmatched = [...actual];
    const missing: ExpectedProblem[] = [];
    for (const e of c.spec.expected) {
      const i = unmatched.findIndex((p) => matches(p, e));
      if (i < 0) missing.push(e);
      else unmatched.splice(i, 1);
    }
    expect({ missing, unexpected: unmatched.map(formatProblem) }).toEqual({ missing: [], unexpected: [] });
    if (c.spec.expected.some((e) => (e.severity ?? 'error') === 'error'))
      expect(!checked.ok || guarded.some((p) => p.severity === 'error')).toBe(true);
  });
});
