/**
 * JSON parsing for hostile input: bounded size and nesting depth, and duplicate member names
 * rejected (RFC 8259 leaves their meaning undefined, so two readers could see two different
 * badges in the same bytes). Prototype-named members stay plain data: JSON.parse makes them own
 * properties and nothing here ever copies with Object.assign.
 */
import { VerifyError } from './errors.ts';

export interface JsonLimits {
  maxChars?: number;
  maxDepth?: number;
}

const DEFAULTS = { maxChars: 8 * 1024 * 1024, maxDepth: 64 };

/** Whether the character at `at` follows an odd number of backslashes (is escaped). */
function escaped(text: string, at: number): boolean {
  let n = 0;
  while (text.charCodeAt(at - 1 - n) === 0x5c) n++;
  return n % 2 === 1;
}

/** Where the string opened by the quote at `open` closes, or -1 when it does not. */
function closingQuote(text: string, open: number): number {
  let j = text.indexOf('"', open + 1);
  while (j > 0 && escaped(text, j)) j = text.indexOf('"', j + 1);
  return j;
}

/**
 * Scans JSON text once, checking nesting depth and duplicate member names. Assumes it parses.
 * Strings are skipped with indexOf (most of a badge is string content); only member names are
 * read, and only those with an escape are decoded. Returns whether any name had an escape.
 */
function scan(text: string, maxDepth: number): boolean {
  /** One entry per open object (its names so far) or array (null). */
  const open: (Set<string> | null)[] = [];
  let expectKey = false;
  let escapedNames = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      const j = closingQuote(text, i);
      if (j < 0) return escapedNames;
      const names = open.at(-1);
      if (expectKey && names) {
        const raw = text.slice(i + 1, j);
        const escapes = raw.includes('\\');
        escapedNames ||= escapes;
        const name = escapes ? (JSON.parse(text.slice(i, j + 1)) as string) : raw;
        if (names.has(name))
          throw new VerifyError(
            'ERR_JSON_MALFORMED',
            `member "${name.slice(0, 40)}" appears twice in one object, so two readers could see two different documents`,
          );
        names.add(name);
        expectKey = false;
      }
      i = j;
    } else if (c === 0x7b || c === 0x5b) {
      if (open.length >= maxDepth)
        throw new VerifyError('ERR_JSON_MALFORMED', `nested more than ${maxDepth} levels deep`);
      open.push(c === 0x7b ? new Set() : null);
      expectKey = c === 0x7b;
    } else if (c === 0x7d || c === 0x5d) {
      open.pop();
      expectKey = false;
    } else if (c === 0x2c) {
      expectKey = Boolean(open.at(-1));
    }
  }
  return escapedNames;
}

/** Whether a member name is an array index, which objects list first, in numeric order. */
const isIndex = (k: string) => /^(?:0|[1-9]\d{0,9})$/.test(k) && Number(k) < 2 ** 32 - 1;

/**
 * Whether an object's names as read are as many as spelled, in the same order but for array
 * indexes (each spelled name was already found on the object).
 */
function sameOrder(read: string[], spelled: string[]): boolean {
  if (read.length !== spelled.length) return false;
  const a = read.filter((k) => !isIndex(k));
  const b = spelled.filter((k) => !isIndex(k));
  return a.length === b.length && a.every((k, i) => k === b[i]);
}

/**
 * Whether `value` has exactly the member names the text spells, in the order it spells them,
 * object by object. Assumes the text parses and `scan` found no duplicate. Needed because V8 13.6
 * (Node 24.21) can misread an escaped name as one the same object shape had before: after
 * `{"i\\":1}`, `JSON.parse('{"i\\u0064":1}')` gives the member `i\` rather than `id`, so the
 * engine would read another document than the bytes say. Names are decoded one at a time, as
 * strings, which that fault does not touch. The order matters: two misread names can trade
 * places, each value then under the other's name, with the same set of names. Objects list
 * array-index names first, so those are compared as a set. Only run when a name has an escape.
 */
export function namesAgree(text: string, value: unknown): boolean {
  /** The parsed object or array at each open level; an object's names so far; an array's index. */
  const nodes: unknown[] = [];
  const names: (string[] | null)[] = [];
  const indexes: number[] = [];
  let name = '';
  let expectKey = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const top = nodes.length - 1;
    if (c === 0x22) {
      const j = closingQuote(text, i);
      if (j < 0) return false;
      if (expectKey) {
        name = JSON.parse(text.slice(i, j + 1)) as string;
        if (!Object.hasOwn(nodes[top] as object, name)) return false;
        names[top]?.push(name);
        expectKey = false;
      }
      i = j;
    } else if (c === 0x7b || c === 0x5b) {
      const parent = nodes[top];
      const node =
        top < 0
          ? value
          : Array.isArray(parent)
            ? (parent[indexes[top]!] as unknown)
            : (parent as Record<string, unknown>)[name];
      if (typeof node !== 'object' || node === null || Array.isArray(node) !== (c === 0x5b)) return false;
      nodes.push(node);
      names.push(c === 0x7b ? [] : null);
      indexes.push(0);
      expectKey = c === 0x7b;
    } else if (c === 0x7d || c === 0x5d) {
      const node = nodes.pop() as object;
      const spelled = names.pop();
      indexes.pop();
      if (spelled && !sameOrder(Object.keys(node), spelled)) return false;
      expectKey = false;
    } else if (c === 0x2c) {
      if (names[top]) expectKey = true;
      else indexes[top]! += 1;
    }
  }
  return true;
}

export function parseJson(text: string, limits: JsonLimits = {}): unknown {
  const { maxChars, maxDepth } = { ...DEFAULTS, ...limits };
  if (text.length > maxChars)
    throw new VerifyError('ERR_INPUT_TOO_LARGE', `JSON larger than ${Math.round(maxChars / 1024 / 1024)} MB`);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new VerifyError('ERR_JSON_MALFORMED', 'not valid JSON', e instanceof Error ? e.message : undefined);
  }
  if (scan(text, maxDepth) && !namesAgree(text, value))
    throw new VerifyError(
      'ERR_JSON_MALFORMED',
      'this JavaScript engine reads some of its escaped member names differently from what the text says (a fault of V8 13.6, in Node 24), so two readers could see two different documents',
    );
  return value;
}

/**
 * Most objects and arrays a document with an embedded proof may hold. Canonicalizing JSON-LD
 * costs more than linear time (5,000 nodes took about 1.7 s, 20,000 about 24 s), and it runs
 * before the signature can be checked, so anyone could make a tab hang without this bound.
 * Badges have well under a hundred (ours about 55).
 */
export const MAX_PROOF_DOCUMENT_NODES = 1000;

/** How many objects and arrays a parsed JSON value holds, counting no further than `limit + 1`. */
export function jsonNodeCount(value: unknown, limit: number): number {
  let n = 0;
  const stack: unknown[] = [value];
  while (stack.length && n <= limit) {
    const v = stack.pop();
    if (typeof v !== 'object' || v === null) continue;
    n++;
    for (const x of Array.isArray(v) ? v : Object.values(v))
      if (typeof x === 'object' && x !== null) stack.push(x);
  }
  return n;
}

export const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** A value as a list: single values become one-element lists (the "compacted" forms Open Badges 3.0 allows). */
export const asList = (v: unknown): unknown[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

/** The string id of a value that may be an id string or an object with `id`. */
export const idOf = (v: unknown): string | undefined =>
  typeof v === 'string' ? v : isRecord(v) && typeof v.id === 'string' ? v.id : undefined;

export const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
