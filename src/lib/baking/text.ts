/**
 * Small text helpers that are safe on hostile, large strings (no backtracking regexes).
 *
 * @module
 */
import { BakingError } from './errors.ts';

/** UTF-8 length of a JS string without allocating (a lone surrogate counts as U+FFFD, 3 bytes). */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** True when the UTF-8 form of `s` is longer than `max`, checking the cheap bounds first. */
export function utf8Exceeds(s: string, max: number): boolean {
  if (s.length > max) return true; // every UTF-16 unit is at least one UTF-8 byte
  if (s.length * 3 <= max) return false; // and at most three
  return utf8Length(s) > max;
}

const isXmlSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;

/** Remove leading and trailing XML white space (space, tab, CR, LF). */
export function trimXmlSpace(s: string): string {
  let start = 0;
  let end = s.length;
  while (start < end && isXmlSpace(s.charCodeAt(start))) start++;
  while (end > start && isXmlSpace(s.charCodeAt(end - 1))) end--;
  return start === 0 && end === s.length ? s : s.slice(start, end);
}

/** Decode UTF-8, rejecting invalid sequences with `PAYLOAD_INVALID`. */
export function decodeUtf8(bytes: Uint8Array, what: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (cause) {
    throw new BakingError('PAYLOAD_INVALID', `${what} is not valid UTF-8`, { cause });
  }
}

/**
 * Decode ISO 8859-1 (PNG `tEXt`). Done by hand: `TextDecoder('latin1')` is windows-1252,
 * which maps 0x80–0x9F differently.
 */
export function decodeLatin1(bytes: Uint8Array): string {
  let out = '';
  const step = 8192;
  for (let i = 0; i < bytes.length; i += step) {
    out += String.fromCharCode(...bytes.subarray(i, i + step));
  }
  return out;
}
