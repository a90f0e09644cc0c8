/** Combining Pagefind's answers: OR across a term's alternatives (best score), AND across terms (scores add). */
import { describe, expect, it } from 'vitest';
import { combine, searchesFor } from '../../../src/lib/search/combine.ts';
import { parseQuery, synonymIndex } from '../../../src/lib/search/query.ts';

const syn = synonymIndex([['SEL', 'social emotional learning']]);

describe('combine', () => {
  it('a page matches a term through any alternative, with its best score', () => {
    const terms = parseQuery('SEL', syn);
    expect(searchesFor(terms)).toEqual(['"sel"', 'social emotional learning']);
    const hits = new Map([
      ['"sel"', new Map([['a', 1]])],
      [
        'social emotional learning',
        new Map([
          ['a', 3],
          ['b', 2],
        ]),
      ],
    ]);
    expect(combine(terms, hits)).toEqual(
      new Map([
        ['a', 3],
        ['b', 2],
      ]),
    );
  });

  it('a page must match every term; scores add', () => {
    const terms = parseQuery('coaching SEL', syn);
    expect(searchesFor(terms)).toEqual(['coaching', '"sel"', 'social emotional learning']);
    const hits = new Map([
      [
        'coaching',
        new Map([
          ['a', 5],
          ['c', 1],
        ]),
      ],
      [
        '"sel"',
        new Map([
          ['a', 1],
          ['b', 1],
        ]),
      ],
      ['social emotional learning', new Map<string, number>()],
    ]);
    expect(combine(terms, hits)).toEqual(new Map([['a', 6]]));
  });

  it('nothing to search finds nothing', () => {
    expect(combine([], new Map())).toEqual(new Map());
  });
});
