/**
 * Pasted text that holds several badges: tokens separated by white space, JSON documents one
 * after another, a JSON array of badges, or a mix. Each piece is verified on its own; a piece
 * that is none of these stays one piece, so the verifier can say why it is not a badge.
 */
import { COMPACT_JWS } from '../verify/jws.ts';

/** The most pieces read from one paste; the rest are dropped, and counted. */
export const MAX_PIECES = 1000;

/** The end of the JSON value that starts at `start` (a `{` or `[`), or -1. Strings are skipped. */
function endOfJson(text: string, start: number): number {
  let depth = 0;
  let inString = false;
  for (let i = start; i < text.length; i++) {
    const ch = text[i];
    if (inString) {
      if (ch === '\\') i++;
      else if (ch === '"') inString = false;
    } else if (ch === '"') inString = true;
    else if (ch === '{' || ch === '[') depth++;
    else if (ch === '}' || ch === ']') {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}

/** A JSON array of badges (not a badge's own array) becomes its items. */
function arrayItems(piece: string): string[] | undefined {
  if (!piece.startsWith('[')) return undefined;
  try {
    const v: unknown = JSON.parse(piece);
    if (!Array.isArray(v) || !v.length) return undefined;
    if (
      !v.every((x) => (typeof x === 'string' && COMPACT_JWS.test(x)) || (typeof x === 'object' && x !== null))
    )
      return undefined;
    return v.map((x) => (typeof x === 'string' ? x : JSON.stringify(x)));
  } catch {
    return undefined;
  }
}

export function splitPasted(text: string): { pieces: string[]; dropped: number } {
  const pieces: string[] = [];
  let i = 0;
  const t = text.trim();
  while (i < t.length) {
    while (i < t.length && /\s|,/.test(t[i] ?? '')) i++;
    if (i >= t.length) break;
    const ch = t[i];
    if (ch === '{' || ch === '[') {
      const end = endOfJson(t, i);
      const piece = end < 0 ? t.slice(i) : t.slice(i, end + 1);
      pieces.push(...(arrayItems(piece) ?? [piece]));
      i = end < 0 ? t.length : end + 1;
    } else {
      let j = i;
      while (j < t.length && !/\s/.test(t[j] ?? '')) j++;
      pieces.push(t.slice(i, j).replace(/,$/, ''));
      i = j;
    }
  }
  return { pieces: pieces.slice(0, MAX_PIECES), dropped: Math.max(0, pieces.length - MAX_PIECES) };
}
