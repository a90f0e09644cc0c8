/**
 * Turns zod issues into problems a contributor can act on: a plain sentence about the field,
 * its line in the file, and a hint. Modelled on Starlight's `utils/error-map.ts`.
 */
import type { z } from 'zod';
import { fieldPath, type Problem } from './problems.ts';
import type { ParsedSource } from './source.ts';

type Issue = z.core.$ZodIssue;

const describe = (v: unknown) =>
  v === undefined
    ? 'nothing'
    : v === null
      ? 'null'
      : Array.isArray(v)
        ? 'a list'
        : typeof v === 'object'
          ? 'a mapping'
          : `${typeof v} ${JSON.stringify(v)}`.slice(0, 80);

const valueAt = (data: unknown, path: readonly PropertyKey[]) =>
  path.reduce<unknown>(
    (v, k) => (v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined),
    data,
  );

/** Hints for required fields that contributors most often leave out. */
const REQUIRED_HINTS: Record<string, string> = {
  hours:
    'Add a line such as "hours: 15": the estimated hours of learning an earner needs. Pages show CEUs from it (1 CEU = 10 hours).',
};

function sentence(issue: Issue, input: unknown): { message: string; hint?: string } {
  switch (issue.code) {
    case 'invalid_type':
      if (input === undefined) {
        const last = issue.path.at(-1);
        return {
          message: 'is required',
          hint:
            (typeof last === 'string' && issue.path.length === 1 ? REQUIRED_HINTS[last] : undefined) ??
            `Add this field (expected ${issue.expected}).`,
        };
      }
      return { message: `must be ${article(issue.expected)}, not ${describe(input)}` };
    case 'invalid_value':
      return {
        message: `must be one of: ${issue.values.map((v) => JSON.stringify(v)).join(', ')} (got ${describe(input)})`,
        hint: 'Use one of the listed values exactly as written.',
      };
    case 'unrecognized_keys':
      return { message: `has unknown field${issue.keys.length > 1 ? 's' : ''}: ${issue.keys.join(', ')}` };
    case 'too_small':
      return {
        message:
          issue.origin === 'array'
            ? `needs at least ${String(issue.minimum)} item${issue.minimum === 1 ? '' : 's'}`
            : issue.origin === 'string'
              ? 'must not be empty'
              : `must be at least ${String(issue.minimum)}`,
      };
    case 'too_big':
      return {
        message:
          issue.origin === 'string'
            ? `is too long (at most ${String(issue.maximum)} characters)`
            : issue.origin === 'array'
              ? `has too many items (at most ${String(issue.maximum)})`
              : `must be at most ${String(issue.maximum)}`,
      };
    default:
      return { message: issue.message };
  }
}

const article = (t: string) => (/^[aeiou]/.test(t) ? `an ${t}` : `a ${t}`);

/** Our schemas attach a readable `error` to most fields; prefer it when zod carries one. */
const custom = (issue: Issue) =>
  issue.message && !/^Invalid|^Too (small|big)|^Unrecognized/.test(issue.message) ? issue.message : undefined;

export function issuesToProblems(issues: readonly Issue[], source: ParsedSource, code = 'schema'): Problem[] {
  const out: Problem[] = [];
  for (const issue of issues) {
    const path = issue.path;
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const at = source.locate([...path, key]);
        out.push({
          code,
          severity: 'error',
          file: source.path,
          ...at,
          field: fieldPath([...path, key]),
          message: 'is not a known field',
          hint: 'Remove it, or check its spelling against the schema (src/lib/catalog/schema/).',
        });
      }
      continue;
    }
    const input = valueAt(source.data, path);
    const base = sentence(issue, input);
    const own = custom(issue);
    const message = own ?? base.message;
    const hint = base.hint;
    out.push({
      code,
      severity: 'error',
      file: source.path,
      ...source.locate(path),
      ...(path.length ? { field: fieldPath(path) } : {}),
      message,
      ...(hint ? { hint } : {}),
    });
  }
  return out;
}
