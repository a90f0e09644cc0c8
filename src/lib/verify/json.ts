/**
 * JSON parsing for hostile input: bounded size and nesting depth, and duplicate member names
 * rejected (RFC 8259 leaves their meaning undefined, so two readers could see two different
 * badges in the same bytes). Prototype-named members stay plain data: JSON.parse makes them own
 * properties and nothing here ever copies with Object.assign.
 */
import { VerifyError } from './errors.ts';
import { countNames, findDuplicate, memberCount, namesAgree } from './json-names.ts';

export interface JsonLimits {
  maxChars?: number;
  maxDepth?: number;
}

const DEFAULTS = { maxChars: 8 * 1024 * 1024, maxDepth: 64 };

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
  const { names, escapedNames, deepAt } = countNames(text, maxDepth);
  if (deepAt >= 0) {
    findDuplicate(text, deepAt);
    throw new VerifyError('ERR_JSON_MALFORMED', `nested more than ${maxDepth} levels deep`);
  }
  // The usual document: the parsed value holds every name the text spells, none with an escape.
  const fewer = names !== memberCount(value);
  if (!fewer && !escapedNames) return value;
  findDuplicate(text);
  // No name is spelled twice, yet names went missing, or escapes the engine may misread: compare.
  if (!namesAgree(text, value))
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
