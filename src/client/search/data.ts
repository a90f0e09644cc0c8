/**
 * The search island's data: the facet table (fetched as the page starts), the cards file (when
 * the reader heads for search, or a state needs cards drawn), summary chunks for the cards on
 * screen, and the vocabulary, fetched with Pagefind.
 */
import { addCards, openTable, type Table } from '../../lib/search/open-table.ts';
import type { CardsJson, TableJson, VocabularyJson } from '../../lib/search/table.ts';
import { vocabulary, type Vocabulary } from '../../lib/search/typo.ts';

const json = async <T>(url: string): Promise<T> => {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return (await res.json()) as T;
};

/** A load done once; a failure is tried again the next time it is asked for. */
function once<T>(load: () => Promise<T>): () => Promise<T> {
  let p: Promise<T> | undefined;
  return () => {
    if (!p) {
      p = load();
      p.catch(() => (p = undefined));
    }
    return p;
  };
}

export interface SearchData {
  table: Table;
  /** Loads the cards file (once): cards to draw, and the pages Pagefind's ids name. */
  cards(): Promise<void>;
  /** Loads the summaries of these pages (their chunks, once each). */
  summaries(pages: readonly number[]): Promise<void>;
  vocabulary(): Promise<Vocabulary>;
}

export async function loadData(tableUrl: string): Promise<SearchData> {
  const dir = tableUrl.replace(/[^/]*$/, '');
  const table = openTable(await json<TableJson>(tableUrl));
  const chunks = new Map<number, () => Promise<void>>();
  const chunk = (c: number) => {
    let load = chunks.get(c);
    if (!load) {
      load = once(() =>
        json<string[]>(`${dir}${table.json.summaries[c] ?? ''}`).then((list) => {
          list.forEach((s, k) => {
            table.summary[c * table.json.chunk + k] = s;
          });
        }),
      );
      chunks.set(c, load);
    }
    return load();
  };
  return {
    table,
    cards: once(async () => {
      if (!table.cards) addCards(table, await json<CardsJson>(`${dir}${table.json.cards}`));
    }),
    summaries: async (pages) => {
      const need = new Set(
        pages.filter((i) => table.summary[i] === undefined).map((i) => Math.floor(i / table.json.chunk)),
      );
      await Promise.all([...need].map(chunk));
    },
    vocabulary: once(() => json<VocabularyJson>(`${dir}${table.json.words}`).then(vocabulary)),
  };
}
