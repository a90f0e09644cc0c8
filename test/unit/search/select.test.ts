/**
 * The one-pass filter, count and sort over the facet table, against a plain reference: facets
 * AND across groups and OR within one, each group's counts ignore its own selection, and the
 * four orders. Random tables and selections (fast-check) as well as worked cases.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SearchRecord } from '../../../src/lib/search/record.ts';
import { select } from '../../../src/lib/search/select.ts';
import { buildTable } from '../../../src/lib/search/table.ts';
import { openTable, valuesOf } from '../../../src/lib/search/open-table.ts';

const KEYS = ['type', 'subject', 'grade'] as const;
const record = (
  title: string,
  facets: Partial<Record<(typeof KEYS)[number], string[]>>,
  hours: number | null = null,
  newest: string | null = null,
): SearchRecord => ({
  text: { title, tags: [], summary: '', more: [] },
  facets,
  sort: { hours, newest },
  card: {
    title,
    url: `/x/${title}/`,
    kind: 'Micro-credential',
    status: 'active',
    summary: `${title} summary`,
  },
});
const tableOf = (rs: SearchRecord[]) =>
  openTable({
    ...buildTable(
      rs,
      rs.map((_, i) => `id${i}`),
      [...KEYS],
      [],
    ).table,
    summaries: [],
    words: '',
  });

const RS = [
  record('Circles', { type: ['C'], subject: ['SEL'], grade: ['K–2', '3–5'] }, 10, '2024-01-01'),
  record('Asking', { type: ['C'], subject: ['Assessment'], grade: ['6–8'] }, 12, '2025-03-01'),
  record('Mapping', { type: ['C'], subject: ['SEL', 'Leadership'], grade: ['6–8'] }, 8, '2023-05-05'),
  record('Stack one', { type: ['S'], subject: ['SEL'] }, 20, '2022-01-01'),
  record('Rubric', { type: ['R'] }),
];

describe('select', () => {
  const t = tableOf(RS);
  const sel = (picks: Partial<Record<(typeof KEYS)[number], string[]>>) => KEYS.map((k) => picks[k] ?? []);
  const titles = (r: number[]) => r.map((i) => t.json.title[i]);
  const count = (counts: Uint32Array[], f: number, value: string) =>
    counts[f]?.[t.facets[f]?.values.indexOf(value) ?? -1];

  it('browses every page A–Z when nothing is selected', () => {
    expect(titles(select(t, { selected: sel({}), sort: 'title' }).results)).toEqual([
      'Asking',
      'Circles',
      'Mapping',
      'Rubric',
      'Stack one',
    ]);
  });

  it('ORs values within a facet and ANDs facets', () => {
    const r = select(t, { selected: sel({ type: ['C'], grade: ['K–2', '6–8'] }), sort: 'title' });
    expect(titles(r.results)).toEqual(['Asking', 'Circles', 'Mapping']);
    const s = select(t, { selected: sel({ type: ['C'], subject: ['SEL'], grade: ['6–8'] }), sort: 'title' });
    expect(titles(s.results)).toEqual(['Mapping']);
  });

  it("counts what checking a value would give: a group's counts ignore its own selection", () => {
    const r = select(t, { selected: sel({ type: ['C'], subject: ['SEL'] }), sort: 'title' });
    expect(titles(r.results)).toEqual(['Circles', 'Mapping']);
    expect(count(r.counts, 1, 'Assessment')).toBe(1); // Asking is a C: adding Assessment adds it
    expect(count(r.counts, 0, 'S')).toBe(1); // the stack is SEL: adding S adds it
    expect(count(r.counts, 0, 'R')).toBe(0);
    expect(count(r.counts, 2, '6–8')).toBe(1);
  });

  it('keeps to the pages a query matched, ordered by score for best match', () => {
    const matches = new Map([
      [t.json.title.indexOf('Mapping'), 2],
      [t.json.title.indexOf('Circles'), 5],
      [t.json.title.indexOf('Rubric'), 1],
    ]);
    expect(titles(select(t, { matches, selected: sel({}), sort: 'relevance' }).results)).toEqual([
      'Circles',
      'Mapping',
      'Rubric',
    ]);
    expect(titles(select(t, { matches, selected: sel({ type: ['C'] }), sort: 'title' }).results)).toEqual([
      'Circles',
      'Mapping',
    ]);
  });

  it('sorts by fewest hours (none last) and by newest', () => {
    expect(titles(select(t, { selected: sel({}), sort: 'hours' }).results)).toEqual([
      'Mapping',
      'Circles',
      'Asking',
      'Stack one',
      'Rubric',
    ]);
    expect(titles(select(t, { selected: sel({}), sort: 'newest' }).results).slice(0, 4)).toEqual([
      'Asking',
      'Circles',
      'Mapping',
      'Stack one',
    ]);
  });

  it('agrees with a plain reference on random tables and selections', () => {
    const value = fc.constantFrom('a', 'b', 'c', 'd');
    const arb = fc.record({
      pages: fc.array(
        fc.tuple(
          fc.array(value, { maxLength: 3 }),
          fc.array(value, { maxLength: 3 }),
          fc.array(value, { maxLength: 2 }),
        ),
        { minLength: 1, maxLength: 30 },
      ),
      picks: fc.tuple(
        fc.array(value, { maxLength: 2 }),
        fc.array(value, { maxLength: 2 }),
        fc.array(value, { maxLength: 2 }),
      ),
      matched: fc.array(fc.boolean(), { minLength: 30, maxLength: 30 }),
      query: fc.boolean(),
    });
    fc.assert(
      fc.property(arb, ({ pages, picks, matched, query }) => {
        const rs = pages.map((p, i) =>
          record(`p${String(i).padStart(2, '0')}`, { type: p[0], subject: p[1], grade: p[2] }),
        );
        const tt = tableOf(rs);
        const matches = query
          ? new Map(rs.map((_, i) => [i, i] as const).filter(([i]) => matched[i]))
          : undefined;
        const picked: string[][] = picks.map((p) => [...new Set<string>(p)]);
        const got = select(tt, { matches, selected: picked, sort: 'title' });
        const candidates = rs.map((_, i) => i).filter((i) => !matches || matches.has(i));
        const passes = (i: number, except?: number) =>
          picked.every(
            (want, f) => f === except || !want.length || valuesOf(tt, f, i).some((v) => want.includes(v)),
          );
        expect(got.results).toEqual(candidates.filter((i) => passes(i)));
        tt.facets.forEach((facet, f) => {
          facet.values.forEach((v, k) => {
            const expected = candidates.filter((i) => passes(i, f) && valuesOf(tt, f, i).includes(v)).length;
            expect(got.counts[f]?.[k]).toBe(expected);
          });
        });
      }),
      { numRuns: 300 },
    );
  });
});
