/**
 * From the search state to what the page shows: the query's terms (synonyms applied), Pagefind's
 * matches, then one pass over the facet table; when a query finds little, the same with its
 * long words corrected by one edit.
 */
import { combine, searchesFor } from '../../lib/search/combine.ts';
import { parseQuery, resolve, synonymIndex, type SynonymIndex, type Term } from '../../lib/search/query.ts';
import { select, type Selection } from '../../lib/search/select.ts';
import type { Table } from '../../lib/search/open-table.ts';
import { correctQuery, type Vocabulary } from '../../lib/search/typo.ts';
import type { SearchData } from './data.ts';
import type { Engine } from './engine.ts';
import { effectiveFilters, type SearchState } from './state.ts';

/** Fewer results than this and a corrected query is tried. */
export const FEW = 3;

export interface Outcome {
  selection: Selection;
  /** The terms the results answer (after any correction), for marking matched words. */
  terms: Term[];
  /** Pages matching the words alone, before facets (undefined: browsing). */
  matches: ReadonlyMap<number, number> | undefined;
  /** The query was corrected and these are its results ("feedbak" → "feedback"). */
  corrected?: { query: string; from: string[] };
  /** A corrected query would find more: offered, not applied. */
  offer?: { query: string; results: number };
}

let synonyms: { table: Table; index: SynonymIndex } | undefined;
const synonymsOf = (t: Table) => {
  if (synonyms?.table !== t) synonyms = { table: t, index: synonymIndex(t.json.synonyms) };
  return synonyms.index;
};

export function selectedOf(t: Table, state: SearchState): string[][] {
  const eff = effectiveFilters(state);
  return t.facets.map((f) => [...(eff[f.key] ?? [])]);
}

async function matchesFor(
  engine: Engine,
  t: Table,
  vocab: Vocabulary,
  terms: Term[],
  stale: () => boolean,
): Promise<Map<number, number> | undefined> {
  const searchable = resolve(terms, vocab);
  if (!searchable) return new Map();
  const hits = await engine.hits(searchesFor(searchable), stale);
  if (!hits) return undefined;
  const out = new Map<number, number>();
  for (const [id, score] of combine(searchable, hits)) {
    const i = t.byId.get(id);
    if (i !== undefined) out.set(i, score);
  }
  return out;
}

export async function find(
  data: SearchData,
  engine: Engine,
  state: SearchState,
  stale: () => boolean,
): Promise<Outcome | undefined> {
  const t = data.table;
  const selected = selectedOf(t, state);
  const terms = parseQuery(state.q, synonymsOf(t));
  if (!terms.length)
    return { selection: select(t, { selected, sort: state.sort }), terms, matches: undefined };
  const vocab = await data.vocabulary();
  if (stale()) return undefined;
  const matches = await matchesFor(engine, t, vocab, terms, stale);
  if (!matches) return undefined;
  const selection = select(t, { matches, selected, sort: state.sort });
  const found: Outcome = { selection, terms, matches };
  if (selection.results.length >= FEW) return found;
  const fix = correctQuery(state.q, vocab);
  if (!fix) return found;
  const fixedTerms = parseQuery(fix.query, synonymsOf(t));
  const fixedMatches = await matchesFor(engine, t, vocab, fixedTerms, stale);
  if (!fixedMatches) return undefined;
  const fixed = select(t, { matches: fixedMatches, selected, sort: state.sort });
  // Nothing matched the words as typed: the corrected words are what the reader meant.
  if ((!selection.results.length && fixed.results.length) || (!matches.size && fixedMatches.size))
    return {
      selection: fixed,
      terms: fixedTerms,
      matches: fixedMatches,
      corrected: { query: fix.query, from: fix.from },
    };
  if (fixed.results.length > selection.results.length)
    return { ...found, offer: { query: fix.query, results: fixed.results.length } };
  return found;
}
