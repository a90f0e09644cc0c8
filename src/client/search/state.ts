/**
 * Search state ⇄ URL: the query, the selected value(s) of each facet, the "include drafts and
 * retired" switch and the sort order, so a search can be shared and the back button walks
 * through it. Defaults (credentials you can earn, best match or A–Z) are left out of the URL.
 */
import {
  DEFAULT_FILTERS,
  EARNABLE_STATUS,
  FACETS,
  SORTS,
  STATUS_LABELS,
  type FacetKey,
  type SortKey,
} from '../../lib/catalog/facets.ts';

export interface SearchState {
  q: string;
  filters: Record<FacetKey, string[]>;
  /** Include drafts and retired entries (the status facet then narrows them). */
  all: boolean;
  sort: SortKey;
}

const ANY = '*';
const KEYS = FACETS.map((f) => f.key);

export function defaultSort(q: string): SortKey {
  return q.trim() ? 'relevance' : 'title';
}

/** Every facet at its default: what "Clear filters" returns to (the switch stays as it is). */
export function defaultFilters(): Record<FacetKey, string[]> {
  return Object.fromEntries(KEYS.map((k) => [k, [...(DEFAULT_FILTERS[k] ?? [])]])) as Record<
    FacetKey,
    string[]
  >;
}

export function fromUrl(search: string): SearchState {
  const p = new URLSearchParams(search);
  const q = (p.get('q') ?? '').slice(0, 200);
  const filters = defaultFilters();
  for (const key of KEYS) {
    const values = p.getAll(key).filter(Boolean);
    if (values.length) filters[key] = values.includes(ANY) ? [] : [...new Set(values)];
  }
  const status = filters.status;
  // An old link's ?status=Available is the default; any other status turns the switch on.
  const all = p.get('all') === '1' || (status.length > 0 && !status.every((s) => s === STATUS_LABELS.active));
  if (!all) filters.status = [];
  const sort = p.get('sort');
  return { q, filters, all, sort: SORTS.some((s) => s.key === sort) ? (sort as SortKey) : defaultSort(q) };
}

export function toUrl(state: SearchState): string {
  const p = new URLSearchParams();
  if (state.q.trim()) p.set('q', state.q.trim());
  if (state.all) p.set('all', '1');
  for (const key of KEYS) {
    if (key === 'status' && !state.all) continue;
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

/** The selection to filter by, per facet key: the status facet is "Available" unless the switch is on. */
export function effectiveFilters(state: SearchState): Record<string, readonly string[]> {
  return { ...state.filters, status: state.all ? state.filters.status : EARNABLE_STATUS };
}

/** How many facet choices differ from the defaults (the Filters button shows it). */
export function activeFilterCount(state: SearchState): number {
  const d = defaultFilters();
  return KEYS.reduce((n, k) => {
    const a = state.filters[k];
    const b = d[k];
    return n + a.filter((v) => !b.includes(v)).length + b.filter((v) => !a.includes(v)).length;
  }, 0);
}
