/**
 * Queries as search understands them: whole words for short terms, the catalog's synonyms in
 * both directions, common words dropped, and the Pagefind searches a query needs.
 */
import { describe, expect, it } from 'vitest';
import { altKey, parseQuery, plan, resolve, synonymIndex } from '../../../src/lib/search/query.ts';
import { vocabulary } from '../../../src/lib/search/typo.ts';
import { compareTitles, words } from '../../../src/lib/search/words.ts';

const syn = synonymIndex([
  ['SEL', 'social-emotional learning', 'social and emotional learning'],
  ['AI', 'artificial intelligence'],
  ['ELL', 'ELLs', 'English learners', 'multilingual learners'],
]);
const keys = (q: string) => parseQuery(q, syn).map((t) => t.alternatives.map(altKey));

describe('words', () => {
  it('splits on anything but letters and digits, lower case without accents, apostrophes dropped', () => {
    expect(words("Self-Paced teacher's  K–2 Café")).toEqual(['self', 'paced', 'teachers', 'k', '2', 'cafe']);
  });
  it('orders titles A–Z ignoring case', () => {
    expect(['b', 'A', 'a', 'C'].sort(compareTitles)).toEqual(['a', 'A', 'b', 'C']);
  });
});

describe('parseQuery', () => {
  it('matches a term of three letters or fewer as a whole word (SEL is not self-paced)', () => {
    expect(parseQuery('sel')).toEqual([{ text: 'sel', alternatives: [{ words: ['sel'], exact: true }] }]);
    expect(parseQuery('self')).toEqual([{ text: 'self', alternatives: [{ words: ['self'], exact: false }] }]);
  });

  it('expands an acronym to its spelled-out forms, and the spelled-out form to the acronym', () => {
    expect(keys('SEL')).toEqual([['"sel"', 'social emotional learning']]);
    expect(keys('social-emotional learning')).toEqual(keys('SEL'));
    expect(keys('social and emotional learning')).toEqual(keys('SEL'));
    expect(keys('Artificial Intelligence')).toEqual([['"ai"', 'artificial intelligence']]);
  });

  it('keeps the other words of the query as terms of their own (AND)', () => {
    expect(keys('SEL coaching')).toEqual([['"sel"', 'social emotional learning'], ['coaching']]);
    expect(keys('coaching for ELLs')).toEqual([
      ['coaching'],
      ['"ell"', 'ells', 'english learners', 'multilingual learners'],
    ]);
  });

  it('takes the longest synonym phrase that matches', () => {
    expect(parseQuery('english learners', syn).map((t) => t.text)).toEqual(['english learners']);
    expect(parseQuery('english teachers', syn).map((t) => t.text)).toEqual(['english', 'teachers']);
  });

  it('drops common words, and a query of only common words browses', () => {
    expect(keys('the feedback of a teacher')).toEqual([['feedback'], ['teacher']]);
    expect(parseQuery('the and a')).toEqual([]);
    expect(parseQuery('  ')).toEqual([]);
  });
});

describe('plan', () => {
  it('puts plain terms in one Pagefind search and each other alternative in its own', () => {
    const p = plan(parseQuery('number talks SEL', syn));
    expect(p.base).toBe('number talks');
    expect(p.each.map((t) => t.text)).toEqual(['sel']);
  });
  it('has no base search when every term is a whole word or has synonyms', () => {
    expect(plan(parseQuery('AI', syn)).base).toBeUndefined();
  });
});

describe('resolve', () => {
  const vocab = vocabulary({
    w: ['feed', 'feedback', 'feedbacks', 'teacher', 'teachers', 'teaching'],
    n: [1, 9, 1, 5, 5, 5],
  });
  const keys = (q: string) => resolve(parseQuery(q, syn), vocab)?.map((t) => t.alternatives.map(altKey));
  it('drops alternatives whose long words no indexed word starts with', () => {
    expect(keys('AI')).toEqual([['"ai"']]);
  });
  it('is undefined when a term has no alternative left: the query matches nothing', () => {
    expect(keys('feedback artificial')).toBeUndefined();
  });
  it('widens a prefix to what the words it begins share, so typing on asks the same search', () => {
    expect(keys('feedb')).toEqual([['feedback']]);
    expect(keys('feedbac')).toEqual([['feedback']]);
    expect(keys('feed')).toEqual([['feed']]);
    expect(keys('teac')).toEqual([['teach']]);
    expect(keys('teache')).toEqual([['teacher']]);
  });
});
