/**
 * The self-assessment page checks a pasted draft with the content check's own rules: on every
 * bad pull request of the corpus that changes one credential file, the page's check of that file
 * (against the base catalog, as the page has it) reports exactly what npm run check reports for
 * it. And a draft is filed where the page can judge it.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { checkCatalog } from '../../../src/lib/catalog/check.ts';
import { checkDraft, draftPath, serializeCatalog } from '../../../src/lib/catalog/draft-check.ts';
import type { Problem } from '../../../src/lib/catalog/problems.ts';
import { reviewQuality } from '../../../src/lib/catalog/quality.ts';
import { readContentFiles } from '../../../src/lib/catalog/read-content.ts';
import { credentialFile } from '../../../src/lib/catalog/scaffold/templates.ts';
import type { CredentialData, RubricData } from '../../../src/lib/catalog/schema/index.ts';
import { caseNames, materialize, materializeBase } from '../../helpers/bad-prs.ts';

const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => Promise.all(cleanups.map((c) => c())));

const base = await materializeBase();
cleanups.push(base.cleanup);
const baseFiles = await readContentFiles(base.root);
const published = serializeCatalog(await checkCatalog(baseFiles), baseFiles);
const show = (p: Problem) => `${p.severity} ${p.code} ${p.line}${p.field ? ` ${p.field}` : ''}: ${p.message}`;

/** Cases that change exactly one credential file, and nothing the page cannot see. */
const single: string[] = [];
for (const name of await caseNames()) {
  const c = await materialize(name);
  cleanups.push(c.cleanup);
  const s = c.spec;
  if (s.inline || s.generate || s.symlinks || s.delete || s.changes) continue;
  if (c.changes.length === 1 && /^content\/credentials\/[^/]+\/[^/]+\.mdx?$/.test(c.changes[0]?.path ?? ''))
    single.push(name);
}

describe('the self-assessment page and npm run check agree', () => {
  it('on many cases of the corpus', () => {
    expect(single.length).toBeGreaterThanOrEqual(35);
  });

  it.each(single)('%s', async (name) => {
    const c = await materialize(name);
    cleanups.push(c.cleanup);
    const path = c.changes[0]?.path ?? '';
    const files = await readContentFiles(c.root);
    const cli = (await checkCatalog(files)).problems.filter((p) => p.file === path);
    const text = files.find((f) => f.path === path)?.text ?? '';
    const page = await checkDraft(text, published, { path });
    expect(page.problems.map(show).sort()).toEqual(cli.map(show).sort());
  });
});

describe('checkDraft', () => {
  it('files a draft under its issuer, as the credential with its title if there is one', () => {
    const draft = (issuer: string, title: string) => `---\ntitle: ${title}\nissuer: ${issuer}\n---\n`;
    expect(draftPath(draft('riverbend-usd', 'Hinge Questions for Responsive Teaching'), published)).toBe(
      'content/credentials/riverbend-usd/hinge-questions.mdx',
    );
    expect(draftPath(draft('riverbend-usd', 'Quick Checks, K–2'), published)).toBe(
      'content/credentials/riverbend-usd/quick-checks-k-2.mdx',
    );
    expect(draftPath('no frontmatter')).toBe('content/credentials/draft/draft.mdx');
  });

  it('catches expressions, elements and event handlers the page used to miss, and returns the entry when it passes', async () => {
    const text =
      baseFiles.find((f) => f.path === 'content/credentials/riverbend-usd/hinge-questions.mdx')?.text ?? '';
    const bad = text.replace(
      '## Overview\n',
      '## Overview\n\nTotal: {1 + 1}\n\n<div onclick="steal()">Hi</div>\n',
    );
    const r = await checkDraft(bad, published);
    expect(r.problems.map((p) => p.code).sort()).toEqual(['element', 'event-handler', 'mdx-expression']);
    const ok = await checkDraft(text, published);
    expect(ok.problems).toEqual([]);
    expect(ok.entry?.id).toBe('riverbend-usd/hinge-questions');
  });
});

describe('quality checks on a fresh draft', () => {
  it('do not tick placeholder sentences as stated', async () => {
    const text = credentialFile({
      issuer: 'riverbend-usd',
      slug: 'quick-checks',
      title: 'Quick Checks',
      hours: 5,
      subjects: ['assessment'],
      gradeBands: ['k-2'],
      audience: ['teacher'],
      rubric: 'riverbend-demonstrated',
      email: 'a@example.org',
      today: '2026-01-01',
    });
    const r = await checkDraft(text, published);
    const [, , quality] = published.entries.rubrics.find(([id]) => id === 'quality-assurance') ?? [];
    const rubric = published.entries.rubrics.find(
      ([id]) => id === 'riverbend-demonstrated',
    )?.[2] as RubricData;
    const review = reviewQuality(
      { data: r.entry?.data as CredentialData, body: r.entry?.body ?? '', rubric },
      { id: 'quality-assurance', data: quality as RubricData },
    );
    const checks = review.standards.flatMap((s) => s.checks);
    const byLabel = (label: string) => checks.find((c) => c.label === label);
    for (const label of [
      'One competency statement',
      'A key method',
      'A research rationale',
      'Artifacts from practice',
      'A resubmission policy',
      'How to apply and whom to ask',
    ])
      expect(byLabel(label)?.ok, label).toBe(false);
    expect(byLabel('A resubmission policy')?.detail).toBe(
      'The resubmission policy still has the placeholder.',
    );
  });
});
