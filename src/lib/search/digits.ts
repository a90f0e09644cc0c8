/**
 * Lists of whole numbers as short strings, for the facet table: a browser parses a long JSON
 * string far faster than a long JSON array of numbers, and decoding the string is one tight loop.
 * The first character is the width w (a base-36 digit, 1–9); then every number as w base-36
 * digits ("0"–"9", "a"–"z").
 */
const digit = (c: number) => (c <= 57 ? c - 48 : c - 87);

export function encodeDigits(nums: readonly number[]): string {
  let max = 0;
  for (const n of nums) {
    if (!Number.isInteger(n) || n < 0) throw new Error(`encodeDigits: ${n} is not a whole number ≥ 0`);
    if (n > max) max = n;
  }
  const width = Math.max(1, max.toString(36).length);
  if (width > 9) throw new Error(`encodeDigits: ${max} is too large`);
  return `${width}${nums.map((n) => n.toString(36).padStart(width, '0')).join('')}`;
}

export function decodeDigits(s: string): Uint32Array {
  const width = digit(s.charCodeAt(0));
  if (!(width >= 1 && width <= 9) || (s.length - 1) % width !== 0)
    throw new Error(`decodeDigits: not a digit list (width ${s.slice(0, 1)}, ${s.length - 1} digits)`);
  const out = new Uint32Array((s.length - 1) / width);
  for (let i = 0, at = 1; i < out.length; i++) {
    let n = 0;
    for (const end = at + width; at < end; at++) {
      const d = digit(s.charCodeAt(at));
      if (!(d >= 0 && d < 36)) throw new Error(`decodeDigits: "${s[at]}" at ${at} is not a base-36 digit`);
      n = n * 36 + d;
    }
    out[i] = n;
  }
  return out;
}
