/**
 * A small seeded pseudo-random generator (mulberry32) with the draws the catalog generator
 * needs. The same seed always gives the same sequence, on every machine and Node version, so a
 * generated catalog is reproducible byte for byte.
 */

export interface Rng {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
  /** One element of a non-empty list. */
  pick<T>(list: readonly T[]): T;
  /** One key of a weight table, drawn in proportion to its weight. */
  weighted<K extends string>(weights: Readonly<Record<K, number>>): K;
  /** `n` distinct elements (or all of them when the list is shorter), in list order. */
  sample<T>(list: readonly T[], n: number): T[];
  /** A positive number from a log-normal distribution with the given median and spread. */
  logNormal(median: number, sigma: number): number;
  /** A new generator whose sequence depends on this one's seed and a label (stable sub-streams). */
  fork(label: string): Rng;
}

/** 32-bit FNV-1a hash of a string, used to derive sub-stream seeds from labels. */
export function hash32(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A generator seeded with a number or a string. */
export function createRng(seed: number | string): Rng {
  const base = typeof seed === 'number' ? seed >>> 0 : hash32(seed);
  let state = base;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const rng: Rng = {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    pick: (list) => {
      if (!list.length) throw new RangeError('pick from an empty list');
      return list[Math.floor(next() * list.length)] as (typeof list)[number];
    },
    weighted: (weights) => {
      const entries = Object.entries(weights) as [keyof typeof weights & string, number][];
      const total = entries.reduce((s, [, w]) => s + w, 0);
      let r = next() * total;
      for (const [k, w] of entries) {
        r -= w;
        if (r < 0) return k;
      }
      return (entries.at(-1) as [keyof typeof weights & string, number])[0];
    },
    sample: (list, n) => {
      if (n >= list.length) return [...list];
      const chosen = new Set<number>();
      while (chosen.size < n) chosen.add(Math.floor(next() * list.length));
      return [...chosen].sort((a, b) => a - b).map((i) => list[i] as (typeof list)[number]);
    },
    logNormal: (median, sigma) => {
      // Box–Muller: a standard normal from two uniform draws.
      const u = 1 - next();
      const v = next();
      const z = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
      return median * Math.exp(sigma * z);
    },
    fork: (label) => createRng((base ^ hash32(label)) >>> 0),
  };
  return rng;
}
