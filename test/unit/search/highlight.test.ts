/** Marking matched words in a card's text the way search matched them. */
import { describe, expect, it } from 'vitest';
import { matcher, segments } from '../../../src/lib/search/highlight.ts';
import { parseQuery, synonymIndex } from '../../../src/lib/search/query.ts';

const syn = synonymIndex([['SEL', 'social emotional learning']]);
const marks = (q: string, text: string) =>
  segments(text, matcher(parseQuery(q, syn)))
    .filter((s) => s.mark)
    .map((s) => s.text);

describe('highlight', () => {
  it('marks a short term as a whole word only (and its plural)', () => {
    expect(marks('SEL', 'Adult SEL for self-paced SELs')).toEqual(['SEL', 'SELs']);
  });
  it('marks words that start with a longer term, or share its stem', () => {
    expect(marks('coaching', 'Coaches and coaching cycles')).toEqual(['Coaches', 'coaching']);
    expect(marks('feedb', 'Feedback students act on')).toEqual(['Feedback']);
  });
  it('marks the words of every alternative', () => {
    expect(marks('SEL', 'Social and emotional learning')).toEqual(['Social', 'emotional', 'learning']);
  });
  it('keeps the text as it was, split into runs', () => {
    const s = segments("A teacher's SEL plan", matcher(parseQuery('sel', syn)));
    expect(s.map((x) => x.text).join('')).toBe("A teacher's SEL plan");
    expect(s).toEqual([
      { text: "A teacher's ", mark: false },
      { text: 'SEL', mark: true },
      { text: ' plan', mark: false },
    ]);
  });
});
