/**
 * The content check on recognizer files and policies: every mistake a recognizer's pull request
 * can make is reported at its file, line and field.
 */
import { describe, expect, it } from 'vitest';
import { checkCatalog } from '../../../src/lib/catalog/check.ts';
import { formatProblem, type Problem } from '../../../src/lib/catalog/problems.ts';
import { Files } from '../../helpers/content.ts';

const BOARD = 'content/recognizers/state-board.md';
const POLICY = 'content/policies/state-board/renewal.md';
const EXIT = 'content/credentials/riverbend-usd/exit-tickets.mdx';

const problemsIn = async (f: Files, file: string) =>
  (await checkCatalog(f.files)).problems.filter((p) => p.file === file);
const brief = (p: Problem) => ({
  code: p.code,
  severity: p.severity,
  line: p.line,
  field: p.field,
  message: p.message,
});

describe('recognizer content check', () => {
  it('accepts the fixture recognizer and its policy', async () => {
    const r = await checkCatalog((await Files.fixture()).files);
    expect(r.problems.map(formatProblem)).toEqual([]);
    expect([...r.catalog.recognizers.keys()]).toEqual(['state-board']);
    expect([...r.catalog.policies.keys()]).toEqual(['state-board/renewal']);
  });

  it('a rule naming an unknown credential is an error at its line', async () => {
    const f = (await Files.fixture()).edit(
      BOARD,
      '- riverbend-usd/exit-tickets',
      '- riverbend-usd/exit-slips',
    );
    expect((await problemsIn(f, BOARD)).map(brief)).toEqual([
      {
        code: 'reference',
        severity: 'error',
        line: f.lineOf(BOARD, /exit-slips/),
        field: 'rules[0].accepts.credentials[0]',
        message: 'names credential "riverbend-usd/exit-slips", which does not exist',
      },
    ]);
  });

  it('a rule naming a retired credential is an error; a draft one a warning', async () => {
    const retired = (await Files.fixture()).edit(
      EXIT,
      /^status: active$/m,
      'status: retired\nretired: 2025-06-01',
    );
    expect((await problemsIn(retired, BOARD)).map(brief)).toEqual([
      {
        code: 'status',
        severity: 'error',
        line: retired.lineOf(BOARD, /- riverbend-usd\/exit-tickets/),
        field: 'rules[0].accepts.credentials[0]',
        message:
          'names credential "riverbend-usd/exit-tickets", which is retired: educators can no longer earn it',
      },
    ]);
    const draft = (await Files.fixture()).edit(EXIT, /^status: active$/m, 'status: draft');
    expect((await problemsIn(draft, BOARD)).map((p) => [p.severity, p.message])).toEqual([
      [
        'warning',
        'names credential "riverbend-usd/exit-tickets", which is still a draft: nobody can earn it yet',
      ],
    ]);
  });

  it('unknown stacks and issuers, and a credential listed twice', async () => {
    const f = (await Files.fixture())
      .edit(BOARD, 'stack: assessment-pair', 'stack: assessment-trio')
      .edit(
        BOARD,
        '        - riverbend-usd/exit-tickets\n',
        '        - riverbend-usd/exit-tickets\n        - riverbend-usd/exit-tickets\n',
      );
    expect((await problemsIn(f, BOARD)).map((p) => `${p.line} ${p.field} ${p.message}`)).toEqual([
      `${f.lineOf(BOARD, /exit-tickets/) + 1} rules[0].accepts.credentials[1] lists "riverbend-usd/exit-tickets" twice`,
      `${f.lineOf(BOARD, /assessment-trio/)} rules[1].accepts.stack names stack "assessment-trio", which does not exist`,
    ]);
    // A value per stack needs a stack: the schema says so before any reference is looked up.
    const issuer = (await Files.fixture()).edit(
      BOARD,
      /type: stack\n\s+stack: assessment-pair/,
      'type: issuer\n      issuer: nowhere-usd',
    );
    expect((await problemsIn(issuer, BOARD)).map((p) => `${p.field} ${p.message}`)).toEqual([
      'rules[1].value.per is "stack" but the rule accepts issuer, not a stack',
    ]);
    issuer.edit(BOARD, 'per: stack', 'per: credential');
    expect((await problemsIn(issuer, BOARD)).map((p) => `${p.line} ${p.field} ${p.message}`)).toEqual([
      `${issuer.lineOf(BOARD, /nowhere-usd/)} rules[1].accepts.issuer names issuer "nowhere-usd", which is not in content/issuers/`,
    ]);
  });

  it('impossible dates and a negative value are schema errors at their lines', async () => {
    const f = (await Files.fixture())
      .edit(BOARD, 'until: 2029-06-30', 'until: 2023-06-30')
      .edit(BOARD, 'amount: 10', 'amount: -10');
    expect((await problemsIn(f, BOARD)).map(brief)).toEqual([
      {
        code: 'schema',
        severity: 'error',
        line: f.lineOf(BOARD, /amount: -10/),
        field: 'rules[0].value.amount',
        message: 'must be more than 0: the amount the rule grants',
      },
      {
        code: 'schema',
        severity: 'error',
        line: f.lineOf(BOARD, /until: 2023/),
        field: 'rules[1].effective.until',
        message: 'is before "from" (2024-07-01): a rule cannot end before it starts',
      },
    ]);
  });

  it("rule ids are unique, and a policy page must be one of the recognizer's own", async () => {
    const f = (await Files.fixture())
      .edit(BOARD, 'id: pair-endorsement', 'id: renewal')
      .edit(BOARD, 'page: renewal', 'page: renewal-2030');
    expect((await problemsIn(f, BOARD)).map((p) => `${p.code} ${p.field} ${p.message}`)).toEqual([
      'reference rules[0].policy.page names policy "renewal-2030", which is not in content/policies/state-board/',
      'duplicate rules[1].id "renewal" is the id of an earlier rule',
    ]);
  });

  it('a policy must sit in the folder of an existing recognizer', async () => {
    const f = (await Files.fixture())
      .add('content/policies/city-board/renewal.md', (await Files.fixture()).get(POLICY))
      .add('content/policies/loose.md', (await Files.fixture()).get(POLICY));
    expect((await problemsIn(f, 'content/policies/city-board/renewal.md')).map((p) => p.message)).toEqual([
      'is filed under content/policies/city-board/, but there is no recognizer "city-board" in content/recognizers/',
    ]);
    expect((await problemsIn(f, 'content/policies/loose.md')).map((p) => `${p.code} ${p.message}`)).toEqual([
      'location file must be at content/policies/<recognizer>/<slug>.md',
    ]);
  });

  it("a policy URL on this site must lead to a page; recognizers' pages and documents exist", async () => {
    const f = (await Files.fixture()).edit(
      BOARD,
      'url: https://board.example/rules/7-340',
      'url: https://stackable.example/recognizers/state-board/policies/endorsement/',
    );
    expect((await problemsIn(f, BOARD)).map((p) => `${p.code} ${p.field} ${p.message}`)).toEqual([
      'dead-link rules[1].policy.url is "https://stackable.example/recognizers/state-board/policies/endorsement/", which is not a page on this site. Recognizer "state-board" publishes no policy "endorsement".',
    ]);
    const ok = (await Files.fixture())
      .edit(
        BOARD,
        'url: https://board.example/rules/7-340',
        'url: https://stackable.example/recognizers/state-board/policies/renewal/',
      )
      .edit(
        POLICY,
        'Each listed credential',
        'See [the board](/recognizers/state-board/) and [its data](/recognizers/state-board/ctdl.json). Each listed credential',
      );
    expect((await checkCatalog(ok.files)).problems.map(formatProblem)).toEqual([]);
  });
});
