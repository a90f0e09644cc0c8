/**
 * The facet table: built in title order with one Pagefind id per page, facet values as flat
 * number lists opened into flat arrays, cards (in their own file) read back as they were
 * recorded, summaries in chunks, and the vocabulary with counts.
 */
import { describe, expect, it } from 'vitest';
import { indexHtml, type SearchRecord } from '../../../src/lib/search/record.ts';
import { decodeDigits } from '../../../src/lib/search/digits.ts';
import { buildTable } from '../../../src/lib/search/table.ts';
import { addCards, cardOf, openTable, pageOf, valuesOf } from '../../../src/lib/search/open-table.ts';

const rec = (
  title: string,
  extra: Partial<SearchRecord['card']> = {},
  subjects: string[] = [],
): SearchRecord => ({
  text: { title, tags: ['formative assessment'], summary: `About ${title}.`, more: ['Riverbend'] },
  facets: { type: ['Credentials'], subject: subjects },
  sort: { hours: 12, newest: '2025-06-02' },
  card: {
    title,
    url: `/credentials/r/${title.toLowerCase()}/`,
    kind: 'Micro-credential',
    status: 'active',
    summary: `About ${title}.`,
    ...extra,
  },
});

describe('buildTable', () => {
  const records = [
    rec(
      'Zebra',
      {
        image: '/credentials/r/zebra/badge.svg',
        issuer: 'Riverbend USD',
        facts: '12 hours · 1.2 CEUs',
        quality: 'gaps',
      },
      ['SEL', 'Literacy'],
    ),
    rec('apple', { status: 'draft' }),
    rec('Mango', {}, ['SEL']),
  ];
  const built = buildTable(
    records,
    ['en_z', 'en_a', 'en_m'],
    ['type', 'subject'],
    [['SEL', 'social emotional learning']],
    2,
  );
  const json = {
    ...built.table,
    summaries: ['s0.json', 's1.json'],
    words: 'words.json',
    cards: 'cards.json',
  };
  const t = openTable(json);
  addCards(t, built.cards);

  it('orders pages by title and keeps each Pagefind id with its page', () => {
    expect(built.cards.title).toEqual(['apple', 'Mango', 'Zebra']);
    expect(t.cards?.ids).toEqual(['en_a', 'en_m', 'en_z']);
    expect(pageOf(t, 'en_z')).toBe(2);
    expect(pageOf(t, 'en_q')).toBeUndefined();
  });

  it('writes facet values as flat number lists: a count per page, then the values', () => {
    expect(built.table.facets[1]).toEqual({ key: 'subject', values: ['SEL', 'Literacy'] });
    expect([...decodeDigits(built.table.n[1] ?? '')]).toEqual([0, 1, 2]);
    expect([...decodeDigits(built.table.vals[1] ?? '')]).toEqual([0, 0, 1]);
    expect([...decodeDigits(built.table.n[0] ?? '')]).toEqual([1, 1, 1]);
  });

  it('keeps the cards out of the table the page opens at start-up', () => {
    expect(Object.keys(built.table)).not.toContain('title');
    expect(JSON.stringify(built.table)).not.toContain('Zebra');
    const bare = openTable(json);
    expect(valuesOf(bare, 1, 2)).toEqual(['SEL', 'Literacy']);
    expect(() => cardOf(bare, 0)).toThrow(/cards are not loaded/);
    expect(() => pageOf(bare, 'en_a')).toThrow(/cards are not loaded/);
  });

  it('gives back each page’s facet values and card', () => {
    expect(valuesOf(t, 1, 2)).toEqual(['SEL', 'Literacy']);
    expect(valuesOf(t, 1, 0)).toEqual([]);
    t.summary[2] = 'About Zebra.';
    expect(cardOf(t, 2)).toEqual(records[0]?.card);
    expect(cardOf(t, 0)).toMatchObject({ status: 'draft', summary: '' });
    expect(t.hours[0]).toBe(12);
    expect(t.newest[0]).toBe(Date.UTC(2025, 5, 2) / 86_400_000);
  });

  it('splits summaries into chunks in table order', () => {
    expect(built.summaries).toEqual([['About apple.', 'About Mango.'], ['About Zebra.']]);
  });

  it('counts the pages each indexed word is on', () => {
    const { w, n } = built.vocabulary;
    expect(w).toEqual([...w].sort());
    expect(n[w.indexOf('formative')]).toBe(3);
    expect(n[w.indexOf('zebra')]).toBe(1);
  });

  it('refuses a table or cards file of another version, or of another size', () => {
    expect(() => openTable({ ...json, v: 1 as 2 })).toThrow(/table version 1/);
    expect(() => addCards(openTable(json), { ...built.cards, v: 1 as 2 })).toThrow(/cards version 1/);
    expect(() => addCards(openTable(json), { ...built.cards, ids: ['a'] })).toThrow(/1 pages, not 3/);
    expect(() => openTable({ ...json, n: ['111', ...json.n.slice(1)] })).toThrow(/facet 0 has 2 pages/);
    expect(() => openTable({ ...json, vals: ['10', ...json.vals.slice(1)] })).toThrow(
      /facet 0 lists 1 values, not 3/,
    );
  });
});

describe('indexHtml', () => {
  it('indexes only the fields a searcher means, weighted, escaped', () => {
    const html = indexHtml(rec('<Tags> & "quotes"'));
    expect(html).toContain('<h1 data-pagefind-weight="10">&lt;Tags&gt; &amp; &quot;quotes&quot;</h1>');
    expect(html).toContain('<p data-pagefind-weight="6">formative assessment</p>');
    expect(html).toContain('<p data-pagefind-weight="2">Riverbend</p>');
    expect(html).toContain('data-pagefind-body');
  });
});
