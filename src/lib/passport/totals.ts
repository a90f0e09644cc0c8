/** Totals of what counts: verified credentials, their hours, and CEUs by the catalog's rule (catalog/ceu.ts). */
import { ceus } from '../catalog/ceu.ts';
import type { PassportCatalog } from './catalog.ts';

export interface Totals {
  /** Distinct catalog credentials held (verified badges; a second badge for one credential counts once). */
  credentials: number;
  hours: number;
  ceus: number;
}

export function totalsOf(held: Iterable<string>, catalog: PassportCatalog): Totals {
  const hoursOf = new Map(catalog.credentials.map((c) => [c.id, c.hours]));
  const ids = [...new Set(held)];
  const hours = Math.round(ids.reduce((sum, id) => sum + (hoursOf.get(id) ?? 0), 0) * 10) / 10;
  return { credentials: ids.length, hours, ceus: ceus(hours) };
}
