/**
 * A status list bitstring, W3C Bitstring Status List v1.0 (BSL) §2.2 and §7.1: index 0 is the
 * left-most bit, so bit `i` lives in byte `i >> 3` under the mask `0x80 >> (i & 7)` (MSB-first).
 */
import { StatusError } from './errors.ts';

/** BSL §2.2: "The uncompressed bitstring MUST be at least 16KB in size" = 131,072 bits. */
export const MIN_BITS = 131_072;

/** Largest bitstring this module will hold: 2^32 bits (512 MiB), far above any real list. */
export const MAX_BITS = 2 ** 32;

/** Set bits in each byte value, for `countSet`. */
const POPCOUNT = Uint8Array.from({ length: 256 }, (_, b) => {
  let n = 0;
  for (let v = b; v; v >>= 1) n += v & 1;
  return n;
});

export class Bitstring {
  readonly #bytes: Uint8Array;

  private constructor(bytes: Uint8Array) {
    this.#bytes = bytes;
  }

  /**
   * A bitstring of `bits` zero bits. `bits` must be a multiple of 8 (the list is published as
   * bytes) and defaults to the BSL minimum of 131,072.
   */
  static zeros(bits: number = MIN_BITS): Bitstring {
    if (!Number.isSafeInteger(bits) || bits < 0 || bits > MAX_BITS || bits % 8 !== 0) {
      throw new StatusError(
        'ARGUMENT',
        `a bitstring length must be a multiple of 8 from 0 to ${MAX_BITS}, got ${bits}`,
      );
    }
    return new Bitstring(new Uint8Array(bits / 8));
  }

  /** A bitstring over a copy of `bytes` (byte 0 holds indexes 0–7, most significant bit first). */
  static fromBytes(bytes: Uint8Array): Bitstring {
    if (bytes.length * 8 > MAX_BITS)
      throw new StatusError('ARGUMENT', `a bitstring can hold at most ${MAX_BITS} bits`);
    return new Bitstring(bytes.slice());
  }

  /** Number of bits (entries when `statusSize` is 1). */
  get length(): number {
    return this.#bytes.length * 8;
  }

  /** Whether bit `i` is set. Throws `StatusError('RANGE')` outside `0 … length - 1`. */
  get(i: number): boolean {
    this.#check(i);
    return (this.#bytes[i >>> 3]! & (0x80 >> (i & 7))) !== 0;
  }

  /** Sets (or with `v = false` clears) bit `i`. Throws `StatusError('RANGE')` outside the list. */
  set(i: number, v = true): void {
    this.#check(i);
    const mask = 0x80 >> (i & 7);
    const at = i >>> 3;
    this.#bytes[at] = v ? this.#bytes[at]! | mask : this.#bytes[at]! & ~mask;
  }

  /** A copy of the underlying bytes, ready to compress. */
  bytes(): Uint8Array {
    return this.#bytes.slice();
  }

  /** How many bits are set. */
  countSet(): number {
    let n = 0;
    for (const b of this.#bytes) n += POPCOUNT[b]!;
    return n;
  }

  /**
   * The index of the `k`-th unset bit (0-based), or -1 when there are not that many.
   * One pass over the bytes; used to pick a free index uniformly in a crowded list.
   */
  nthUnset(k: number): number {
    if (!Number.isSafeInteger(k) || k < 0) return -1;
    let left = k;
    for (let at = 0; at < this.#bytes.length; at++) {
      const byte = this.#bytes[at]!;
      const free = 8 - POPCOUNT[byte]!;
      if (left >= free) {
        left -= free;
        continue;
      }
      for (let bit = 0; bit < 8; bit++) {
        if ((byte & (0x80 >> bit)) === 0 && left-- === 0) return at * 8 + bit;
      }
    }
    return -1;
  }

  // Indexes reach 2^32 - 1, past int32: callers use `>>> 3` (unsigned), never `>> 3`.
  #check(i: number): void {
    if (!Number.isSafeInteger(i) || i < 0 || i >= this.length) {
      throw new StatusError('RANGE', `index ${i} is outside the list (0 to ${this.length - 1})`);
    }
  }
}
