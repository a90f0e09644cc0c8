/**
 * The search table as the island reads it: built by table.ts at build time, opened here in the
 * page into flat arrays for the one-pass select (select.ts), with each page's URL and card.
 */
import type { Card } from './record.ts';
import { QUALITIES, STATUSES, TABLE_VERSION, type TableJson } from './table.ts';

/** The table as the island uses it: facet values in flat arrays for the one-pass select. */
export interface Table {
  size: number;
  facets: { key: string; values: string[] }[];
  /** For facet f, page i's values are vals[f][start[f][i] .. start[f][i+1]). */
  start: Uint32Array[];
  vals: Uint32Array[];
  ids: readonly string[];
  byId: ReadonlyMap<string, number>;
  hours: Float64Array;
  newest: Float64Array;
  json: TableJson;
  /** Summaries loaded so far, by page. */
  summary: (string | undefined)[];
}

export function openTable(json: TableJson): Table {
  const version: unknown = json.v;
  if (version !== TABLE_VERSION)
    throw new Error(`search table version ${String(version)} is not ${String(TABLE_VERSION)}`);
  const size = json.ids.length;
  const start: Uint32Array[] = [];
  const vals: Uint32Array[] = [];
  for (const col of json.cols) {
    const s = new Uint32Array(size + 1);
    let n = 0;
    for (let i = 0; i < size; i++) {
      s[i] = n;
      const c = col[i];
      n += c === null || c === undefined ? 0 : typeof c === 'number' ? 1 : c.length;
    }
    s[size] = n;
    const v = new Uint32Array(n);
    let k = 0;
    for (let i = 0; i < size; i++) {
      const c = col[i];
      if (typeof c === 'number') v[k++] = c;
      else if (c) for (const x of c) v[k++] = x;
    }
    start.push(s);
    vals.push(v);
  }
  return {
    size,
    facets: json.facets,
    start,
    vals,
    ids: json.ids.map((id) => json.idPrefix + id),
    byId: new Map(json.ids.map((id, i) => [json.idPrefix + id, i])),
    hours: Float64Array.from(json.hours, (h) => (h === null ? Number.POSITIVE_INFINITY : h)),
    newest: Float64Array.from(json.newest),
    json,
    summary: new Array<string | undefined>(size),
  };
}

/** Page i's URL. */
export const urlOf = (t: { json: TableJson } | TableJson, i: number) => {
  const j = 'json' in t ? t.json : t;
  return `${j.dirs[j.dir[i] ?? 0] ?? ''}${j.leaf[i] ?? ''}`;
};

/** Page i's card; its summary is '' until its chunk has been loaded. */
export function cardOf(t: Table, i: number): Card {
  const j = t.json;
  const url = urlOf(t, i);
  const image = j.images[j.image[i] ?? -1];
  const issuer = j.issuers[j.issuer[i] ?? -1];
  const quality = QUALITIES[j.quality[i] ?? -1];
  const facts = j.factsList[j.facts[i] ?? -1];
  return {
    title: j.title[i] ?? '',
    url,
    kind: j.kinds[j.kind[i] ?? 0] ?? '',
    ...(image ? { image: /^(\/|[a-z]+:)/.test(image) ? image : `${url}${image}` } : {}),
    ...(issuer ? { issuer } : {}),
    ...(facts ? { facts } : {}),
    status: STATUSES[j.status[i] ?? 0] ?? 'active',
    ...(quality ? { quality } : {}),
    summary: t.summary[i] ?? '',
  };
}

/** The values of facet `f` on page i. */
export function valuesOf(t: Table, f: number, i: number): string[] {
  const s = t.start[f] as Uint32Array;
  const v = t.vals[f] as Uint32Array;
  const names = t.facets[f]?.values ?? [];
  const out: string[] = [];
  for (let k = s[i] as number; k < (s[i + 1] as number); k++) out.push(names[v[k] as number] ?? '');
  return out;
}
