/**
 * The guard's extra findings alone: who may name an issuer as a stack's curator, which tracked
 * files with private keys are denied or reviewed, and how findings fold into the decisions.
 */
import { describe, expect, it } from 'vitest';
import { curatorFindings } from '../../../src/lib/catalog/guard-curators.ts';
import { scanTrackedFiles, withFindings } from '../../../src/lib/catalog/guard-secrets.ts';
import type { GuardResult } from '../../../src/lib/catalog/namespace.ts';
import { ED25519_PRIVATE_JWK } from '../../fixtures/secrets/test-keys.ts';

const issuer = (maintainers: string[]) => `---\nname: X\nmaintainers: [${maintainers.join(', ')}]\n---\n`;
const stack = (curator: string) => `---\ntitle: S\ncurator: ${curator}\n---\n`;
const STACK = 'content/stacks/s.mdx';
const base = new Map([
  ['content/issuers/riverbend-usd.md', issuer(['rb-team'])],
  ['content/issuers/lakemont-cli.md', issuer(['lk-team', 'Lk-Lead'])],
]);
const curator = (
  author: string,
  curatorId: string,
  extra: Partial<Parameters<typeof curatorFindings>[0]> = {},
) =>
  curatorFindings({
    changes: [{ status: 'A', path: STACK }],
    author,
    headStacks: new Map([[STACK, stack(curatorId)]]),
    baseIssuers: base,
    headIssuers: new Map(),
    catalogMaintainers: ['cat-admin'],
    ...extra,
  });

describe('stack curators', () => {
  it("passes a stack curated by the author's own issuer, or proposed by a catalog maintainer", () => {
    expect(curator('rb-team', 'riverbend-usd')).toEqual([]);
    expect(curator('lk-lead', 'lakemont-cli')).toEqual([]);
    expect(curator('cat-admin', 'lakemont-cli')).toEqual([]);
  });

  it("flags a stack naming another issuer for that issuer's maintainers, at the curator line", () => {
    const [f, ...rest] = curator('rb-team', 'lakemont-cli');
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      path: STACK,
      decision: 'needs-review',
      reason: { code: 'curator', line: 3, field: 'curator' },
    });
    expect(f?.reason.message).toContain('(@lk-team, @Lk-Lead)');
  });

  it('reads a new issuer from the pull request, but never lets the pull request add its author to an existing one', () => {
    const head = new Map([['content/issuers/north-county.md', issuer(['nc-team'])]]);
    expect(curator('nc-team', 'north-county', { headIssuers: head })).toEqual([]);
    const sneaky = new Map([['content/issuers/lakemont-cli.md', issuer(['rb-team'])]]);
    expect(curator('rb-team', 'lakemont-cli', { headIssuers: sneaky })).toHaveLength(1);
    expect(curator('rb-team', 'nobody')).toEqual([]);
  });
});

describe('private keys in the tracked tree', () => {
  const KEY = ED25519_PRIVATE_JWK;
  it('denies keys outside test/, reviews changed ones under test/, and ignores unchanged test keys', () => {
    const found = scanTrackedFiles(
      [
        { path: 'docs/a.md', text: `x\n${KEY}` },
        { path: 'test/fixtures/new.json', text: KEY },
        { path: 'test/fixtures/old.json', text: KEY },
        { path: '.keys/rb/x.private.jwk.json', text: 'encrypted' },
        { path: 'src/ok.ts', text: 'const d = 1;' },
      ],
      new Set(['test/fixtures/new.json', '.keys/rb/x.private.jwk.json']),
    );
    expect(found.map((f) => [f.path, f.decision, f.reason.line])).toEqual([
      ['docs/a.md', 'denied', 2],
      ['test/fixtures/new.json', 'needs-review', 1],
      ['.keys/rb/x.private.jwk.json', 'denied', 1],
    ]);
  });

  it('a denial replaces the reasons of an allowed or reviewed file; a review is added to them', () => {
    const result: GuardResult = {
      decisions: [
        { path: 'a', status: 'A', decision: 'needs-review', reasons: [{ message: 'shared content' }] },
        { path: 'b', status: 'M', decision: 'needs-review', reasons: [{ message: 'shared content' }] },
      ],
      ok: true,
      needsReview: true,
    };
    const { result: r, unchanged } = withFindings(result, [
      { path: 'a', decision: 'denied', reason: { message: 'key' } },
      { path: 'b', decision: 'needs-review', reason: { message: 'curator' } },
      { path: 'c', decision: 'denied', reason: { message: 'old key' } },
    ]);
    expect(r.decisions.map((d) => [d.path, d.decision, d.reasons.map((x) => x.message)])).toEqual([
      ['a', 'denied', ['key']],
      ['b', 'needs-review', ['shared content', 'curator']],
    ]);
    expect(unchanged.map((f) => f.path)).toEqual(['c']);
    expect(r.ok).toBe(false);
    expect(result.decisions[0]?.decision).toBe('needs-review');
  });
});
