/**
 * fast-check arbitraries that damage badges: string and byte edits (bit flips, truncation,
 * insertion, duplication), odd Unicode (lone surrogates, direction overrides, zero-width and
 * look-alike letters), JSON edits at the value level (`__proto__`/`constructor`/`prototype`
 * members, huge numbers, deep nesting) and at the text level (duplicate member names).
 * Positions are fractions of the input's length, so one edit fits inputs of any size.
 */
import fc from 'fast-check';
import { concat } from '../unit/baking/png-helpers.ts';

/** Characters that break parsers or fool readers. */
export const ODD_CHARS = [
  '\ud800',
  '\udbff',
  '\udc00',
  '\udfff', // lone surrogates
  '\u202e',
  '\u202d',
  '\u202a',
  '\u202c',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
  '\u200e',
  '\u200f', // direction controls
  '\u200b',
  '\u200c',
  '\u200d',
  '\u2060',
  '\ufeff',
  '\u00ad', // zero-width, BOM, soft hyphen
  '\u2028',
  '\u2029',
  '\u00a0',
  '\u3000',
  '\u0000',
  '\u0001',
  '\u007f',
  '\u0085', // separators, controls
  '\u0301',
  '\u0338',
  '\u20dd', // combining marks
  'і',
  'о',
  'а',
  'е',
  'ѕ',
  'ԁ',
  'ο',
  'Ꭱ',
  'Ｒ',
  '𝐑',
  'ℛ',
  'ﬁ', // look-alikes of Latin letters
  '\u{1F600}',
  '\u{10FFFF}',
  '\ufffd',
  '\uffff',
  '\\',
  '"',
  "'",
  '<',
  '>',
  '&',
  '%',
  '=',
  '+',
  '/',
  '.',
  ':',
  '#',
  '?',
  ' ',
  '\n',
  '\r',
  '\t',
  '{',
  '}',
  '[',
  ']',
  ',',
] as const;

export const oddChar: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...ODD_CHARS) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
  { weight: 1, arbitrary: fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'),
  },
);

export const oddString = (maxLength = 24): fc.Arbitrary<string> =>
  fc.array(oddChar, { maxLength }).map((a) => a.join(''));

/** A position as a fraction of the input's length, spread evenly (fast-check's default leans to the ends). */
export const fraction: fc.Arbitrary<number> = fc
  .noBias(fc.integer({ min: 0, max: 1_000_000 }))
  .map((n) => n / 1_000_000);

/** One edit of a string. */
export type StringEdit =
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'delete' | 'duplicate'; at: number; length: number }
  | { kind: 'replace'; at: number; length: number; text: string }
  | { kind: 'truncate'; at: number }
  | { kind: 'swapcase'; at: number };

export const stringEdit: fc.Arbitrary<StringEdit> = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: fraction, text: oddString(16) }),
  fc.record({
    kind: fc.constantFrom('delete' as const, 'duplicate' as const),
    at: fraction,
    length: fc.integer({ min: 1, max: 64 }),
  }),
  fc.record({
    kind: fc.constant('replace' as const),
    at: fraction,
    length: fc.integer({ min: 1, max: 8 }),
    text: oddString(8),
  }),
  fc.record({ kind: fc.constant('truncate' as const), at: fraction }),
  fc.record({ kind: fc.constant('swapcase' as const), at: fraction }),
);

const pos = (n: number, at: number) => Math.min(n, Math.floor(at * (n + 1)));

export function applyStringEdit(s: string, e: StringEdit): string {
  const i = pos(s.length, e.at);
  switch (e.kind) {
    case 'insert':
      return s.slice(0, i) + e.text + s.slice(i);
    case 'delete':
      return s.slice(0, i) + s.slice(i + e.length);
    case 'duplicate':
      return s.slice(0, i + e.length) + s.slice(i, i + e.length) + s.slice(i + e.length);
    case 'replace':
      return s.slice(0, i) + e.text + s.slice(i + e.length);
    case 'truncate':
      return s.slice(0, i);
    case 'swapcase': {
      const c = s.charAt(i);
      const swapped = c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase();
      return s.slice(0, i) + swapped + s.slice(i + 1);
    }
  }
}

/** One edit of a byte array. */
export type ByteEdit =
  | { kind: 'flip'; at: number; bit: number }
  | { kind: 'truncate'; at: number }
  | { kind: 'insert'; at: number; bytes: Uint8Array }
  | { kind: 'delete' | 'duplicate'; at: number; length: number }
  | { kind: 'overwrite'; at: number; bytes: Uint8Array };

