/**
 * The search facets: what each searchable page is filtered by, and the order values appear in.
 * A facet is one entry here plus its values in src/data/search-records.ts; the facet table, the
 * filter panel and its counts follow from these definitions (docs/architecture.md, "Search").
 */
import { GRADE_BANDS, PURPOSES } from './vocabulary.ts';

export const FACETS = [
  { key: 'type', label: 'Show' },
  { key: 'subject', label: 'Subject area' },
  { key: 'grade', label: 'Grade band' },
  { key: 'audience', label: 'For' },
  { key: 'hours', label: 'Time to earn' },
  { key: 'issuer', label: 'Issuer' },
  { key: 'framework', label: 'Aligned to' },
  { key: 'stack', label: 'Part of a stack' },
  { key: 'recognizer', label: 'Recognized by' },
  { key: 'purpose', label: 'Counts toward' },
  { key: 'quality', label: 'Quality review' },
  { key: 'status', label: 'Status' },
] as const;

export type FacetKey = (typeof FACETS)[number]['key'];

export const TYPE_LABELS = {
  credential: 'Credentials',
  stack: 'Stacks',
  rubric: 'Rubrics',
  issuer: 'Issuers',
  recognizer: 'Recognizers',
} as const;

export const STATUS_LABELS = { active: 'Available', draft: 'In development', retired: 'Retired' } as const;

export const HOURS_BANDS = ['Under 10 hours', '10–14 hours', '15–19 hours', '20 hours or more'] as const;

export function hoursBand(hours: number): (typeof HOURS_BANDS)[number] {
  if (hours < 10) return HOURS_BANDS[0];
  if (hours < 15) return HOURS_BANDS[1];
  if (hours < 20) return HOURS_BANDS[2];
  return HOURS_BANDS[3];
}

/**
 * Defaults that apply when the URL says nothing, and that "Clear filters" returns to: credentials.
 * Status is not a default that clearing removes: drafts and retired entries show only while the
 * reader's "Include drafts and retired" switch is on (the status facet narrows them then).
 */
export const DEFAULT_FILTERS: Partial<Record<FacetKey, readonly string[]>> = {
  type: [TYPE_LABELS.credential],
};

/** With the switch off, this is the status filter. */
export const EARNABLE_STATUS: readonly string[] = [STATUS_LABELS.active];

/** Values with a natural order are listed in it; the rest alphabetically. */
export const VALUE_ORDER: Partial<Record<FacetKey, readonly string[]>> = {
  hours: HOURS_BANDS,
  grade: Object.values(GRADE_BANDS),
  type: Object.values(TYPE_LABELS),
  status: Object.values(STATUS_LABELS),
  purpose: Object.values(PURPOSES),
};

export const SORTS = [
  { key: 'relevance', label: 'Best match' },
  { key: 'title', label: 'Title (A–Z)' },
  { key: 'hours', label: 'Fewest hours' },
  { key: 'newest', label: 'Newest' },
] as const;
export type SortKey = (typeof SORTS)[number]['key'];
