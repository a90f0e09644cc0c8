/**
 * Issuer side: choosing a `statusListIndex` for a new credential. BSL §2.1: "Implementations
 * SHOULD assign indexes randomly, such that inferences — such as the recency of the assignment
 * or the size of the group — cannot be easily drawn from that position."
 */
import type { Bitstring } from './bitstring.ts';
import { StatusError } from './errors.ts';

/** A source of uniform random integers in `0 … n - 1`. */
export type RandomInt = (n: number) => number;

/** Random probes before falling back to counting free slots; probing is cheap while a list is sparse. */
const PROBES = 32;

/**
 * Picks an unused index uniformly at random. `allocated` has one bit per index (set = already
 * assigned); it is read, not changed: set the returned bit yourself once the credential is
 * issued. With an injected `random` the choice is deterministic. Throws `StatusError('FULL')`
 * when every index is taken. Never returns an allocated index.
 */
export function allocateIndex(allocated: Bitstring, random: RandomInt = cryptoRandomInt): number {
  const n = allocated.length;
  for (let i = 0; i < PROBES && n > 0; i++) {
    const candidate = draw(random, n);
    if (!allocated.get(candidate)) return candidate;
  }
  const free = n - allocated.countSet();
  if (free === 0) throw new StatusError('FULL', `all ${n} status list indexes are allocated`);
  return allocated.nthUnset(draw(random, free));
}

function draw(random: RandomInt, n: number): number {
  const r = random(n);
  if (!Number.isSafeInteger(r) || r < 0 || r >= n) {
    throw new StatusError('ARGUMENT', `the random source returned ${r}, not an integer from 0 to ${n - 1}`);
  }
  return r;
}

/**
 * Uniform integer in `0 … n - 1` (n ≤ 2^32) from WebCrypto, by rejection sampling so that no
 * value is more likely than another. Each draw is rejected with probability below 1/2; after 64
 * rejections in a row (odds under 2^-64) the last draw is used as is.
 */
export function cryptoRandomInt(n: number): number {
  if (!Number.isSafeInteger(n) || n < 1 || n > 2 ** 32)
    throw new StatusError('ARGUMENT', `cannot draw from ${n} values`);
  const limit = 2 ** 32 - (2 ** 32 % n); // largest multiple of n that fits 32 bits
  const buf = new Uint32Array(1);
  for (let tries = 0; tries < 64; tries++) {
    globalThis.crypto.getRandomValues(buf);
    if (buf[0]! < limit) break;
  }
  return buf[0]! % n;
}
