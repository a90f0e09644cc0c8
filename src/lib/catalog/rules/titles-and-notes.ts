/**
 * Two small rules of the content check: credential titles must be distinct, and a file that could
 * not be read as far as the others gets a note saying so (its errors are reported with it).
 */
import { entriesOf, type Catalog } from '../model.ts';
import type { Problem } from '../problems.ts';

/** A note that a file was not checked as far as the others (its errors are reported above it). */
export const notChecked = (file: string, why: string): Problem => ({
  code: 'not-checked',
  severity: 'note',
  file,
  line: 1,
  message: `was not checked further: ${why}`,
  hint: 'Fix the errors in this file and run npm run check again to see the rest.',
});

export function duplicateTitles(c: Catalog, name: 'credentials' | 'stacks' | 'rubrics'): Problem[] {
  const seen = new Map<string, string>();
  const out: Problem[] = [];
  for (const e of entriesOf(c, name).values()) {
    // A lenient catalog also holds entries that failed their schema: the title may be missing.
    const title: unknown = e.data.title;
    const t = typeof title === 'string' ? title.trim().toLowerCase() : '';
    if (!t) continue;
    const other = seen.get(t);
    if (other)
      out.push({
        code: 'duplicate',
        severity: 'warning',
        file: e.file,
        ...e.locate(['title']),
        field: 'title',
        message: `is the same as ${other}'s`,
        hint: 'Educators tell credentials apart by title; make it distinct.',
      });
    else seen.set(t, e.file);
  }
  return out;
}
