/** Typo tolerance: one edit, words of five letters or more, the most common word the index holds. */
import { describe, expect, it } from 'vitest';
import { correctQuery, roughStem, vocabulary, withinOneEdit } from '../../../src/lib/search/typo.ts';

const vocab = vocabulary({
  w: ['coaches', 'feed', 'feedback', 'feedbacks', 'reading', 'readings', 'talks', 'teacher', 'teachers'],
  n: [4, 1, 40, 2, 30, 1, 5, 10, 20],
});

describe('withinOneEdit', () => {
  it.each([
    ['feedbak', 'feedback', true], // a letter dropped
    ['feedbacck', 'feedback', true], // a letter added
    ['feedbeck', 'feedback', true], // a letter changed
    ['feedbakc', 'feedback', true], // neighbours swapped
    ['feedbeak', 'feedback', false], // two edits
    ['fedbak', 'feedback', false],
    ['reading', 'reading', true],
  ])('%s ~ %s: %s', (a, b, want) => {
    expect(withinOneEdit(a, b)).toBe(want);
    expect(withinOneEdit(b, a)).toBe(want);
  });
});

describe('vocabulary', () => {
  it('knows words, their beginnings and their rough stems', () => {
    expect(vocab.knows('feedb')).toBe(true);
    expect(vocab.knows('coaching')).toBe(true); // "coach" begins "coaches"
    expect(vocab.knows('artificial')).toBe(false);
    expect(roughStem('coaching')).toBe('coach');
  });
  it('suggests the most common word one edit away', () => {
    expect(vocab.nearest('feedbak')).toBe('feedback');
    expect(vocab.nearest('teachr')).toBe('teacher');
    expect(vocab.nearest('teachrs')).toBe('teachers');
    expect(vocab.nearest('qwerty')).toBeUndefined();
  });
});

describe('correctQuery', () => {
  it('corrects unknown words of five letters or more, keeping the rest', () => {
    expect(correctQuery('feedbak for teachrs', vocab)).toEqual({
      query: 'feedback for teachers',
      from: ['feedbak', 'teachrs'],
      to: ['feedback', 'teachers'],
    });
  });
  it('leaves short words, known words and words still being typed alone', () => {
    expect(correctQuery('tlak', vocab)).toBeUndefined();
    expect(correctQuery('feedb', vocab)).toBeUndefined();
    expect(correctQuery('reading', vocab)).toBeUndefined();
  });
});
