/**
 * A set of real signed badges through the whole passport: verified ones count toward stacks,
 * totals and credit; revoked, expired, tampered and duplicate badges are listed with why they do
 * not; one email is checked against every badge, and badges of different earners are called out.
 */
import { describe, expect, it } from 'vitest';
import { badgeLines } from '../../../src/lib/passport/badges.ts';
import { summarizePassport } from '../../../src/lib/passport/summary.ts';
import { verifySet, type PassportInput } from '../../../src/lib/passport/verify-set.ts';
import { counts, leftOutReason } from '../../../src/lib/passport/verdicts.ts';
import { VERDICT_LABELS, VERDICTS, type Report } from '../../../src/lib/verify/report.ts';
import { testCatalog, type TestCatalog } from '../../helpers/issuer.ts';
import { fixturePassportCatalog } from '../../helpers/passport.ts';

const NOW = new Date('2025-06-01T00:00:00Z');
const HINGE = 'riverbend-usd/hinge-questions';
const EXIT = 'riverbend-usd/exit-tickets';

async function passport(cat: TestCatalog, texts: string[], email?: string) {
  const inputs: PassportInput[] = texts.map((data, i) => ({ name: `badge-${i + 1}.jwt`, data }));
  const set = await verifySet(inputs, { registry: cat.registry, now: NOW });
  return summarizePassport(set, await fixturePassportCatalog(), { today: NOW, ...(email ? { email } : {}) });
}

const tamper = (jwt: string) => {
  const [h, p, s] = jwt.split('.') as [string, string, string];
  const payload = JSON.parse(Buffer.from(p, 'base64url').toString()) as { name?: string };
  payload.name = 'A much better credential';
  return `${h}.${Buffer.from(JSON.stringify(payload)).toString('base64url')}.${s}`;
};