export const byteEdit: fc.Arbitrary<ByteEdit> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('flip' as const),
      at: fraction,
      bit: fc.integer({ min: 0, max: 7 }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('truncate' as const), at: fraction }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('insert' as const),
      at: fraction,
      bytes: fc.uint8Array({ minLength: 1, maxLength: 32 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constantFrom('delete' as const, 'duplicate' as const),
      at: fraction,
      length: fc.integer({ min: 1, max: 64 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('overwrite' as const),
      at: fraction,
      bytes: fc.uint8Array({ minLength: 1, maxLength: 16 }),
    }),
  },
);

export function applyByteEdit(b: Uint8Array, e: ByteEdit): Uint8Array {
  const i = Math.min(pos(b.length, e.at), Math.max(0, b.length - (e.kind === 'flip' ? 1 : 0)));
  switch (e.kind) {
    case 'flip': {
      const out = b.slice();
      if (out.length) out[i] = (out[i] ?? 0) ^ (1 << e.bit);
      return out;
    }
    case 'truncate':
      return b.slice(0, i);
    case 'insert':
      return concat(b.subarray(0, i), e.bytes, b.subarray(i));
    case 'delete':
      return concat(b.subarray(0, i), b.subarray(i + e.length));
    case 'duplicate':
      return concat(b.subarray(0, i + e.length), b.subarray(i, i + e.length), b.subarray(i + e.length));
    case 'overwrite': {
      const out = b.slice();
      out.set(e.bytes.subarray(0, Math.max(0, out.length - i)), i);
      return out;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// JSON

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Member names that have tripped JavaScript code before, and the ones a credential uses. */
export const HOSTILE_KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'valueOf',
  '@context',
  '@id',
  '@type',
  '@value',
  '@graph',
  'id',
  'type',
  'proof',
  'issuer',
  'name',
  'credentialSubject',
  'credentialStatus',
  'validFrom',
  'validUntil',
  'cryptosuite',
  'alg',
  'kid',
  '',
] as const;

const setOwn = (o: Record<string, unknown>, k: string, v: unknown) =>
  Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });

/** Text put in place of a sentinel string after JSON.stringify, for numbers JSON.stringify cannot write. */
const RAW = '\u0000raw\u0000';
export const RAW_NUMBERS = [
  '1e400',
  '-1e400',
  '123456789012345678901234567890',
  '1e-400',
  '-0',
  '0.1e1',
  '9007199254740993',
  '1E+2',
] as const;

/** A hostile value: odd strings, extreme numbers, prototype-named members, deep nesting. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  oddString(24),
  fc.constantFrom(
    Number.MAX_VALUE,
    -Number.MAX_VALUE,
    Number.MIN_VALUE,
    2 ** 53 + 2,
    -1,
    0,
    1e21,
    4294967296,
    131072,
  ),
  fc.constantFrom(...RAW_NUMBERS).map((n) => `${RAW}${n}`),
  fc.constantFrom(true, false, null),
  fc.constantFrom({}, [], [[]], { '@value': 'x' }),
  fc.tuple(fc.constantFrom(...HOSTILE_KEYS), oddString(12)).map(([k, v]) => setOwn({}, k, v)),
  fc.integer({ min: 1, max: 80 }).map((depth) => {
    let v: unknown = 'deep';
    for (let i = 0; i < depth; i++) v = i % 2 ? [v] : { a: v };
    return v;
  }),
);

/** Paths to every value in a JSON tree (the root is []). */
export function jsonPaths(
  v: unknown,
  path: (string | number)[] = [],
  out: (string | number)[][] = [],
): (string | number)[][] {
  out.push(path);
  if (Array.isArray(v)) v.forEach((x, i) => jsonPaths(x, [...path, i], out));
  else if (v && typeof v === 'object')
    for (const [k, x] of Object.entries(v)) jsonPaths(x, [...path, k], out);
  return out;
}

export type JsonEdit =
  | { kind: 'set'; at: number; value: unknown }
  | { kind: 'delete'; at: number }
  | { kind: 'add'; at: number; key: string; value: unknown }
  | { kind: 'wrap'; at: number; how: 'array' | 'value' | 'id' }
  | { kind: 'duplicate-key'; at: number; value: unknown };

