/** The namespace guard's decisions, beyond the cases in the bad pull-request corpus. */
import { describe, expect, it } from 'vitest';
import {
  describeKeyChanges,
  guardChanges,
  guardProblems,
  parseMaintainersFile,
  type Change,
  type GuardInput,
} from '../../../src/lib/catalog/namespace.ts';

const issuer = (maintainers: string[], keys = '') =>
  `---\nname: X\nmaintainers:\n${maintainers.map((m) => `  - ${m}`).join('\n')}\n${keys}---\n\nBody.\n`;
const BASE = new Map([
  ['content/issuers/riverbend-usd.md', issuer(['Riverbend-PL-Office'])],
  ['content/issuers/lakemont-cli.md', issuer(['lakemont-cli-team'])],
]);

const run = (changes: Change[], author: string, over: Partial<GuardInput> = {}) =>
  guardChanges({
    changes,
    author,
    baseIssuers: BASE,
    headIssuers: new Map(),
    catalogMaintainers: ['stackable-maintainers'],
    ...over,
  });
const decisions = (r: ReturnType<typeof run>) => r.decisions.map((d) => `${d.decision} ${d.path}`);

describe('namespace guard', () => {
  it("lets an issuer's maintainers change its namespace, comparing logins without case", () => {
    const r = run(
      [
        { status: 'A', path: 'content/credentials/riverbend-usd/new.mdx' },
        { status: 'M', path: 'content/status/riverbend-usd/revocation-1.json' },
        { status: 'D', path: 'content/images/riverbend-usd/old.png' },
      ],
      'riverbend-pl-office',
    );
    expect(r.ok).toBe(true);
    expect(r.needsReview).toBe(false);
    expect(decisions(r)).toEqual([
      'allowed content/credentials/riverbend-usd/new.mdx',
      'allowed content/status/riverbend-usd/revocation-1.json',
      'allowed content/images/riverbend-usd/old.png',
    ]);
  });

  it("denies another issuer's status lists and images too", () => {
    const r = run(
      [
        { status: 'M', path: 'content/status/riverbend-usd/revocation-1.json' },
        { status: 'A', path: 'content/images/riverbend-usd/x.png' },
      ],
      'lakemont-cli-team',
    );
    expect(r.ok).toBe(false);
    expect(decisions(r)).toEqual([
      'denied content/status/riverbend-usd/revocation-1.json',
      'denied content/images/riverbend-usd/x.png',
    ]);
  });

  it('lets catalog maintainers change any namespace, but still flags key and maintainer changes', () => {
    const head = new Map([
      ['content/issuers/riverbend-usd.md', issuer(['riverbend-pl-office', 'someone-else'])],
    ]);
    const r = run(
      [
        { status: 'M', path: 'content/credentials/riverbend-usd/a.mdx' },
        { status: 'M', path: 'content/issuers/riverbend-usd.md' },
      ],
      'Stackable-Maintainers',
      { headIssuers: head },
    );
    expect(decisions(r)).toEqual([
      'allowed content/credentials/riverbend-usd/a.mdx',
      'needs-review content/issuers/riverbend-usd.md',
    ]);
    expect(r.decisions[1]?.reasons[0]?.message).toBe(
      'changes who maintains riverbend-usd: adds someone-else',
    );
  });

  it('reads maintainers from the base branch, never from the pull request', () => {
    // The PR adds its author to the issuer's maintainers and, in the same PR, edits a credential.
    const head = new Map([['content/issuers/riverbend-usd.md', issuer(['riverbend-pl-office', 'intruder'])]]);
    const r = run(
      [
        { status: 'M', path: 'content/issuers/riverbend-usd.md' },
        { status: 'M', path: 'content/credentials/riverbend-usd/a.mdx' },
      ],
      'intruder',
      { headIssuers: head },
    );
    expect(decisions(r)).toEqual([
      'denied content/issuers/riverbend-usd.md',
      'denied content/credentials/riverbend-usd/a.mdx',
    ]);
  });

  it("allows a new issuer's credentials to its own maintainers, and flags the new issuer", () => {
    const head = new Map([['content/issuers/north.md', issuer(['north-pl'])]]);
    const changes: Change[] = [
      { status: 'A', path: 'content/issuers/north.md' },
      { status: 'A', path: 'content/credentials/north/a.mdx' },
    ];
    expect(decisions(run(changes, 'north-pl', { headIssuers: head }))).toEqual([
      'needs-review content/issuers/north.md',
      'allowed content/credentials/north/a.mdx',
    ]);
    expect(decisions(run([{ status: 'A', path: 'content/credentials/south/a.mdx' }], 'north-pl'))).toEqual([
      'denied content/credentials/south/a.mdx',
    ]);
  });

  it('treats a rename as removing the old path and adding the new one', () => {
    const r = run(
      [
        {
          status: 'R',
          from: 'content/credentials/lakemont-cli/a.mdx',
          path: 'content/credentials/riverbend-usd/a.mdx',
        },
      ],
      'riverbend-pl-office',
    );
    expect(decisions(r)).toEqual([
      'denied content/credentials/lakemont-cli/a.mdx',
      'allowed content/credentials/riverbend-usd/a.mdx',
    ]);
  });

  it('flags removing an issuer, code changes and edits to shared content for review', () => {
    const r = run(
      [
        { status: 'D', path: 'content/issuers/riverbend-usd.md' },
        { status: 'M', path: 'src/lib/catalog/check.ts' },
        { status: 'M', path: 'content/rubrics/quality-assurance.mdx' },
        { status: 'A', path: 'content/stacks/new-stack.mdx' },
        { status: 'M', path: '.github/CODEOWNERS' },
      ],
      'riverbend-pl-office',
    );
    expect(r.ok).toBe(true);
    expect(decisions(r)).toEqual([
      'needs-review content/issuers/riverbend-usd.md',
      'needs-review src/lib/catalog/check.ts',
      'needs-review content/rubrics/quality-assurance.mdx',
      'allowed content/stacks/new-stack.mdx',
      'allowed .github/CODEOWNERS',
    ]);
  });

  it('denies symbolic links and unsafe paths anywhere', () => {
    const r = run(
      [
        { status: 'A', path: 'scripts/x.ts', mode: '120000' },
        { status: 'A', path: 'content/a/../b.md' },
      ],
      'stackable-maintainers',
    );
    expect(guardProblems(r).map((p) => [p.code, p.file, p.severity])).toEqual([
      ['symlink', 'scripts/x.ts', 'error'],
      ['path', 'content/a/../b.md', 'error'],
    ]);
  });

  it('describes key changes in plain words', () => {
    const k = (o: Record<string, unknown>) =>
      new Map(Object.entries(o).map(([kid, v]) => [kid, v as Record<string, unknown>]));
    const before = k({
      a: {
        alg: 'ES256',
        validFrom: '2024-01-01',
        jwk: { x: '1' },
        revoked: { date: '2024-05-01', reason: 'lost' },
      },
      b: { alg: 'ES256', validFrom: '2024-01-01', jwk: { x: '2' } },
      c: { jwk: { x: '3' } },
    });
    const after = k({
      a: { alg: 'ES256', validFrom: '2024-01-01', jwk: { x: '1' } },
      b: { alg: 'ES256', validFrom: '2024-01-01', validUntil: '2025-01-01', jwk: { x: '2' } },
      d: { alg: 'EdDSA', jwk: { x: '4' } },
    });
    expect(describeKeyChanges(before, after)).toEqual([
      'lifts the revocation of key a: a revoked key must stay revoked',
      'sets validUntil of key b to 2025-01-01',
      'adds key d (EdDSA)',
      'removes key c: badges it signed would stop verifying (revoke or retire it instead)',
    ]);
  });

  it('reads the catalog maintainers file', () => {
    expect(parseMaintainersFile('# comment\n@alice\n\nbob  # lead\n')).toEqual(['alice', 'bob']);
  });
});

