/**
 * "Every problem at once": a file whose frontmatter fails its schema is still worth checking for
 * everything else (placeholders, references, links, body sections, artwork), or fixing the first
 * six errors reveals eleven more. This keeps, field by field, what does pass its schema, and
 * builds, for each cross-file rule, a catalog of the valid entries plus the invalid ones that
 * have every field that rule reads. Pure.
 */
import type { z } from 'zod';
import type { Catalog, Entry } from './model.ts';
import { emptyCatalog, entriesOf, fileEntry } from './model.ts';
import { COLLECTIONS, type CollectionName } from './collections.ts';

export interface Salvaged {
  data: Record<string, unknown>;
  /** Top-level fields that failed their schema (a wrong value is not replaced by a default). */
  missing: Set<string>;
}

/** The fields of `data` that pass `schema` on their own; the others are `missing`. */
export function salvage(schema: z.ZodType, data: unknown): Salvaged {
  const shape = (schema as unknown as { shape?: Record<string, z.ZodType> }).shape ?? {};
  const raw =
    data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
  const out: Record<string, unknown> = {};
  const missing = new Set<string>();
  for (const [key, field] of Object.entries(shape)) {
    const own = field.safeParse(raw[key]);
    if (!own.success) missing.add(key);
    else if (own.data !== undefined) out[key] = own.data;
  }
  return { data: out, missing };
}

export type Needs = Partial<Record<CollectionName, readonly string[]>>;

/** What the cross-reference rule reads. */
export const REFERENCE_NEEDS: Needs = {
  credentials: ['issuer', 'rubric', 'status', 'prerequisites', 'reviews'],
  stacks: ['curator', 'credentials'],
  glossary: ['related'],
};
/** What the placeholder and body-section rules read. */
export const STATUS_NEEDS: Needs = { credentials: ['status'], stacks: ['status'], rubrics: ['status'] };
/** Links, artwork and titles read only what is there. */
export const NO_NEEDS: Needs = {};

export type PartialEntry = Entry<Record<string, unknown>> & {
  collection: CollectionName;
  missing: Set<string>;
};

/** The valid entries, plus each invalid entry that has every field `needs` names for its collection. */
export function lenientCatalog(valid: Catalog, partial: readonly PartialEntry[], needs: Needs): Catalog {
  const catalog = emptyCatalog();
  for (const name of Object.keys(COLLECTIONS) as CollectionName[])
    for (const e of entriesOf(valid, name).values()) fileEntry(catalog, name, e);
  for (const e of partial)
    if (!(needs[e.collection] ?? []).some((f) => e.missing.has(f))) fileEntry(catalog, e.collection, e);
  for (const k of valid.invalid) catalog.invalid.add(k);
  return catalog;
}
