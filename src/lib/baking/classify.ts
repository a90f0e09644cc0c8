/**
 * Tell what a baked payload is from its text, following Open Badges 3.0 and 2.0 baking and the
 * 1EdTech validator (`PngParser.java`): JSON starts with `{`; otherwise a compact JWS; a URL
 * only under OB 2.0 rules.
 *
 * @module
 */
import { BakingError } from './errors.ts';
import type { BadgeVersion, BakedKind } from './types.ts';

/** Compact JWS: three base64url parts, the payload part may be empty (RFC 7515 §7.1). */
export const COMPACT_JWS = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]+$/;

export const isCompactJws = (text: string): boolean => COMPACT_JWS.test(text);

export const looksLikeJson = (text: string): boolean => text.charCodeAt(0) === 0x7b; // '{'

/** An absolute http(s) URL, as a hosted OB 2.0 assertion is. */
export function isHttpUrl(text: string): boolean {
  if (!URL.canParse(text)) return false;
  const { protocol } = new URL(text);
  return protocol === 'https:' || protocol === 'http:';
}

/**
 * Classify trimmed payload text found under `version`'s rules.
 * @throws BakingError `PAYLOAD_INVALID` when it is none of the allowed forms.
 */
export function classify(text: string, version: BadgeVersion, where: string): BakedKind {
  if (looksLikeJson(text)) return version === 'ob3' ? 'ob3-json' : 'ob2-json';
  if (isCompactJws(text)) return version === 'ob3' ? 'ob3-jwt' : 'ob2-jws';
  if (version === 'ob2' && isHttpUrl(text)) return 'ob2-url';
  const allowed = version === 'ob3' ? 'a compact JWS or JSON' : 'a compact JWS, JSON or an http(s) URL';
  throw new BakingError('PAYLOAD_INVALID', `The payload in ${where} is not ${allowed}`);
}

/**
 * Check a payload offered for OB 3.0 baking: a compact JWS, or a JSON object text.
 * @returns `'jws'` or `'json'`.
 * @throws BakingError `PAYLOAD_INVALID` otherwise.
 */
export function bakeableForm(payload: string): 'jws' | 'json' {
  if (typeof payload !== 'string') throw new TypeError('payload must be a string');
  if (isCompactJws(payload)) return 'jws';
  if (looksLikeJsonObject(payload)) return 'json';
  throw new BakingError('PAYLOAD_INVALID', 'The payload to bake must be a compact JWS or a JSON object');
}

function looksLikeJsonObject(payload: string): boolean {
  if (!looksLikeJson(payload)) return false;
  try {
    JSON.parse(payload);
    return true;
  } catch {
    return false;
  }
}
