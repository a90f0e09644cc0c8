/**
 * What the build records about each searchable page (a credential, stack, rubric or issuer):
 * the words Pagefind indexes, the facet values, the sort keys, and the result card. The same
 * card is drawn by the page without JavaScript (components/Card.astro) and by the search island
 * (client/search/card.ts). See docs/architecture.md, "Search".
 */
import type { FacetKey } from '../catalog/facets.ts';
import type { QualityStatus } from '../catalog/quality-labels.ts';

export type EntryStatus = 'active' | 'draft' | 'retired';

/** A result card, as both the no-JavaScript listing and the search island draw it. */
export interface Card {
  title: string;
  /** The page, with the site's base. */
  url: string;
  /** What it is: "Micro-credential", "Stack · Any 3 of 5", "Scoring rubric", "Issuer · University". */
  kind: string;
  /** Badge artwork (credentials). */
  image?: string;
  /** Issuer (or curator) name. */
  issuer?: string;
  /** "12 hours · 1.2 CEUs · Grades 3–5, 6–8". */
  facts?: string;
  status: EntryStatus;
  quality?: QualityStatus;
  summary: string;
}

/** The words a searcher means, by field; the index weights them in this order (title first). */
export interface IndexedText {
  title: string;
  tags: readonly string[];
  summary: string;
  /** Lower-weight fields: competency, subject areas, issuer name. */
  more: readonly string[];
}

export interface SearchRecord {
  text: IndexedText;
  facets: Partial<Record<FacetKey, readonly string[]>>;
  /** Hours to earn (null: not applicable, sorted last); date of the latest version, YYYY-MM-DD. */
  sort: { hours: number | null; newest: string | null };
  card: Card;
}

/** Field weights in the index (Pagefind's data-pagefind-weight, 1–10). */
export const FIELD_WEIGHTS = { title: 10, tags: 6, summary: 4, more: 2 } as const;

const escapeHtml = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

/** The page Pagefind indexes for a record: only the fields a searcher means, each with its weight. */
export function indexHtml(r: SearchRecord): string {
  const field = (tag: string, weight: number, text: string) =>
    text.trim() ? `<${tag} data-pagefind-weight="${weight}">${escapeHtml(text)}</${tag}>` : '';
  return [
    '<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body><main data-pagefind-body>',
    field('h1', FIELD_WEIGHTS.title, r.text.title),
    field('p', FIELD_WEIGHTS.tags, r.text.tags.join(', ')),
    field('p', FIELD_WEIGHTS.summary, r.text.summary),
    ...r.text.more.map((m) => field('p', FIELD_WEIGHTS.more, m)),
    '</main></body></html>',
  ].join('');
}
