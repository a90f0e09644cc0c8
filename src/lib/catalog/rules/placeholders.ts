/**
 * The placeholder sentences `npm run new` writes may stay while a file is a draft; a credential,
 * stack or rubric that is active (or retired) must have its own text. Issuers have no status,
 * so for them a placeholder is a warning.
 */
import type { Catalog, Entry } from '../model.ts';
import { entriesOf, problemAt } from '../model.ts';
import type { Problem } from '../problems.ts';
import { ALL_PLACEHOLDERS } from '../scaffold/placeholders.ts';

function strings(v: unknown, path: PropertyKey[] = []): { path: PropertyKey[]; text: string }[] {
  if (typeof v === 'string') return [{ path, text: v }];
  if (Array.isArray(v)) return v.flatMap((x, i) => strings(x, [...path, i]));
  if (v && typeof v === 'object' && !(v instanceof Date))
    return Object.entries(v).flatMap(([k, x]) => strings(x, [...path, k]));
  return [];
}

const quote = (s: string) => `"${s.length > 60 ? `${s.slice(0, 59)}…` : s}"`;

function scan(entry: Entry<unknown>, severity: 'error' | 'warning', why: string): Problem[] {
  const out: Problem[] = [];
  const hint = 'Replace the placeholder sentence from npm run new with your own text.';
  for (const { path, text } of strings(entry.data)) {
    const found = ALL_PLACEHOLDERS.find((p) => text.includes(p));
    if (found)
      out.push(
        problemAt(entry, path, {
          code: 'placeholder',
          severity,
          message: `still has the placeholder text ${quote(found)}${why}`,
          hint,
        }),
      );
  }
  entry.body.split('\n').forEach((line, i) => {
    const found = ALL_PLACEHOLDERS.find((p) => line.includes(p));
    if (found)
      out.push({
        code: 'placeholder',
        severity,
        file: entry.file,
        line: entry.bodyLine + i,
        message: `still has the placeholder text ${quote(found)}${why}`,
        hint,
      });
  });
  return out;
}

export function checkPlaceholders(c: Catalog): Problem[] {
  const out: Problem[] = [];
  for (const name of ['credentials', 'stacks', 'rubrics'] as const) {
    for (const e of entriesOf(c, name).values()) {
      if (e.data.status !== 'draft') out.push(...scan(e, 'error', `, but its status is "${e.data.status}"`));
    }
  }
  for (const e of [...c.issuers.values(), ...c.recognizers.values()]) out.push(...scan(e, 'warning', ''));
  return out;
}
