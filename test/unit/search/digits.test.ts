/** Whole-number lists as base-36 strings (the facet table's columns): round trips, widths, bad input. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeDigits, encodeDigits } from '../../../src/lib/search/digits.ts';

describe('encodeDigits / decodeDigits', () => {
  it('writes the width, then each number in that many base-36 digits', () => {
    expect(encodeDigits([0, 1, 35])).toBe('101z');
    expect(encodeDigits([36, 2])).toBe('21002');
    expect(encodeDigits([])).toBe('1');
    expect([...decodeDigits('21002')]).toEqual([36, 2]);
    expect([...decodeDigits('1')]).toEqual([]);
  });

  it('gives back any list of whole numbers', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 2 ** 32 - 1 })), (nums) => {
        expect([...decodeDigits(encodeDigits(nums))]).toEqual(nums);
      }),
    );
  });

  it('refuses numbers it cannot write and strings it did not write', () => {
    expect(() => encodeDigits([-1])).toThrow(/-1 is not a whole number/);
    expect(() => encodeDigits([1.5])).toThrow(/1.5 is not a whole number/);
    expect(() => decodeDigits('2123')).toThrow(/not a digit list/);
    expect(() => decodeDigits('')).toThrow(/not a digit list/);
    expect(() => decodeDigits('1a!')).toThrow(/"!" at 2/);
  });
});
