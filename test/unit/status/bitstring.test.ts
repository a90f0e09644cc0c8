/**
 * Bitstring layout, W3C Bitstring Status List v1.0 (BSL) §2.2 and §7.1: index 0 is the left-most
 * bit, i.e. bit i = byte[i >> 3] & (0x80 >> (i & 7)) (Bitstring Status List §3.4).
 */
import { describe, expect, it } from 'vitest';
import { Bitstring, MIN_BITS } from '../../../src/lib/status/index.ts';

describe('Bitstring', () => {
  it('defaults to the BSL §2.2 minimum of 16 KiB = 131,072 bits, all zero', () => {
    const b = Bitstring.zeros();
    expect(MIN_BITS).toBe(131_072);
    expect(b.length).toBe(131_072);
    expect(b.bytes()).toHaveLength(16_384);
    expect(b.countSet()).toBe(0);
  });

  it('stores index 0 in the most significant bit of byte 0 (BSL §7.1)', () => {
    const b = Bitstring.zeros(16);
    b.set(0);
    b.set(7);
    b.set(8);
    expect([...b.bytes()]).toEqual([0x81, 0x80]);
    expect([0, 1, 6, 7, 8, 9].map((i) => b.get(i))).toEqual([true, false, false, true, true, false]);
    expect(b.countSet()).toBe(3);
  });

  it('clears a bit with set(i, false) and leaves its neighbours', () => {
    const b = Bitstring.fromBytes(Uint8Array.of(0xff));
    b.set(3, false);
    expect([...b.bytes()]).toEqual([0xef]);
  });

  it('rejects indexes outside the list with a RANGE StatusError', () => {
    const b = Bitstring.zeros(8);
    for (const i of [-1, 8, 1.5, Number.NaN, Infinity]) {
      expect(() => b.get(i)).toThrow(expect.objectContaining({ name: 'StatusError', code: 'RANGE' }));
      expect(() => b.set(i)).toThrow(expect.objectContaining({ code: 'RANGE', specError: 'RANGE_ERROR' }));
    }
  });

  it('only builds whole-byte lengths', () => {
    for (const bits of [7, -8, 1.5]) {
      expect(() => Bitstring.zeros(bits)).toThrow(expect.objectContaining({ code: 'ARGUMENT' }));
    }
    expect(Bitstring.zeros(0).length).toBe(0);
  });

  it('copies on the way in and out, so callers cannot change a list behind its back', () => {
    const src = new Uint8Array(2);
    const b = Bitstring.fromBytes(src);
    src[0] = 0xff;
    b.bytes()[1] = 0xff;
    expect(b.countSet()).toBe(0);
  });

  it('finds the k-th unset bit', () => {
    const b = Bitstring.fromBytes(Uint8Array.of(0b1010_1111, 0b0111_1111));
    expect([0, 1, 2].map((k) => b.nthUnset(k))).toEqual([1, 3, 8]);
    expect(b.nthUnset(3)).toBe(-1);
  });
});