describe('namespace guard: recognizers', () => {
  const recognizer = (maintainers: string[]) =>
    `---\nname: R\nmaintainers:\n${maintainers.map((m) => `  - ${m}`).join('\n')}\n---\n\nBody.\n`;
  const BASE_RECOGNIZERS = new Map([
    ['content/recognizers/state-board.md', recognizer(['board-team'])],
    ['content/recognizers/county-schools.md', recognizer(['county-hr'])],
  ]);
  const runR = (changes: Change[], author: string, head: Map<string, string> = new Map()) =>
    guardChanges({
      changes,
      author,
      baseIssuers: BASE,
      headIssuers: new Map(),
      baseRecognizers: BASE_RECOGNIZERS,
      headRecognizers: head,
      catalogMaintainers: ['stackable-maintainers'],
    });

  it("lets a recognizer's maintainers change its rules and policies, and no one else", () => {
    const changes: Change[] = [
      { status: 'M', path: 'content/recognizers/state-board.md' },
      { status: 'A', path: 'content/policies/state-board/renewal.md' },
    ];
    const own = runR(
      changes,
      'Board-Team',
      new Map([['content/recognizers/state-board.md', recognizer(['board-team'])]]),
    );
    expect(decisions(own)).toEqual([
      'allowed content/recognizers/state-board.md',
      'allowed content/policies/state-board/renewal.md',
    ]);
    const other = runR(
      changes,
      'county-hr',
      new Map([['content/recognizers/state-board.md', recognizer(['board-team'])]]),
    );
    expect(decisions(other)).toEqual([
      'denied content/recognizers/state-board.md',
      'denied content/policies/state-board/renewal.md',
    ]);
    // Issuers' maintainers have no say over recognizers either.
    expect(runR(changes, 'riverbend-pl-office').ok).toBe(false);
    expect(runR(changes, 'stackable-maintainers').ok).toBe(true);
  });

  it('a new recognizer by its own maintainer is reviewed; its removal too', () => {
    const head = new Map([['content/recognizers/metro.md', recognizer(['metro-team'])]]);
    const added = runR(
      [
        { status: 'A', path: 'content/recognizers/metro.md' },
        { status: 'A', path: 'content/policies/metro/rule.md' },
      ],
      'metro-team',
      head,
    );
    expect(added.ok).toBe(true);
    expect(decisions(added)).toEqual([
      'needs-review content/recognizers/metro.md',
      'allowed content/policies/metro/rule.md',
    ]);
    expect(added.decisions[0]?.reasons[0]?.message).toBe(
      'adds a new recognizer, metro: a catalog maintainer confirms who they are before it is merged',
    );
    const removed = runR([{ status: 'D', path: 'content/recognizers/county-schools.md' }], 'county-hr');
    expect(removed.decisions[0]?.reasons[0]?.message).toBe(
      'removes recognizer county-schools: its recognition rules would disappear from every credential they name',
    );
  });

  it('a policy folder of a recognizer that does not exist is denied', () => {
    const r = runR([{ status: 'A', path: 'content/policies/ghost/rule.md' }], 'county-hr');
    expect(r.decisions[0]?.reasons[0]?.message).toBe(
      'is in content/policies/ghost/, but there is no recognizer "ghost" on the base branch or in this pull request',
    );
  });
});