export const jsonEdit: fc.Arbitrary<JsonEdit> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({ kind: fc.constant('set' as const), at: fraction, value: hostileValue }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('delete' as const), at: fraction }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('add' as const),
      at: fraction,
      key: fc.oneof(fc.constantFrom(...HOSTILE_KEYS), oddString(8)),
      value: hostileValue,
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('wrap' as const),
      at: fraction,
      how: fc.constantFrom('array' as const, 'value' as const, 'id' as const),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant('duplicate-key' as const), at: fraction, value: hostileValue }),
  },
);

const DUP = '\u0000dup\u0000';

function at(root: unknown, path: (string | number)[]): unknown {
  let v = root;
  for (const k of path) v = (v as Record<string | number, unknown>)[k];
  return v;
}

/**
 * Applies a JSON edit to a deep copy of `doc` and serializes it (text-level edits such as
 * duplicate member names and numbers JSON.stringify cannot write are spliced in).
 */
export function applyJsonEdit(doc: unknown, e: JsonEdit, space?: number): string {
  const copy = structuredClone<unknown>(doc);
  // Any value but the root (replacing the whole document is the random-JSON property's job).
  const paths = jsonPaths(copy).slice(1);
  const path = paths[Math.min(paths.length - 1, Math.floor(e.at * paths.length))] ?? [];
  const parentPath = path.slice(0, -1);
  const key = path.at(-1);
  const parent = at(copy, parentPath) as Record<string | number, unknown> | unknown[] | undefined;
  let root = copy;
  const replace = (value: unknown) => {
    if (key === undefined) root = value;
    else if (Array.isArray(parent)) parent[key as number] = value;
    else setOwn(parent as Record<string, unknown>, String(key), value);
  };
  const target = at(copy, path);
  let dupKey: string | undefined;
  switch (e.kind) {
    case 'set':
      replace(e.value);
      break;
    case 'delete':
      if (key === undefined) root = {};
      else if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete (parent as Record<string, unknown>)[String(key)];
      break;
    case 'add':
      if (target && typeof target === 'object' && !Array.isArray(target))
        setOwn(target as Record<string, unknown>, e.key, e.value);
      else if (Array.isArray(target)) target.push(e.value);
      else replace({ [e.key]: target });
      break;
    case 'wrap':
      replace(e.how === 'array' ? [target] : e.how === 'value' ? { '@value': target } : { id: target });
      break;
    case 'duplicate-key': {
      const obj =
        target && typeof target === 'object' && !Array.isArray(target)
          ? (target as Record<string, unknown>)
          : undefined;
      dupKey = obj ? Object.keys(obj)[0] : undefined;
      if (obj && dupKey !== undefined) setOwn(obj, DUP, e.value);
      else replace(e.value);
    }
  }
  let text = JSON.stringify(root, null, space) ?? 'null';
  if (dupKey !== undefined) text = text.replace(JSON.stringify(DUP), JSON.stringify(dupKey));
  return text.replace(/"\\u0000raw\\u0000([^"]*)"/g, '$1');
}

/** Serializations that change no member or value: key order, white space, \u escapes. */
export type Reencoding = { shuffle: number; space: number; escape: number };
export const reencoding: fc.Arbitrary<Reencoding> = fc.record({
  shuffle: fc.nat(),
  space: fc.integer({ min: 0, max: 4 }),
  escape: fraction.map((f) => f * 0.3),
});

export function reencodeJson(doc: unknown, r: Reencoding): string {
  let seed = r.shuffle;
  const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const shuffled = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(shuffled);
    if (v && typeof v === 'object') {
      const entries = Object.entries(v).sort(() => rand() - 0.5);
      const out: Record<string, unknown> = {};
      for (const [k, x] of entries) setOwn(out, k, shuffled(x));
      return out;
    }
    return v;
  };
  const text = JSON.stringify(shuffled(doc), null, r.space);
  // Escape some letters inside strings (keys too) as \uXXXX: the same value, other bytes.
  let inString = false;
  let escaped = false;
  let out = '';
  for (const c of text) {
    if (!inString) {
      if (c === '"') inString = true;
      out += c;
    } else if (escaped) {
      escaped = false;
      out += c;
    } else if (c === '\\') {
      escaped = true;
      out += c;
    } else if (c === '"') {
      inString = false;
      out += c;
    } else if (/[A-Za-z]/.test(c) && rand() < r.escape) {
      out += `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
    } else {
      out += c;
    }
  }
  return out;
}
