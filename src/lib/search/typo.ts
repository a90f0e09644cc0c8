/**
 * Typo tolerance: when a query finds nothing or little, each of its words of five letters or
 * more that the index does not hold (as a word or the start of one) is replaced by the index's
 * most common word one edit away (a letter added, dropped, changed, or two neighbours swapped):
 * "feedbak" becomes "feedback".
 */
import type { VocabularyJson } from './table.ts';
import { words } from './words.ts';

export const MIN_TYPO_LENGTH = 5;

/** True when `a` and `b` differ by at most one edit (optimal string alignment distance ≤ 1). */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i++;
  if (la === lb) {
    // One substitution, or one swap of neighbours.
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  // One insertion or deletion.
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** Suffixes stripped (once) to guess the stem Pagefind searches for: "coaching" is known if "coaches" is. */
const SUFFIXES = [
  'ational',
  'ations',
  'ation',
  'ments',
  'ment',
  'ings',
  'ing',
  'ness',
  'ions',
  'ion',
  'ies',
  'ied',
  'ers',
  'er',
  'ed',
  'es',
  'ly',
  's',
];

export const roughStem = (w: string) => {
  const suffix = SUFFIXES.find((s) => w.endsWith(s) && w.length - s.length >= 3);
  return suffix ? w.slice(0, -suffix.length) : w;
};

export interface Vocabulary {
  has(word: string): boolean;
  /** True when the index holds this word, a word it begins, or a word of the same rough stem. */
  knows(word: string): boolean;
  /** True when some word of the index starts with `prefix`. */
  starts(prefix: string): boolean;
  /** The most common word one edit from `word` (not `word` itself). */
  nearest(word: string): string | undefined;
  /**
   * The longest prefix shared by every indexed word that starts with `prefix` ("feedb" is
   * "feedback" when that is the only one): a prefix search for either finds the same pages, so
   * each keystroke of a word being typed need not search again. `prefix` itself when none does.
   */
  widest(prefix: string): string;
}

export function vocabulary(v: VocabularyJson): Vocabulary {
  const sorted = v.w; // sorted by the build
  const find = (w: string) => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((sorted[mid] as string) < w) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const byLength = new Map<number, number[]>();
  sorted.forEach((w, i) => {
    const list = byLength.get(w.length) ?? [];
    list.push(i);
    byLength.set(w.length, list);
  });
  return {
    has: (w) => sorted[find(w)] === w,
    starts: (p) => (sorted[find(p)] ?? '').startsWith(p),
    widest(p) {
      const first = sorted[find(p)] ?? '';
      if (!first.startsWith(p)) return p;
      const last = sorted[find(`${p}\uffff`) - 1] ?? first;
      let n = p.length;
      while (n < first.length && n < last.length && first[n] === last[n]) n++;
      return first.slice(0, n);
    },
    knows: (w) =>
      (sorted[find(w)] ?? '').startsWith(w) || (sorted[find(roughStem(w))] ?? '').startsWith(roughStem(w)),
    nearest(w) {
      let best: string | undefined;
      let bestCount = 0;
      if (w.length < MIN_TYPO_LENGTH) return undefined;
      for (const len of [w.length - 1, w.length, w.length + 1])
        for (const i of byLength.get(len) ?? []) {
          const cand = sorted[i] as string;
          const n = v.n[i] ?? 0;
          if (cand !== w && cand.length >= MIN_TYPO_LENGTH && n > bestCount && withinOneEdit(w, cand)) {
            best = cand;
            bestCount = n;
          }
        }
      return best;
    },
  };
}

/** The query with its unknown long words corrected, or undefined when nothing could be corrected. */
export function correctQuery(
  q: string,
  vocab: Vocabulary,
): { query: string; from: string[]; to: string[] } | undefined {
  const from: string[] = [];
  const to: string[] = [];
  const fixed = words(q).map((w) => {
    if (w.length < MIN_TYPO_LENGTH || !/^\p{L}+$/u.test(w) || vocab.knows(w)) return w;
    const near = vocab.nearest(w);
    if (!near) return w;
    from.push(w);
    to.push(near);
    return near;
  });
  return from.length ? { query: fixed.join(' '), from, to } : undefined;
}
