/** The slice of Pagefind's browser API the search island uses (https://pagefind.app/docs/api/). */

export type PagefindFilters = Record<string, { any: string[] }>;

export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}

export interface PagefindSearch {
  results: PagefindResult[];
  unfilteredResultCount: number;
  /** Counts per filter value among these results. */
  filters: Record<string, Record<string, number>>;
  totalFilters: Record<string, Record<string, number>>;
}

export interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(
    term: string | null,
    o?: { filters?: PagefindFilters; sort?: Record<string, 'asc' | 'desc'> },
  ): Promise<PagefindSearch>;
  preload(term: string, o?: { filters?: PagefindFilters }): Promise<void>;
}

/** Loads the index's own client from the built site (it is not part of our bundle). */
export async function loadPagefind(base: string): Promise<Pagefind> {
  const url = `${base.replace(/\/$/, '')}/pagefind/pagefind.js`;
  const pf = (await import(/* @vite-ignore */ url)) as Pagefind;
  await pf.options({ baseUrl: base, excerptLength: 24 });
  await pf.init();
  return pf;
}