describe('a passport of real badges', () => {
  it('two verified badges complete the ordered stack: totals and credit follow', async () => {
    const cat = await testCatalog();
    const p = await passport(cat, [
      await cat.issue({ credential: HINGE }),
      await cat.issue({ credential: EXIT, validFrom: new Date('2025-04-01T00:00:00Z') }),
    ]);
    expect(p.badges.map((b) => [b.verdict, b.counted])).toEqual([
      ['verified', true],
      ['verified', true],
    ]);
    expect(p.totals).toEqual({ credentials: 2, hours: 24, ceus: 2.4 });
    expect(p.stacks).toHaveLength(1);
    expect(p.stacks[0]).toMatchObject({
      id: 'assessment-pair',
      complete: true,
      order: 'met',
      held: 2,
      required: 2,
    });
    expect(p.completedStacks).toEqual(['assessment-pair']);
    const board = p.recognizers.find((r) => r.id === 'state-board');
    expect(board?.purposes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ purpose: 'license-renewal', amount: 10 }),
        expect.objectContaining({ purpose: 'endorsement', amount: 1 }),
      ]),
    );
    expect(p.groups.map((g) => [g.issuer.name, g.badges.length])).toEqual([
      ['Riverbend Unified School District', 2],
    ]);
  });

  it('revoked, expired and tampered badges are listed but not counted, each with why', async () => {
    const cat = await testCatalog({ revoked: [9] });
    const p = await passport(cat, [
      await cat.issue({ credential: HINGE }),
      await cat.issue({ credential: EXIT, statusIndex: 9 }),
      await cat.issue({ credential: EXIT, validUntil: new Date('2025-05-01T00:00:00Z') }),
      tamper(await cat.issue({ credential: EXIT })),
    ]);
    expect(p.badges.map((b) => [b.verdict, b.counted])).toEqual([
      ['verified', true],
      ['invalid', false],
      ['invalid', false],
      ['invalid', false],
    ]);
    expect(p.badges.map((b) => b.leftOut)).toEqual([undefined, 'verdict', 'verdict', 'verdict']);
    expect(p.badges[1]?.reason).toMatch(/revoked/i);
    expect(p.badges[2]?.reason).toMatch(/expired/i);
    expect(p.badges[3]?.reason).toMatch(/signature/i);
    // Only the hinge-questions badge counts: the stack is one short, and the exit-ticket credit is not earned.
    expect(p.stacks[0]).toMatchObject({ complete: false, held: 1, toGo: 1, missing: [EXIT] });
    expect(p.totals).toEqual({ credentials: 1, hours: 12, ceus: 1.2 });
    const renewal = p.recognizers
      .find((r) => r.id === 'state-board')
      ?.rules.find((r) => r.rule === 'renewal');
    expect(renewal).toMatchObject({ amount: 0 });
    expect(renewal?.nextText).toMatch(/^1 more credential for 10 professional learning points more/);
    expect(p.counted).toBe(1);
    expect(p.leftOut).toBe(3);
  });

  it('a second badge for the same credential is listed, not counted again', async () => {
    const cat = await testCatalog();
    const p = await passport(cat, [
      await cat.issue({ credential: HINGE }),
      await cat.issue({ credential: HINGE }),
    ]);
    expect(p.badges.map((b) => b.counted)).toEqual([true, false]);
    expect(p.badges[1]?.reason).toBe('Not counted again: badge 1 is the same credential.');
    expect(p.badges.map((b) => b.leftOut)).toEqual([undefined, 'duplicate']);
    expect(p.totals.hours).toBe(12);
  });

  it('one email against every badge: another earner is called out and not counted', async () => {
    const cat = await testCatalog();
    const texts = [
      await cat.issue({ credential: HINGE }),
      await cat.issue({ credential: EXIT, recipient: { email: 'bob@example.org', name: 'Bob Moses' } }),
    ];
    const without = await passport(cat, texts);
    expect(without.earners.map((e) => [e.label, e.badges])).toEqual([
      ['Ada Lovelace', [1]],
      ['Bob Moses', [2]],
    ]);
    expect(without.badges.every((b) => b.counted)).toBe(true);
    const withEmail = await passport(cat, texts, '  ADA@example.org ');
    expect(withEmail.emailChecked).toBe(true);
    expect(withEmail.badges.map((b) => [b.recipientMatch, b.counted])).toEqual([
      ['match', true],
      ['other', false],
    ]);
    expect(withEmail.badges[1]?.reason).toMatch(/another email address/);
    expect(withEmail.badges[1]?.leftOut).toBe('other-email');
  });

  it("one educator's record: the badges naming another earner are left out", async () => {
    const cat = await testCatalog();
    const texts = [
      await cat.issue({ credential: HINGE }),
      await cat.issue({ credential: EXIT, recipient: { email: 'bob@example.org', name: 'Bob Moses' } }),
    ];
    const inputs = texts.map((data, i) => ({ name: `b${i}`, data }));
    const set = await verifySet(inputs, { registry: cat.registry, now: NOW });
    const catalog = await fixturePassportCatalog();
    const all = await summarizePassport(set, catalog, { today: NOW });
    expect(all.educator).toBeUndefined();
    const bobs = await summarizePassport(set, catalog, { today: NOW, earner: 'bob  MOSES' });
    expect(bobs.educator).toBe('bob  MOSES');
    expect(bobs.badges.map((b) => [b.counted, b.reason])).toEqual([
      [false, 'Not counted: it names another earner than bob  MOSES.'],
      [true, undefined],
    ]);
    expect(bobs.badges[0]?.leftOut).toBe('other-earner');
    expect(bobs.totals.hours).toBe(12);
  });

  it('a badge naming its earner by DID cannot be compared with an email', async () => {
    const cat = await testCatalog();
    const p = await passport(
      cat,
      [await cat.issue({ recipient: { id: 'did:example:dee' } })],
      'ada@example.org',
    );
    expect(p.badges[0]).toMatchObject({ recipientMatch: 'unknown', counted: true });
  });
});

describe('verdicts', () => {
  const row = (
    id: Report['checks'][number]['id'],
    status: Report['checks'][number]['status'],
    message: string,
  ) => ({
    id,
    status,
    title: id,
    message,
  });
  it('only verified counts; every other verdict, unverified included, says why', () => {
    expect(VERDICTS.map(counts)).toEqual([true, false, false, false, false]);
    const unverified = {
      verdict: 'unverified' as Report['verdict'],
      headline: 'The signature could not be checked, so nothing in this badge can be relied on.',
      checks: [row('format', 'pass', 'Read.'), row('proof', 'warn', 'The proof type is not supported.')],
    };
    // The reason is the verifier's own headline; the verdict is the report's, never recomputed.
    expect(leftOutReason(unverified)).toBe(
      'Not counted: The signature could not be checked, so nothing in this badge can be relied on.',
    );
    expect(leftOutReason({ verdict: 'verified', headline: 'Every check passed.' })).toBeUndefined();
    const lines = badgeLines(
      [
        {
          n: 1,
          source: 'x',
          report: {
            ...unverified,
            format: 'ob3-vc-jwt',
            container: 'text',
            confirmed: true,
            summary: {},
            catalog: { credential: { id: HINGE, title: 'Hinge', page: '/', version: '1', status: 'active' } },
            notes: [],
          },
        },
      ],
      new Map([[HINGE, 12]]),
    );
    expect(lines[0]).toMatchObject({
      verdict: 'unverified',
      counted: false,
      verdictLabel: VERDICT_LABELS.unverified,
    });
  });
});
