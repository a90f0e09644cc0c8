/**
 * The content check: every error class names its file, line and field with a plain message.
 * Each case edits one file of a small valid fixture catalog (test/fixtures/catalog).
 */
import { describe, expect, it } from 'vitest';
import { checkCatalog } from '../../../src/lib/catalog/check.ts';
import { formatProblem } from '../../../src/lib/catalog/problems.ts';
import { Files, REPO_ROOT, loadFixture } from '../../helpers/content.ts';

const HINGE = 'content/credentials/riverbend-usd/hinge-questions.mdx';
const EXIT = 'content/credentials/riverbend-usd/exit-tickets.mdx';
const STACK = 'content/stacks/assessment-pair.mdx';
const ISSUER = 'content/issuers/riverbend-usd.md';
const RUBRIC = 'content/rubrics/riverbend-demonstrated.mdx';

const errorsOf = async (f: Files) =>
  (await checkCatalog(f.files)).problems.filter((p) => p.severity === 'error');

describe('content check', () => {
  it('accepts the fixture catalog without problems', async () => {
    const r = await checkCatalog(await loadFixture());
    expect(r.problems.map(formatProblem)).toEqual([]);
    expect(r.catalog.credentials.size).toBe(2);
    expect(r.ok).toBe(true);
  });

  it('accepts the seed catalog in content/', async () => {
    const r = await checkCatalog(await loadFixture(REPO_ROOT));
    expect(r.problems.filter((p) => p.severity === 'error').map(formatProblem)).toEqual([]);
    expect(r.catalog.credentials.size).toBeGreaterThanOrEqual(24);
  });

  it('reports a missing required field with the file and field', async () => {
    const f = (await Files.fixture()).edit(HINGE, /^hours: 12\n/m, '');
    const [p, ...rest] = await errorsOf(f);
    expect(rest).toEqual([]);
    expect(p).toMatchObject({
      code: 'schema',
      file: HINGE,
      field: 'hours',
      message: 'is required: the estimated hours of learning (1 CEU = 10 hours)',
    });
  });

  it('reports a wrong type on the line of the field', async () => {
    const f = (await Files.fixture()).edit(HINGE, /^hours: 12$/m, 'hours: twelve');
    const [p] = await errorsOf(f);
    expect(p).toMatchObject({
      file: HINGE,
      line: f.lineOf(HINGE, /^hours:/),
      field: 'hours',
      message: 'must be a number of hours, e.g. 15',
    });
  });

  it('reports a value outside a vocabulary with the allowed values', async () => {
    const f = (await Files.fixture()).edit(
      HINGE,
      'gradeBands: [3-5, 6-8, 9-12]',
      'gradeBands: [3-5, middle]',
    );
    const [p] = await errorsOf(f);
    expect(p).toMatchObject({ field: 'gradeBands[1]', line: f.lineOf(HINGE, /^gradeBands/) });
    expect(p?.message).toMatch(
      /^must be one of: "pre-k", "k-2", "3-5", "6-8", "9-12", "adult" \(got string "middle"\)$/,
    );
  });

  it('reports each unknown field separately at its own line', async () => {
    const f = (await Files.fixture()).edit(
      HINGE,
      /^status: active$/m,
      'status: active\nlevel: advanced\nslug: other-id',
    );
    const errs = await errorsOf(f);
    expect(errs.map((p) => [p.field, p.line, p.message])).toEqual([
      ['level', f.lineOf(HINGE, /^level:/), 'is not a known field'],
      ['slug', f.lineOf(HINGE, /^slug:/), 'is not a known field'],
    ]);
  });

  it('reports a nested field with its path', async () => {
    const f = (await Files.fixture()).edit(
      HINGE,
      /^ {2}email: professional-learning@riverbend-usd.example$/m,
      '  email: not-an-email',
    );
    const [p] = await errorsOf(f);
    expect(p).toMatchObject({
      field: 'support.email',
      line: f.lineOf(HINGE, /^ {2}email: not-an-email/),
      message: 'must be an email address',
    });
  });

  it('reports a broken reference naming the missing id', async () => {
    const f = (await Files.fixture()).edit(
      HINGE,
      'rubric: riverbend-demonstrated',
      'rubric: riverbend-rubric',
    );
    const [p] = await errorsOf(f);
    expect(p).toMatchObject({
      code: 'reference',
      file: HINGE,
      field: 'rubric',
      line: f.lineOf(HINGE, /^rubric:/),
    });
    expect(p?.message).toBe('names rubric "riverbend-rubric", which is not in content/rubrics/');
    expect(p?.hint).toContain('riverbend-demonstrated');
  });

  it('reports a stack naming a credential that does not exist', async () => {
    const f = (await Files.fixture()).edit(
      STACK,
      '  - riverbend-usd/exit-tickets',
      '  - riverbend-usd/exit-ticket',
    );
    const [p] = await errorsOf(f);
    expect(p).toMatchObject({
      code: 'reference',
      file: STACK,
      field: 'credentials[1]',
      line: f.lineOf(STACK, /exit-ticket$/),
      message: 'names credential "riverbend-usd/exit-ticket", which does not exist',
    });
  });

  it('does not call a reference missing when the target exists but is invalid', async () => {
    const f = (await Files.fixture()).edit(HINGE, /^hours: 12$/m, 'hours: -1');
    const errs = await errorsOf(f);
    expect(errs.map((p) => p.file)).toEqual([HINGE]);
  });

  it('reports two files with the same id', async () => {
    const f = await Files.fixture();
    f.add('content/credentials/riverbend-usd/hinge-questions.md', f.get(HINGE));
    const [p, ...rest] = await errorsOf(f);
    expect(rest).toEqual([]);
    expect(p).toMatchObject({ code: 'duplicate', file: HINGE, line: 1 });
    expect(p?.message).toBe(
      'has the same id "riverbend-usd/hinge-questions" as content/credentials/riverbend-usd/hinge-questions.md',
    );
  });

  it("reports a credential filed under another issuer's folder", async () => {
    const f = await Files.fixture();
    f.add(
      'content/credentials/lakemont-cli/hinge-copy.mdx',
      f.get(HINGE).replace(/^title: .*$/m, 'title: A Copy'),
    );
    const errs = await errorsOf(f);
    expect(errs).toHaveLength(1);
    expect(errs[0]).toMatchObject({
      code: 'namespace',
      file: 'content/credentials/lakemont-cli/hinge-copy.mdx',
      field: 'issuer',
      line: f.lineOf('content/credentials/lakemont-cli/hinge-copy.mdx', /^issuer:/),
    });
    expect(errs[0]?.message).toBe(
      'is "riverbend-usd" but the file is filed under content/credentials/lakemont-cli/',
    );
  });

  it('reports a prerequisite cycle at every credential in it', async () => {
    const f = (await Files.fixture()).edit(
      HINGE,
      /^updated: 2025-06-02$/m,
      'updated: 2025-06-02\nprerequisites: [riverbend-usd/exit-tickets]',
    );
    const errs = await errorsOf(f);
    const cycle = errs.filter((p) => p.code === 'prerequisite-cycle');
    expect(cycle.map((p) => [p.file, p.field, p.line])).toEqual([
      [EXIT, 'prerequisites[0]', f.lineOf(EXIT, /^prerequisites:/)],
      [HINGE, 'prerequisites[0]', f.lineOf(HINGE, /^prerequisites:/)],
    ]);
    expect(cycle[0]?.message).toBe(
      'forms a prerequisite cycle: riverbend-usd/exit-tickets → riverbend-usd/hinge-questions → riverbend-usd/exit-tickets',
    );
    // The ordered stack now also lists a credential before its prerequisite.
    expect(errs.some((p) => p.code === 'stack-order' && p.file === STACK)).toBe(true);
  });

  it('reports a credential that is its own prerequisite', async () => {
    const f = (await Files.fixture()).edit(
      HINGE,
      /^updated: 2025-06-02$/m,
      'updated: 2025-06-02\nprerequisites: [riverbend-usd/hinge-questions]',
    );
    const [p] = await errorsOf(f);
    expect(p).toMatchObject({
      code: 'prerequisite-cycle',
      field: 'prerequisites[0]',
      message: 'lists the credential itself as its own prerequisite',
    });
  });

  it('reports YAML syntax errors with their line', async () => {
    const f = (await Files.fixture()).edit(HINGE, /^version: "1.2.0"$/m, 'version: "1.2.0\nbroken: [');
    const [p] = await errorsOf(f);
    expect(p).toMatchObject({ code: 'yaml', file: HINGE });
    expect(p?.line).toBeGreaterThan(1);
  });

  it('reports a duplicated YAML key', async () => {
    const f = (await Files.fixture()).edit(HINGE, /^hours: 12$/m, 'hours: 12\nhours: 40');
    const [p] = await errorsOf(f);
    expect(p).toMatchObject({ code: 'yaml', line: f.lineOf(HINGE, /^hours: 40/) });
    expect(p?.hint).toBe('A field appears twice; keep one.');
  });

  it('reports a file without frontmatter', async () => {
    const f = (await Files.fixture()).edit(HINGE, /^---\n/, '');
    const [p] = await errorsOf(f);
    expect(p).toMatchObject({ code: 'frontmatter', file: HINGE, line: 1 });
  });

  it('reports files in the wrong place or with names that are not slugs', async () => {
    const f = await Files.fixture();
    f.add('content/credentials/stray.mdx', f.get(HINGE))
      .add('content/stacks/Big Stack.mdx', f.get(STACK))
      .add('content/notes/x.md', '---\n---\n');
    const errs = await errorsOf(f);
    expect(errs.map((p) => [p.code, p.file, p.message])).toEqual([
      [
        'location',
        'content/credentials/stray.mdx',
        'file must be at content/credentials/<issuer>/<slug>.mdx',
      ],
      [
        'location',
        'content/notes/x.md',
        'file is not in a known content folder (issuers, credentials, stacks, rubrics, glossary, recognizers, policies, status, images)',
      ],
      [
        'location',
        'content/stacks/Big Stack.mdx',
        'file name "Big Stack" is not a slug: use lower-case words joined by hyphens',
      ],
    ]);
  });

  it('reports a pass rule naming a level the rubric does not have', async () => {
    const f = (await Files.fixture()).edit(RUBRIC, /^ {2}level: demonstrated$/m, '  level: proficient');
    const [p] = await errorsOf(f);
    expect(p).toMatchObject({
      code: 'rubric-pass-rule',
      file: RUBRIC,
      field: 'pass.level',
      line: f.lineOf(RUBRIC, /^ {2}level: proficient/),
    });
  });

  it('reports a stack whose N-of-M rule asks for more than it lists', async () => {
    const f = (await Files.fixture()).edit(STACK, /rule:\n {2}type: all/, 'rule:\n  type: n-of-m\n  n: 3');
    const [p] = await errorsOf(f);
    expect(p).toMatchObject({
      code: 'stack-rule',
      field: 'rule.n',
      message: 'asks for 3 credentials but the stack lists 2',
    });
  });

  it('reports a stack that cannot be completed because a credential is retired', async () => {
    const f = (await Files.fixture()).edit(EXIT, /^status: active$/m, 'status: retired\nretired: 2025-01-01');
    const errs = await errorsOf(f);
    expect(errs.map((p) => [p.code, p.file, p.message])).toContainEqual([
      'stack-rule',
      STACK,
      'cannot be met: it needs 2 credentials but only 1 of 2 are active',
    ]);
  });

  it('reports a retired credential without a retirement date', async () => {
    const f = (await Files.fixture()).edit(EXIT, /^status: active$/m, 'status: retired');
    const errs = await errorsOf(f);
    expect(errs.map((p) => [p.code, p.field])).toContainEqual(['status', 'status']);
  });

  it('reports a published credential missing a required body section', async () => {
    const f = (await Files.fixture()).edit(HINGE, '## Supporting research and rationale', '## Why it works');
    const errs = await errorsOf(f);
    expect(errs.map((p) => [p.line, p.message])).toEqual([
      [f.lineOf(HINGE, /^## Overview/) - 1, 'is missing the section "## Supporting research and rationale"'],
      [f.lineOf(HINGE, /^## Why it works/), 'has an unknown section "## Why it works"'],
    ]);
  });

  it('reports a private key published in an issuer file', async () => {
    const f = (await Files.fixture()).edit(
      ISSUER,
      /^fictional: true$/m,
      'fictional: true\nkeys:\n  - kid: AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\n    alg: EdDSA\n    validFrom: 2025-01-01\n    jwk:\n      kty: OKP\n      crv: Ed25519\n      x: 11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo\n      d: nWGxne_9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A',
    );
    const errs = await errorsOf(f);
    expect(errs[0]).toMatchObject({
      code: 'private-key',
      file: ISSUER,
      field: 'keys[0].jwk.d',
      line: f.lineOf(ISSUER, /^ {6}d: /),
    });
    expect(errs[0]?.message).toContain('publishes a private key');
  });
});
