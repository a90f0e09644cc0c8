/**
 * The search table as the island reads it: built by table.ts at build time, opened here in the
 * page into flat arrays for the one-pass select (select.ts); the cards file, once loaded, gives
 * each page's URL and card and maps Pagefind's ids to pages.
 */
import { decodeDigits } from './digits.ts';
import type { Card } from './record.ts';
import { QUALITIES, STATUSES, TABLE_VERSION, type CardsJson, type TableJson } from './table.ts';

/** The cards file as the island uses it. */
export interface Cards {
  json: CardsJson;
  ids: readonly string[];
  byId: ReadonlyMap<string, number>;
}

/** The table as the island uses it: facet values in flat arrays for the one-pass select. */
export interface Table {
  size: number;
  facets: { key: string; values: string[] }[];
  /** For facet f, page i's values are vals[f][start[f][i] .. start[f][i+1]). */
  start: Uint32Array[];
  vals: Uint32Array[];
  hours: Float64Array;
  newest: Float64Array;
  json: TableJson;
  /** The cards file, once loaded (addCards). */
  cards: Cards | undefined;
  /** Summaries loaded so far, by page. */
  summary: (string | undefined)[];
}

const checkVersion = (what: string, version: unknown) => {
  if (version !== TABLE_VERSION)
    throw new Error(`search ${what} version ${String(version)} is not ${String(TABLE_VERSION)}`);
};

export function openTable(json: TableJson): Table {
  checkVersion('table', json.v);
  const size = json.hours.length;
  const start = json.n.map((digits, f) => {
    const counts = decodeDigits(digits);
    if (counts.length !== size)
      throw new Error(`search table: facet ${f} has ${counts.length} pages, not ${size}`);
    const s = new Uint32Array(size + 1);
    for (let i = 0; i < size; i++) s[i + 1] = (s[i] as number) + (counts[i] as number);
    return s;
  });
  const vals = json.vals.map((digits, f) => {
    const v = decodeDigits(digits);
    if (v.length !== start[f]?.[size])
      throw new Error(`search table: facet ${f} lists ${v.length} values, not ${start[f]?.[size]}`);
    return v;
  });
  return {
    size,
    facets: json.facets,
    start,
    vals,
    hours: Float64Array.from(json.hours, (h) => (h === null ? Number.POSITIVE_INFINITY : h)),
    newest: Float64Array.from(json.newest),
    json,
    cards: undefined,
    summary: new Array<string | undefined>(size),
  };
}

/** Adds the cards file to an open table. */
export function addCards(t: Table, json: CardsJson): void {
  checkVersion('cards', json.v);
  if (json.ids.length !== t.size) throw new Error(`search cards: ${json.ids.length} pages, not ${t.size}`);
  const ids = json.ids.map((id) => json.idPrefix + id);
  t.cards = { json, ids, byId: new Map(ids.map((id, i) => [id, i])) };
}

const cardsOf = (t: Table): Cards => {
  if (!t.cards) throw new Error('search cards are not loaded yet');
  return t.cards;
};

/** Page i's URL. */
export const urlOf = (j: CardsJson, i: number) => `${j.dirs[j.dir[i] ?? 0] ?? ''}${j.leaf[i] ?? ''}`;

/** Page i's card (the cards file must be loaded); its summary is '' until its chunk has been loaded. */
export function cardOf(t: Table, i: number): Card {
  const j = cardsOf(t).json;
  const url = urlOf(j, i);
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

/** The page Pagefind calls `id` (the cards file must be loaded). */
export const pageOf = (t: Table, id: string) => cardsOf(t).byId.get(id);

/** The values of facet `f` on page i. */
export function valuesOf(t: Table, f: number, i: number): string[] {
  const s = t.start[f] as Uint32Array;
  const v = t.vals[f] as Uint32Array;
  const names = t.facets[f]?.values ?? [];
  const out: string[] = [];
  for (let k = s[i] as number; k < (s[i + 1] as number); k++) out.push(names[v[k] as number] ?? '');
  return out;
}
