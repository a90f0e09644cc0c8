/**
 * An entry's data as `src/lib` takes it: each field the collection table (`COLLECTIONS[...]
 * .references`) lists as naming other entries turned from Astro references (`{ collection, id }`)
 * back into their ids. The one place references become ids.
 */
import type { CollectionEntry } from 'astro:content';
import type { z } from 'zod';
import { COLLECTIONS, type CollectionName } from '../lib/catalog/collections.ts';

type Reference = { collection: string; id: string };
export type PlainData<N extends CollectionName> = z.output<ReturnType<(typeof COLLECTIONS)[N]['schema']>>;

export function plainData<N extends CollectionName>(name: N, data: CollectionEntry<N>['data']): PlainData<N> {
  const out: Record<string, unknown> = { ...data };
  const references: Readonly<Record<string, unknown>> = COLLECTIONS[name].references;
  for (const field of Object.keys(references)) {
    const value = out[field] as Reference | Reference[] | undefined;
    if (value !== undefined) out[field] = Array.isArray(value) ? value.map((r) => r.id) : value.id;
  }
  return out as PlainData<N>;
}
