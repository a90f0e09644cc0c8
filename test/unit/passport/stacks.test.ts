/** Stack progress: ordered and N-of-M, partial and complete, and the order a stack recommends. */
import { describe, expect, it } from 'vitest';
import type { PassportCatalog } from '../../../src/lib/passport/catalog.ts';
import { orderState, stackProgress, type Held } from '../../../src/lib/passport/stacks.ts';
import { summarizePassport } from '../../../src/lib/passport/summary.ts';
import type { Report, Verdict } from '../../../src/lib/verify/report.ts';
import { CREDENTIALS, STACKS } from '../../helpers/recognition.ts';

// assess: all of river/a, river/b, river/c, in order; mix: any 2 of river/c, river/d, lake/x, lake/y.
const CATALOG: PassportCatalog = {
  site: 'https://stackable.example/',
  credentials: CREDENTIALS,
  stacks: STACKS.map((s) => ({ ...s, ordered: s.id === 'assess' })),
  recognizers: [],
};
const held = (...xs: [string, string?][]) =>
  new Map<string, Held>(xs.map(([id, issued], i) => [id, { n: i + 1, ...(issued ? { issued } : {}) }]));
const progress = (h: Map<string, Held>, id: string) => stackProgress(h, CATALOG).find((s) => s.id === id);

describe('stack progress', () => {
  it('lists only stacks a held credential belongs to', () => {
    expect(stackProgress(held(['lake/z']), CATALOG)).toEqual([]);
    expect(stackProgress(held(['river/a']), CATALOG).map((s) => s.id)).toEqual(['assess']);
    expect(stackProgress(held(['river/c']), CATALOG).map((s) => s.id)).toEqual(['assess', 'mix']);
  });

  it('all-of, ordered, partial: held and missing members, how many to go', () => {
    const s = progress(held(['river/a', '2025-01-01T00:00:00Z']), 'assess');
    expect(s).toMatchObject({
      complete: false,
      held: 1,
      required: 3,
      toGo: 2,
      missing: ['river/b', 'river/c'],
      ruleText: 'All 3, in order',
      order: 'met',
    });
    expect(s?.members.map((m) => Boolean(m.held))).toEqual([true, false, false]);
  });

  it('all-of, complete', () => {
    const s = progress(
      held(
        ['river/a', '2025-01-01T00:00:00Z'],
        ['river/b', '2025-02-01T00:00:00Z'],
        ['river/c', '2025-03-01T00:00:00Z'],
      ),
      'assess',
    );
    expect(s).toMatchObject({ complete: true, toGo: 0, missing: [], order: 'met' });
  });

  it('N of M: partial, then complete with any N; no order for an unordered stack', () => {
    const one = progress(held(['lake/y']), 'mix');
    expect(one).toMatchObject({ complete: false, held: 1, required: 2, toGo: 1, ruleText: 'Any 2 of 4' });
    expect(one?.order).toBeUndefined();
    const two = progress(held(['lake/y'], ['river/d']), 'mix');
    expect(two).toMatchObject({ complete: true, held: 2, toGo: 0, missing: ['river/c', 'lake/x'] });
  });

  it('the order rule: met, skipped, out of order, unknown', () => {
    const m = (id: string, issued?: string, isHeld = true) => ({
      id,
      title: id,
      ...(isHeld ? { held: { n: 1, ...(issued ? { issued } : {}) } } : {}),
    });
    expect(orderState([m('a', '2025-01-01'), m('b', '2025-02-01'), m('c', undefined, false)])).toBe('met');
    expect(orderState([m('a', '2025-01-01'), m('b', undefined, false), m('c', '2025-03-01')])).toBe(
      'skipped',
    );
    expect(orderState([m('a', '2025-03-01'), m('b', '2025-02-01')])).toBe('out-of-order');
    expect(orderState([m('a', '2025-03-01'), m('b')])).toBe('unknown');
    // Completion counts credentials: a stack earned out of order is still complete.
    const s = progress(
      held(
        ['river/c', '2025-01-01T00:00:00Z'],
        ['river/b', '2025-02-01T00:00:00Z'],
        ['river/a', '2025-03-01T00:00:00Z'],
      ),
      'assess',
    );
    expect(s).toMatchObject({ complete: true, order: 'out-of-order' });
  });

  it('N of M through the passport: a revoked or expired member is held by nobody', async () => {
    // Reports as the verifier makes them for confirmed badges: only the verdict differs.
    const report = (id: string, verdict: Verdict): Report => ({
      verdict,
      headline: verdict === 'verified' ? 'Every check passed.' : 'Do not rely on this badge.',
      format: 'ob3-vc-jwt',
      container: 'text',
      checks: [],
      confirmed: true,
      summary: { validFrom: '2025-01-01T00:00:00Z' },
      catalog: {
        credential: {
          id,
          title: id,
          page: `https://stackable.example/credentials/${id}/`,
          version: '1',
          status: 'active',
        },
      },
      notes: [],
    });
    const entries = [
      report('lake/y', 'verified'),
      report('river/d', 'invalid'), // revoked
      report('lake/x', 'invalid'), // expired
    ].map((r, i) => ({ n: i + 1, source: `b${i + 1}`, report: r }));
    const p = await summarizePassport({ entries, presentations: [] }, CATALOG);
    expect(p.stacks.find((s) => s.id === 'mix')).toMatchObject({ complete: false, held: 1, toGo: 1 });
    expect(p.totals).toMatchObject({ credentials: 1, hours: 18 });
    const verified = { ...entries[1], report: report('river/d', 'verified') } as (typeof entries)[number];
    const q = await summarizePassport(
      { entries: [entries[0], verified].filter((e) => e !== undefined), presentations: [] },
      CATALOG,
    );
    expect(q.stacks.find((s) => s.id === 'mix')).toMatchObject({ complete: true, held: 2, toGo: 0 });
  });
});
