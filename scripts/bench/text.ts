/**
 * Synthetic prose for generated catalogs: a word-level Markov chain learned from the seed
 * catalog's own prose, so generated pages have the word lengths, vocabulary and sentence shapes
 * of real credentials (which is what search index sizes and build times depend on), without
 * copying any one of them. Sentences that name people, years or works are left out of the
 * training text, so generated prose never cites or imitates a real publication.
 */
import type { Rng } from './prng.ts';

export interface ProseModel {
  /** A sentence of roughly `min`–`max` words ending in a full stop. */
  sentence(rng: Rng, min?: number, max?: number): string;
  /** `n` sentences joined into a paragraph. */
  paragraph(rng: Rng, n: number): string;
  /** Distinct words the model knows. */
  vocabulary: number;
}

/** Characters that could mean something to MDX or YAML are never generated. */
const UNSAFE = /[{}<>`|#*_[\]\\$]/;

/** Splits plain prose into sentences, keeping only ones safe and neutral enough to learn from. */
export function trainingSentences(prose: string): string[][] {
  const text = prose.replace(/\s+/g, ' ');
  return (
    text
      .split(/(?<=[.!?])\s+(?=[A-Z])/)
      .map((s) => s.trim())
      .filter((s) => s.length > 20 && !UNSAFE.test(s) && !/\d|\(|\)|"|“|”|:/.test(s))
      .map((s) => s.split(' '))
      // Proper nouns (people, places, works) appear capitalized after the first word: skip those sentences.
      .filter((words) => words.slice(1).every((w) => !/^[A-Z]/.test(w) || w === 'I'))
  );
}

/**
 * Learns first-order word transitions from sentences. Generation walks the chain from a
 * sentence opening until a word that ends a sentence.
 */
export function proseModel(sentences: readonly string[][]): ProseModel {
  const next = new Map<string, string[]>();
  const starts: string[] = [];
  const vocab = new Set<string>();
  for (const words of sentences) {
    if (words.length < 4) continue;
    starts.push(words[0] as string);
    words.forEach((w, i) => {
      vocab.add(w.toLowerCase().replace(/[^a-z'-]/g, ''));
      const following = words[i + 1];
      if (following === undefined) return;
      const list = next.get(w);
      if (list) list.push(following);
      else next.set(w, [following]);
    });
  }
  if (!starts.length) throw new Error('the seed catalog has no prose to learn from');
  const ends = (w: string) => /[.!?]$/.test(w);

  const sentence = (rng: Rng, min = 10, max = 28): string => {
    let best: string[] = [];
    for (let attempt = 0; attempt < 12; attempt++) {
      const words = [rng.pick(starts)];
      while (words.length < max + 10) {
        const last = words.at(-1) as string;
        if (ends(last)) break;
        const options = next.get(last);
        if (!options) break;
        words.push(rng.pick(options));
      }
      const n = words.length;
      if (n >= min && n <= max && ends(words.at(-1) as string)) return words.join(' ');
      if (!best.length || Math.abs(n - (min + max) / 2) < Math.abs(best.length - (min + max) / 2))
        best = words;
    }
    const cut = best.slice(0, max);
    return `${cut.join(' ').replace(/[,;.!?]+$/, '')}.`;
  };

  return {
    sentence,
    paragraph: (rng, n) => Array.from({ length: n }, () => sentence(rng)).join(' '),
    vocabulary: vocab.size,
  };
}

/** The prose of an MDX/Markdown body: paragraphs only, without headings, lists or markup. */
export function bodyProse(body: string): string {
  return body
    .split('\n')
    .filter((l) => l.trim() && !/^\s*(#|-|\*|\d+\.|>|\||```)/.test(l))
    .join(' ')
    .replace(/\*\*?|__?/g, '');
}

/** Capitalizes the first letter. */
export const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Shortens text to at most `max` characters at a word boundary, ending with a full stop. */
export function clip(s: string, max: number): string {
  if (s.length <= max) return s;
  const cut = s.slice(0, max - 1);
  return `${cut.slice(0, cut.lastIndexOf(' ')).replace(/[,;.!?]+$/, '')}.`;
}
