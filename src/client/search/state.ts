/**
 * Search state ⇄ URL: the query, the selected value(s) of each facet, and the sort order, so a
 * search can be shared and the back button walks through it. Defaults (available credentials,
 * best match or A–Z) are left out of the URL.
 */
import { DEFAULT_FILTERS, FACETS, SORTS, type FacetKey, type SortKey } from '../../lib/catalog/facets.ts';

export interface SearchState {
  q: string;
  filters: Record<FacetKey, string[]>;
  sort: SortKey;
}

const ANY = '*';
const KEYS = FACETS.map((f) => f.key);

export function defaultSort(q: string): SortKey {
  return q.trim() ? 'relevance' : 'title';
}

export function fromUrl(search: string): SearchState {
  const p = new URLSearchParams(search);
  const q = (p.get('q') ?? '').slice(0, 200);
  const filters = {} as Record<FacetKey, string[]>;
  for (const key of KEYS) {
    const values = p.getAll(key).filter(Boolean);
    filters[key] = values.includes(ANY)
      ? []
      : values.length
        ? [...new Set(values)]
        : [...(DEFAULT_FILTERS[key] ?? [])];
  }
  const sort = p.get('sort');
  return { q, filters, sort: SORTS.some((s) => s.key === sort) ? (sort as SortKey) : defaultSort(q) };
}

export function toUrl(state: SearchState): string {
  const p = new URLSearchParams();
  if (state.q.trim()) p.set('q', state.q.trim());
  for (const key of KEYS) {
    const values = state.filters[key];
    const defaults = DEFAULT_FILTERS[key] ?? [];
    const same = values.length === defaults.length && values.every((v) => defaults.includes(v));
    if (same) continue;
    if (!values.length) p.append(key, ANY);
    else for (const v of values) p.append(key, v);
  }
  if (state.sort !== defaultSort(state.q)) p.set('sort', state.sort);
  const s = p.toString();
  return s ? `?${s}` : '';
}

/** Pagefind filter object: AND across facets, OR (`any`) within one. */
export function pagefindFilters(
  filters: Record<FacetKey, string[]>,
  except?: FacetKey,
): Record<string, { any: string[] }> {
  const out: Record<string, { any: string[] }> = {};
  for (const key of KEYS) {
    if (key === except || !filters[key].length) continue;
    out[key] = { any: filters[key] };
  }
  return out;
}

export const SORT_SPEC: Record<SortKey, Record<string, 'asc' | 'desc'> | undefined> = {
  relevance: undefined,
  title: { title: 'asc' },
  hours: { hours: 'asc' },
  newest: { newest: 'desc' },
};
