/**
 * Filter, count and sort the facet table in one pass: facets AND across groups and OR within a
 * group, and each group's counts ignore its own selection (so a count beside an unchecked value
 * says how many results checking it would add). Pagefind only says which pages match the words
 * of a query; everything else happens here, in the page.
 */
import type { SortKey } from '../catalog/facets.ts';
import type { Table } from './open-table.ts';

export interface SelectInput {
  /** Pages matching the query, with their scores; undefined browses every page. */
  matches?: ReadonlyMap<number, number> | undefined;
  /** Per facet of the table (same order), the selected values; none selected: no constraint. */
  selected: readonly (readonly string[])[];
  sort: SortKey;
}

export interface Selection {
  /** Page indices, in display order. */
  results: number[];
  /** Per facet, per value: results with that value once the group's own selection is set aside. */
  counts: Uint32Array[];
}

export function select(t: Table, input: SelectInput): Selection {
  const nf = t.facets.length;
  const masks: Uint8Array[] = [];
  const active: number[] = [];
  for (let f = 0; f < nf; f++) {
    const values = t.facets[f]?.values ?? [];
    const mask = new Uint8Array(values.length);
    const want = input.selected[f] ?? [];
    if (want.length) {
      active.push(f);
      for (const name of want) {
        const v = values.indexOf(name);
        if (v >= 0) mask[v] = 1;
      }
    }
    masks.push(mask);
  }
  const counts = t.facets.map((f) => new Uint32Array(f.values.length));
  const results: number[] = [];
  const visit = (i: number) => {
    let fails = 0;
    let failed = -1;
    for (const f of active) {
      const s = t.start[f] as Uint32Array;
      const v = t.vals[f] as Uint32Array;
      const mask = masks[f] as Uint8Array;
      let ok = false;
      for (let k = s[i] as number, end = s[i + 1] as number; k < end; k++)
        if (mask[v[k] as number]) {
          ok = true;
          break;
        }
      if (!ok) {
        failed = f;
        if (++fails > 1) return;
      }
    }
    if (fails === 0) {
      results.push(i);
      for (let f = 0; f < nf; f++) count(t, counts, f, i);
    } else count(t, counts, failed, i);
  };
  if (input.matches) for (const i of input.matches.keys()) visit(i);
  else for (let i = 0; i < t.size; i++) visit(i);
  return { results: order(t, results, input), counts };
}

function count(t: Table, counts: Uint32Array[], f: number, i: number): void {
  const s = t.start[f] as Uint32Array;
  const v = t.vals[f] as Uint32Array;
  const c = counts[f] as Uint32Array;
  for (let k = s[i] as number, end = s[i + 1] as number; k < end; k++) {
    const x = v[k] as number;
    c[x] = (c[x] as number) + 1;
  }
}

function order(t: Table, results: number[], input: SelectInput): number[] {
  const byPage = (a: number, b: number) => a - b;
  switch (input.sort) {
    case 'hours':
      return results.sort((a, b) => (t.hours[a] as number) - (t.hours[b] as number) || a - b);
    case 'newest':
      return results.sort((a, b) => (t.newest[b] as number) - (t.newest[a] as number) || a - b);
    case 'relevance': {
      const scores = input.matches;
      if (!scores) return results.sort(byPage);
      return results.sort((a, b) => (scores.get(b) ?? 0) - (scores.get(a) ?? 0) || a - b);
    }
    default:
      return results.sort(byPage);
  }
}
