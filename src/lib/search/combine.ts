/**
 * Pagefind's answers to the searches a query planned (query.ts), combined into the pages that
 * match the whole query with their scores: a term matches where any of its alternatives
 * does (best score counts), and a page must match every term (scores add).
 */
import { altKey, plan, type Term } from './query.ts';

/** Pagefind page ids and scores, per Pagefind query string. */
export type Hits = ReadonlyMap<string, ReadonlyMap<string, number>>;

/** The Pagefind query strings a query needs (see plan()). */
export function searchesFor(terms: readonly Term[]): string[] {
  const { base, each } = plan(terms);
  const keys = new Set<string>(base ? [base] : []);
  for (const t of each) for (const a of t.alternatives) keys.add(altKey(a));
  return [...keys];
}

export function combine(terms: readonly Term[], hits: Hits): Map<string, number> {
  const { base, each } = plan(terms);
  const sets: ReadonlyMap<string, number>[] = [];
  if (base) sets.push(hits.get(base) ?? new Map());
  for (const t of each) {
    const union = new Map<string, number>();
    for (const a of t.alternatives)
      for (const [id, score] of hits.get(altKey(a)) ?? []) union.set(id, Math.max(score, union.get(id) ?? 0));
    sets.push(union);
  }
  if (!sets.length) return new Map();
  sets.sort((a, b) => a.size - b.size);
  const [smallest, ...rest] = sets as [ReadonlyMap<string, number>, ...ReadonlyMap<string, number>[]];
  const out = new Map<string, number>();
  for (const [id, score] of smallest) {
    let total = score;
    let all = true;
    for (const s of rest) {
      const x = s.get(id);
      if (x === undefined) {
        all = false;
        break;
      }
      total += x;
    }
    if (all) out.set(id, total);
  }
  return out;
}
