/**
 * Issuer-side index allocation. W3C Bitstring Status List v1.0 §2.1: "Implementations SHOULD
 * assign indexes randomly" (https://www.w3.org/TR/vc-bitstring-status-list/, privacy considerations).
 */
import { describe, expect, it } from 'vitest';
import { Bitstring, allocateIndex, cryptoRandomInt } from '../../../src/lib/status/index.ts';

/** A small deterministic generator (mulberry32) for reproducible draws. */
function seeded(seed: number) {
  let a = seed >>> 0;
  return (n: number) => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 2 ** 32) * n);
  };
}

const allocateMany = (list: Bitstring, count: number, random?: (n: number) => number) =>
  Array.from({ length: count }, () => {
    const i = allocateIndex(list, random);
    expect(list.get(i)).toBe(false);
    list.set(i);
    return i;
  });

describe('allocateIndex', () => {
  it('never repeats across 1,000 allocations from WebCrypto, and spreads them over the list', () => {
    const list = Bitstring.zeros();
    const picked = allocateMany(list, 1_000);
    expect(new Set(picked).size).toBe(1_000);
    expect(list.countSet()).toBe(1_000);
    expect(Math.max(...picked)).toBeGreaterThan(100_000); // not sequential from 0
    expect(Math.min(...picked)).toBeLessThan(31_072);
  });

  it('is deterministic with an injected random source', () => {
    const a = allocateMany(Bitstring.zeros(), 50, seeded(42));
    const b = allocateMany(Bitstring.zeros(), 50, seeded(42));
    expect(a).toEqual(b);
    expect(new Set(a).size).toBe(50);
  });

  it('fills a tiny list completely without repeats, then throws FULL', () => {
    const list = Bitstring.zeros(16);
    const picked = allocateMany(list, 16, seeded(7));
    expect([...picked].sort((x, y) => x - y)).toEqual([...Array(16).keys()]);
    expect(() => allocateIndex(list)).toThrow(expect.objectContaining({ name: 'StatusError', code: 'FULL' }));
    expect(() => allocateIndex(Bitstring.zeros(0))).toThrow(expect.objectContaining({ code: 'FULL' }));
  });

  it('finds the last free index even when every random probe hits a taken one', () => {
    const list = Bitstring.fromBytes(Uint8Array.of(0xff, 0xfb)); // only index 13 free
    expect(allocateIndex(list, () => 0)).toBe(13);
  });

  it('rejects a random source that breaks its contract', () => {
    for (const bad of [() => -1, () => 1.5, (n: number) => n, () => Number.NaN]) {
      expect(() => allocateIndex(Bitstring.zeros(8), bad)).toThrow(
        expect.objectContaining({ code: 'ARGUMENT' }),
      );
    }
  });
});

describe('cryptoRandomInt', () => {
  it('stays within 0 … n - 1', () => {
    for (const n of [1, 2, 3, 1_000, 2 ** 32]) {
      for (let k = 0; k < 200; k++) {
        const r = cryptoRandomInt(n);
        expect(Number.isInteger(r) && r >= 0 && r < n).toBe(true);
      }
    }
    expect(() => cryptoRandomInt(0)).toThrow(expect.objectContaining({ code: 'ARGUMENT' }));
  });
});
