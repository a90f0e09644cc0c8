/**
 * Marking the words of a card that the query matched, the way search matched them: a
 * whole-word term marks that word (and its plural), any other term marks words that start
 * with it or share its stem ("coaching" marks "coaches"). The card's text is split into runs,
 * never parsed as HTML.
 */
import type { Term } from './query.ts';

export interface Segment {
  text: string;
  mark: boolean;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;

const stemMatch = (word: string, term: string) => {
  if (word.startsWith(term)) return true;
  let common = 0;
  while (common < word.length && common < term.length && word[common] === term[common]) common++;
  return common >= 4 && common >= term.length - 3;
};

export function matcher(terms: readonly Term[]): (word: string) => boolean {
  const exact = new Set<string>();
  const prefixes: string[] = [];
  for (const t of terms)
    for (const a of t.alternatives)
      for (const w of a.words) {
        if (a.exact) exact.add(w);
        else prefixes.push(w);
      }
  return (raw) => {
    const w = raw.toLowerCase().replace(/['’]/g, '');
    if (exact.has(w) || (w.endsWith('s') && exact.has(w.slice(0, -1)))) return true;
    return prefixes.some((p) => stemMatch(w, p));
  };
}

export function segments(text: string, isMatch: (word: string) => boolean): Segment[] {
  const out: Segment[] = [];
  let at = 0;
  const push = (s: string, mark: boolean) => {
    if (!s) return;
    const last = out[out.length - 1];
    if (last && last.mark === mark) last.text += s;
    else out.push({ text: s, mark });
  };
  for (const m of text.matchAll(WORD)) {
    push(text.slice(at, m.index), false);
    push(m[0], isMatch(m[0]));
    at = m.index + m[0].length;
  }
  push(text.slice(at), false);
  return out;
}
