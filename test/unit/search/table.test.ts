/**
 * The facet table: built in title order with one Pagefind id per page, opened into flat arrays,
 * cards read back as they were recorded, summaries in chunks, and the vocabulary with counts.
 */
import { describe, expect, it } from 'vitest';
import { indexHtml, type SearchRecord } from '../../../src/lib/search/record.ts';
import { buildTable } from '../../../src/lib/search/table.ts';
import { cardOf, openTable, valuesOf } from '../../../src/lib/search/open-table.ts';

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
  const t = openTable({ ...built.table, summaries: ['s0.json', 's1.json'], words: 'words.json' });

  it('orders pages by title and keeps each Pagefind id with its page', () => {
    expect(t.json.title).toEqual(['apple', 'Mango', 'Zebra']);
    expect(t.ids).toEqual(['en_a', 'en_m', 'en_z']);
    expect(t.byId.get('en_z')).toBe(2);
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

  it('refuses a table of another version', () => {
    expect(() => openTable({ ...t.json, v: 2 as 1 })).toThrow(/version 2/);
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
