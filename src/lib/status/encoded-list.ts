/**
 * `encodedList` of a BitstringStatusList (BSL §2.2, §3.3, §3.4): the GZIP-compressed bitstring
 * as Multibase base64url without padding, i.e. `u` + base64url(gzip(bytes)).
 */
import { decode as base64urlDecode, encode as base64urlEncode } from 'jose/base64url';
import { Bitstring, MAX_BITS, MIN_BITS } from './bitstring.ts';
import { StatusError } from './errors.ts';
import { gunzip, gzip } from './gzip.ts';

/** Default cap on the uncompressed list: 16 MiB = 134,217,728 entries, 1,024 times the BSL minimum. */
export const DEFAULT_MAX_BYTES = 16 * 1024 * 1024;

/**
 * How an `encodedList` was written. `multibase` is the BSL form (`u` prefix). The two legacy
 * forms have no prefix, as in StatusList2021-era lists: `base64url`, or `base64` (with `+`, `/`
 * or `=` padding).
 */
export type ListEncoding = 'multibase' | 'base64url' | 'base64';

export interface DecodeOptions {
  /** Cap on the uncompressed size in bytes, enforced while inflating. Default 16 MiB. */
  maxBytes?: number;
  /**
   * Fewer bits than this → `StatusError('LENGTH')` (BSL §3.2 STATUS_LIST_LENGTH_ERROR).
   * Default 131,072; an ecosystem may set a lower bound (DCC lists have 100,000 bits).
   */
  minBits?: number;
}

export interface DecodedList {
  list: Bitstring;
  encoding: ListEncoding;
  /** True when the list lacked the `u` prefix: accepted, but not BSL-conformant. */
  legacyEncoding: boolean;
}

const GZIP_MAGIC_B64 = 'H4sI'; // base64 of 1f 8b 08: every GZIP member starts with it
const MULTIBASE_BODY = /^[A-Za-z0-9_-]*$/;
const LEGACY_BODY = /^[A-Za-z0-9+/_-]*={0,2}$/;

/**
 * Compresses and encodes a bitstring for `credentialSubject.encodedList`.
 * Refuses lists shorter than `minBits` (default: the BSL minimum of 131,072).
 */
export async function encodeList(b: Bitstring, opts: { minBits?: number } = {}): Promise<string> {
  const minBits = nonNegative(opts.minBits ?? MIN_BITS, 'minBits');
  if (b.length < minBits) {
    throw new StatusError('LENGTH', `a status list needs at least ${minBits} bits, this one has ${b.length}`);
  }
  return `u${base64urlEncode(await gzip(b.bytes()))}`;
}

/**
 * Decodes an `encodedList` (BSL §3.4 Bitstring Expansion). Accepts the `u` multibase form and,
 * for older lists, bare base64url or base64 starting with the GZIP header.
 * Throws `StatusError` `ENCODING`, `GZIP`, `TOO_LARGE` or `LENGTH`.
 */
export async function decodeList(encoded: string, opts?: DecodeOptions): Promise<Bitstring> {
  return (await decodeListDetailed(encoded, opts)).list;
}

/** `decodeList` that also reports which encoding the list used, so a verifier can warn on legacy forms. */
export async function decodeListDetailed(encoded: unknown, opts: DecodeOptions = {}): Promise<DecodedList> {
  const maxBytes = positive(opts.maxBytes ?? DEFAULT_MAX_BYTES, 'maxBytes', MAX_BITS / 8);
  const minBits = nonNegative(opts.minBits ?? MIN_BITS, 'minBits');
  if (typeof encoded !== 'string') throw new StatusError('ENCODING', 'encodedList is not a string');
  // GZIP never grows data by more than a few bytes per 16 KiB block, plus header and trailer.
  const maxChars = Math.ceil(((maxBytes + Math.ceil(maxBytes / 1024) + 1024) * 4) / 3) + 1;
  if (encoded.length > maxChars) {
    throw new StatusError(
      'TOO_LARGE',
      `encodedList is ${encoded.length} characters, over the ${maxChars} allowed`,
    );
  }
  const { body, encoding } = splitEncoding(encoded);
  const bytes = await gunzip(decodeBase64(body), maxBytes);
  if (bytes.length * 8 < minBits) {
    throw new StatusError(
      'LENGTH',
      `the status list has ${bytes.length * 8} bits, fewer than the minimum ${minBits}`,
    );
  }
  return { list: Bitstring.fromBytes(bytes), encoding, legacyEncoding: encoding !== 'multibase' };
}

function splitEncoding(encoded: string): { body: string; encoding: ListEncoding } {
  if (encoded.startsWith('u')) {
    const body = encoded.slice(1);
    if (!MULTIBASE_BODY.test(body)) {
      throw new StatusError('ENCODING', 'encodedList has characters outside unpadded base64url');
    }
    return { body, encoding: 'multibase' };
  }
  if (encoded.startsWith(GZIP_MAGIC_B64) && LEGACY_BODY.test(encoded)) {
    return { body: encoded, encoding: /[+/=]/.test(encoded) ? 'base64' : 'base64url' };
  }
  throw new StatusError('ENCODING', "encodedList is not multibase base64url (it must start with 'u')");
}

function decodeBase64(body: string): Uint8Array {
  const url = body.replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
  try {
    return base64urlDecode(url);
  } catch (cause) {
    throw new StatusError('ENCODING', 'encodedList is not valid base64url', { cause });
  }
}

function positive(n: number, name: string, max: number): number {
  if (!Number.isSafeInteger(n) || n <= 0 || n > max) {
    throw new StatusError('ARGUMENT', `${name} must be an integer from 1 to ${max}, got ${n}`);
  }
  return n;
}

function nonNegative(n: number, name: string): number {
  if (!Number.isSafeInteger(n) || n < 0)
    throw new StatusError('ARGUMENT', `${name} must be a non-negative integer, got ${n}`);
  return n;
}
