/**
 * A query as search understands it: terms that must all match (AND), each with alternatives of
 * which any may match (OR). Alternatives come from the catalog's synonym table ("SEL" is also
 * "social emotional learning", and the other way round); a term of three letters or fewer
 * matches whole words only, so "SEL" does not find "self-paced" and "AI" does not find "aim".
 * Common words ("and", "the") narrow nothing and are dropped.
 */
import { STOPWORDS, WHOLE_WORD_MAX, words } from './words.ts';

export interface Alternative {
  words: string[];
  /** Whole words only (Pagefind's quoted search), else each word also as a prefix. */
  exact: boolean;
}

export interface Term {
  /** The words of the query this term came from. */
  text: string;
  alternatives: Alternative[];
}

/** Synonym groups, normalized to words, found by their first word. */
export interface SynonymIndex {
  byFirst: ReadonlyMap<string, { phrase: string[]; group: number }[]>;
  groups: readonly string[][][];
}

export function synonymIndex(groups: readonly (readonly string[])[]): SynonymIndex {
  const norm = groups.map((g) => g.map((p) => words(p)).filter((p) => p.length > 0));
  const byFirst = new Map<string, { phrase: string[]; group: number }[]>();
  norm.forEach((g, group) => {
    for (const phrase of g) {
      const first = phrase[0] as string;
      const list = byFirst.get(first) ?? [];
      list.push({ phrase, group });
      byFirst.set(first, list);
    }
  });
  for (const list of byFirst.values()) list.sort((a, b) => b.phrase.length - a.phrase.length);
  return { byFirst, groups: norm };
}

const EMPTY: SynonymIndex = { byFirst: new Map(), groups: [] };

export function alternative(phrase: readonly string[]): Alternative {
  const meaningful = phrase.filter((w) => !STOPWORDS.has(w));
  const ws = meaningful.length ? meaningful : [...phrase];
  return { words: ws, exact: ws.every((w) => w.length <= WHOLE_WORD_MAX) };
}

export const altKey = (a: Alternative) => (a.exact ? `"${a.words.join(' ')}"` : a.words.join(' '));

export function parseQuery(q: string, synonyms: SynonymIndex = EMPTY): Term[] {
  const tokens = words(q);
  const terms: Term[] = [];
  for (let i = 0; i < tokens.length;) {
    const tok = tokens[i] as string;
    const hit = synonyms.byFirst.get(tok)?.find(({ phrase }) => phrase.every((w, k) => tokens[i + k] === w));
    if (hit) {
      const seen = new Set<string>();
      const alternatives = (synonyms.groups[hit.group] ?? [])
        .map(alternative)
        .filter((a) => !seen.has(altKey(a)) && seen.add(altKey(a)));
      terms.push({ text: hit.phrase.join(' '), alternatives });
      i += hit.phrase.length;
      continue;
    }
    i++;
    if (STOPWORDS.has(tok)) continue;
    terms.push({ text: tok, alternatives: [alternative([tok])] });
  }
  return terms;
}

/**
 * The Pagefind searches a query needs: the terms with one ordinary alternative go into one
 * search (Pagefind ANDs its words, cheaper than intersecting them here); every other
 * alternative is a search of its own. Keys are Pagefind query strings (quoted: whole words).
 */
export function plan(terms: readonly Term[]): { base: string | undefined; each: Term[] } {
  const plain = terms.filter((t) => t.alternatives.length === 1 && !t.alternatives[0]?.exact);
  const base = plain.length ? plain.map((t) => t.alternatives[0]?.words.join(' ')).join(' ') : undefined;
  return { base, each: terms.filter((t) => !plain.includes(t)) };
}

/**
 * The terms as Pagefind is asked them: without alternatives the index cannot match (a word of
 * four letters or more that no indexed word starts with: Pagefind would quietly search for a
 * shorter word instead), and with each prefix widened to what every word it begins shares, so a
 * word being typed asks one search, not one per keystroke. Undefined when some term is left with
 * no alternative: the query matches nothing.
 */
export function resolve(
  terms: readonly Term[],
  vocab: { knows(word: string): boolean; widest(prefix: string): string },
): Term[] | undefined {
  const out: Term[] = [];
  for (const t of terms) {
    const alternatives = t.alternatives
      .filter((a) => a.exact || a.words.every((w) => w.length <= WHOLE_WORD_MAX || vocab.knows(w)))
      .map((a) =>
        a.exact ? a : { ...a, words: a.words.map((w) => (w.length > WHOLE_WORD_MAX ? vocab.widest(w) : w)) },
      );
    if (!alternatives.length) return undefined;
    out.push({ ...t, alternatives });
  }
  return out;
}
