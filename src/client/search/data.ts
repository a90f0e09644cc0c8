/**
 * The search island's data: the facet table (fetched as the page loads), summary chunks for the
 * cards on screen, and the vocabulary, fetched the first time a query finds little.
 */
import { openTable, type Table } from '../../lib/search/open-table.ts';
import type { TableJson, VocabularyJson } from '../../lib/search/table.ts';
import { vocabulary, type Vocabulary } from '../../lib/search/typo.ts';

const json = async <T>(url: string): Promise<T> => {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return (await res.json()) as T;
};

export interface SearchData {
  table: Table;
  /** Loads the summaries of these pages (their chunks, once each). */
  summaries(pages: readonly number[]): Promise<void>;
  vocabulary(): Promise<Vocabulary>;
}

export async function loadData(tableUrl: string): Promise<SearchData> {
  const dir = tableUrl.replace(/[^/]*$/, '');
  const table = openTable(await json<TableJson>(tableUrl));
  const chunks = new Map<number, Promise<void>>();
  let vocab: Promise<Vocabulary> | undefined;
  const chunk = (c: number) => {
    let p = chunks.get(c);
    if (!p) {
      const file = table.json.summaries[c];
      p = json<string[]>(`${dir}${file ?? ''}`).then((list) => {
        list.forEach((s, k) => {
          table.summary[c * table.json.chunk + k] = s;
        });
      });
      // A failed chunk is fetched again next time.
      p.catch(() => chunks.delete(c));
      chunks.set(c, p);
    }
    return p;
  };
  return {
    table,
    summaries: async (pages) => {
      const need = new Set(
        pages.filter((i) => table.summary[i] === undefined).map((i) => Math.floor(i / table.json.chunk)),
      );
      await Promise.all([...need].map(chunk));
    },
    vocabulary: () => (vocab ??= json<VocabularyJson>(`${dir}${table.json.words}`).then(vocabulary)),
  };
}
