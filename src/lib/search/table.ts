/**
 * The facet table: every searchable page's facet values, sort keys and card, keyed by its
 * Pagefind page id, in title order. The build writes it once (buildTable); the search island
 * filters, counts and sorts it in one pass (select.ts) and draws cards from it, so Pagefind is
 * asked only for the pages that match the words of a query. Summaries, the longest part of a
 * card, are split into chunks fetched for the cards on screen; the vocabulary (for typo
 * tolerance) is a file of its own, fetched when a query finds little.
 */
import type { FacetKey } from '../catalog/facets.ts';
import type { QualityStatus } from '../catalog/quality-labels.ts';
import type { Card, EntryStatus, SearchRecord } from './record.ts';
import { compareTitles, words } from './words.ts';

export const TABLE_VERSION = 1;
export const STATUSES: readonly EntryStatus[] = ['active', 'draft', 'retired'];
export const QUALITIES: readonly QualityStatus[] = ['meets', 'gaps', 'not-reviewed'];

export interface TableJson {
  v: typeof TABLE_VERSION;
  /** Facets in the order of FACETS, with every value that occurs. */
  facets: { key: string; values: string[] }[];
  /** Per facet, per page: the index of its value, a list of them, or null for none. */
  cols: (number | number[] | null)[][];
  /** Pagefind's id of each page, less the prefix they all share. */
  idPrefix: string;
  ids: string[];
  hours: (number | null)[];
  /** Days since 1970-01-01 of the latest version; 0 when not applicable. */
  newest: number[];
  title: string[];
  /** A page's URL is its folder (an index into dirs) and its last segment. */
  dir: number[];
  dirs: string[];
  leaf: string[];
  kind: number[];
  kinds: string[];
  /** Image URL relative to the page URL (an index into images; -1 for none). */
  image: number[];
  images: string[];
  issuer: number[];
  issuers: string[];
  /** The card's facts line (an index into factsList; -1 for none). */
  facts: number[];
  factsList: string[];
  status: number[];
  quality: number[];
  /** Summaries come in files of `chunk` pages each, named here, next to the table. */
  chunk: number;
  summaries: string[];
  /** The vocabulary file, next to the table. */
  words: string;
  /** The catalog's synonym groups (content/search/synonyms.yaml). */
  synonyms: string[][];
}

/**
 * Every word of two letters or more in the index, sorted, with how many pages hold each: search
 * asks it whether a word is in the index at all (Pagefind, given a word it does not hold, falls
 * back to the longest indexed word the query word starts with: "artificial" would match "a"),
 * and typo tolerance looks for the word a reader meant in it.
 */
export interface VocabularyJson {
  w: string[];
  n: number[];
}

const days = (iso: string | null) => (iso ? Math.round(Date.parse(`${iso}T00:00:00Z`) / 86_400_000) : 0);

function indexer() {
  const list: string[] = [];
  const at = new Map<string, number>();
  return {
    list,
    of(v: string): number {
      let i = at.get(v);
      if (i === undefined) {
        i = list.length;
        list.push(v);
        at.set(v, i);
      }
      return i;
    },
  };
}

export interface BuiltTable {
  table: Omit<TableJson, 'summaries' | 'words'>;
  /** Summaries per chunk, in table order. */
  summaries: string[][];
  vocabulary: VocabularyJson;
}

/** The table for `records` (any order) and their Pagefind ids (same order). */
export function buildTable(
  records: readonly SearchRecord[],
  ids: readonly string[],
  facetKeys: readonly FacetKey[],
  synonyms: string[][],
  chunk = 100,
): BuiltTable {
  if (records.length !== ids.length) throw new Error('buildTable: one Pagefind id per record');
  const order = records
    .map((_, i) => i)
    .sort((a, b) => compareTitles(records[a]!.card.title, records[b]!.card.title));
  const rs = order.map((i) => records[i] as SearchRecord);
  const kinds = indexer();
  const issuers = indexer();
  const dirs = indexer();
  const images = indexer();
  const factsList = indexer();
  const idList = order.map((i) => ids[i] as string);
  let idPrefix = idList[0] ?? '';
  for (const id of idList) while (!id.startsWith(idPrefix)) idPrefix = idPrefix.slice(0, -1);
  const split = (url: string) => {
    const at = url.replace(/\/$/, '').lastIndexOf('/') + 1;
    return [url.slice(0, at), url.slice(at)] as const;
  };
  const facets = facetKeys.map((key) => ({ key, values: indexer() }));
  const cols = facets.map(({ key, values }) =>
    rs.map((r) => {
      const vs = [...new Set(r.facets[key] ?? [])].map((v) => values.of(v));
      return vs.length === 0 ? null : vs.length === 1 ? (vs[0] as number) : vs;
    }),
  );
  const card = (f: (c: Card) => string) => rs.map((r) => f(r.card));
  const counts = new Map<string, number>();
  for (const r of rs) {
    const t = r.text;
    for (const w of new Set(words([t.title, ...t.tags, t.summary, ...t.more].join(' '))))
      if (w.length >= 2) counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  const vocab = [...counts.keys()].sort();
  return {
    table: {
      v: TABLE_VERSION,
      facets: facets.map((f) => ({ key: f.key, values: f.values.list })),
      cols,
      idPrefix,
      ids: idList.map((id) => id.slice(idPrefix.length)),
      hours: rs.map((r) => r.sort.hours),
      newest: rs.map((r) => days(r.sort.newest)),
      title: card((c) => c.title),
      dir: rs.map((r) => dirs.of(split(r.card.url)[0])),
      dirs: dirs.list,
      leaf: card((c) => split(c.url)[1]),
      kind: rs.map((r) => kinds.of(r.card.kind)),
      kinds: kinds.list,
      image: rs.map(({ card: c }) =>
        c.image ? images.of(c.image.startsWith(c.url) ? c.image.slice(c.url.length) : c.image) : -1,
      ),
      images: images.list,
      issuer: rs.map((r) => (r.card.issuer ? issuers.of(r.card.issuer) : -1)),
      issuers: issuers.list,
      facts: rs.map((r) => (r.card.facts ? factsList.of(r.card.facts) : -1)),
      factsList: factsList.list,
      status: rs.map((r) => STATUSES.indexOf(r.card.status)),
      quality: rs.map((r) => (r.card.quality ? QUALITIES.indexOf(r.card.quality) : -1)),
      chunk,
      synonyms,
    },
    summaries: Array.from({ length: Math.ceil(rs.length / chunk) }, (_, c) =>
      rs.slice(c * chunk, (c + 1) * chunk).map((r) => r.card.summary),
    ),
    vocabulary: { w: vocab, n: vocab.map((w) => counts.get(w) ?? 0) },
  };
}
