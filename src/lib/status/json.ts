/** Small shape checks for untrusted JSON. */

export type JsonObject = Record<string, unknown>;

export const isObject = (x: unknown): x is JsonObject =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

/** `type` may be one string or an array of strings (VCDM 2.0 §4.5, OB compacted form). */
export function typesOf(x: unknown): string[] {
  if (typeof x === 'string') return [x];
  if (Array.isArray(x)) return x.filter((t): t is string => typeof t === 'string');
  return [];
}

export const isNonEmptyString = (x: unknown): x is string => typeof x === 'string' && x.length > 0;
