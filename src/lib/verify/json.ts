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

/** A string (escapes included) or one structural character: what `scan` needs to see. */
const TOKEN = /"[^"\\]*(?:\\.[^"\\]*)*"|[{}[\],]/g;

/** Scans JSON text once, checking nesting depth and duplicate member names. Assumes it parses. */
function scan(text: string, maxDepth: number): void {
  const keys: Set<string>[] = [];
  const isObject: boolean[] = [];
  let expectKey = false;
  for (const [token] of text.matchAll(TOKEN)) {
    const ch = token[0];
    if (ch === '"') {
      if (expectKey && isObject.at(-1)) {
        const name = token.includes('\\') ? (JSON.parse(token) as string) : token.slice(1, -1);
        const set = keys.at(-1);
        if (set?.has(name))
          throw new VerifyError(
            'ERR_JSON_MALFORMED',
            `member "${name.slice(0, 40)}" appears twice in one object, so two readers could see two different documents`,
          );
        set?.add(name);
        expectKey = false;
      }
    } else if (ch === '{' || ch === '[') {
      if (isObject.length >= maxDepth)
        throw new VerifyError('ERR_JSON_MALFORMED', `nested more than ${maxDepth} levels deep`);
      isObject.push(ch === '{');
      keys.push(new Set());
      expectKey = ch === '{';
    } else if (ch === '}' || ch === ']') {
      isObject.pop();
      keys.pop();
      expectKey = false;
    } else {
      expectKey = isObject.at(-1) === true;
    }
  }
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
  scan(text, maxDepth);
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
