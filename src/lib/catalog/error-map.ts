/**
 * Content that fails its schema, as problems a contributor can act on: a plain sentence about the
 * field, its line in the file, and a hint. Modelled on Starlight's `utils/error-map.ts`: a zod
 * error map, given to every parse with `reportInput` so each issue carries the value it is about,
 * with a union's branches merged into one sentence. A schema that words its own error keeps it
 * (zod prefers a schema's error to a parse's).
 */
import type { z } from 'zod';
import { fieldPath, type Problem } from './problems.ts';
import type { ParsedSource } from './source.ts';

type RawIssue = z.core.$ZodRawIssue;
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

const article = (t: string) => (/^[aeiou]/.test(t) ? `an ${t}` : `a ${t}`);
const listed = (values: readonly unknown[]) => values.map((v) => JSON.stringify(v)).join(', ');

/** What one branch of a union expects, when it says so in a word: "a number", `"all"`. */
function branchExpects(branch: readonly Issue[]): string | undefined {
  const [only, ...rest] = branch;
  if (!only || rest.length || only.path.length) return undefined;
  if (only.code === 'invalid_type') return article(only.expected);
  if (only.code === 'invalid_value') return only.values.map((v) => JSON.stringify(v)).join(' or ');
  return undefined;
}

/** A union that failed, as one sentence: the alternatives it accepts, or the tag values it knows. */
function unionSentence(issue: Extract<RawIssue, { code: 'invalid_union' }>): string {
  const input = issue.input;
  if ('discriminator' in issue && typeof issue.discriminator === 'string') {
    const options = 'options' in issue && Array.isArray(issue.options) ? issue.options : [];
    const value =
      input !== null && typeof input === 'object'
        ? (input as Record<string, unknown>)[issue.discriminator]
        : input;
    return `must be one of: ${listed(options)} (got ${describe(value)})`;
  }
  const alternatives = issue.errors.map(branchExpects);
  if (alternatives.length && alternatives.every((a) => a !== undefined))
    return `must be ${alternatives.join(' or ')}, not ${describe(input)}`;
  return `does not match any of the ${issue.errors.length} forms it may take`;
}

/** The sentence for each issue a schema does not word itself; `undefined` leaves zod's own. */
export const errorMap: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? 'is required'
        : `must be ${article(issue.expected)}, not ${describe(issue.input)}`;
    case 'invalid_value':
      return `must be one of: ${listed(issue.values)} (got ${describe(issue.input)})`;
    case 'unrecognized_keys':
      return `has unknown field${issue.keys.length > 1 ? 's' : ''}: ${issue.keys.join(', ')}`;
    case 'too_small':
      return issue.origin === 'array'
        ? `needs at least ${String(issue.minimum)} item${issue.minimum === 1 ? '' : 's'}`
        : issue.origin === 'string'
          ? 'must not be empty'
          : `must be at least ${String(issue.minimum)}`;
    case 'too_big':
      return issue.origin === 'string'
        ? `is too long (at most ${String(issue.maximum)} characters)`
        : issue.origin === 'array'
          ? `has too many items (at most ${String(issue.maximum)})`
          : `must be at most ${String(issue.maximum)}`;
    case 'invalid_union':
      return unionSentence(issue);
    default:
      return undefined;
  }
};

/** Parses content with the error map, keeping each issue's input for the hints. */
export const parseContent = <S extends z.ZodType>(schema: S, data: unknown) =>
  schema.safeParse(data, { error: errorMap, reportInput: true });

/** Hints for required fields that contributors most often leave out. */
const REQUIRED_HINTS: Record<string, string> = {
  hours:
    'Add a line such as "hours: 15": the estimated hours of learning an earner needs. Pages show CEUs from it (1 CEU = 10 hours).',
};

function hintFor(issue: Issue): string | undefined {
  if (issue.code === 'invalid_type' && issue.input === undefined) {
    const last = issue.path.at(-1);
    return (
      (typeof last === 'string' && issue.path.length === 1 ? REQUIRED_HINTS[last] : undefined) ??
      `Add this field (expected ${issue.expected}).`
    );
  }
  if (issue.code === 'invalid_value') return 'Use one of the listed values exactly as written.';
  return undefined;
}

/** The problems of a failed `parseContent`: one per issue, and one per unknown field. */
export function issuesToProblems(issues: readonly Issue[], source: ParsedSource, code = 'schema'): Problem[] {
  const at = (path: readonly PropertyKey[]) => ({
    code,
    severity: 'error' as const,
    file: source.path,
    ...source.locate(path),
    ...(path.length ? { field: fieldPath(path) } : {}),
  });
  return issues.flatMap((issue): Problem[] => {
    if (issue.code === 'unrecognized_keys')
      return issue.keys.map((key) => ({
        ...at([...issue.path, key]),
        message: 'is not a known field',
        hint: 'Remove it, or check its spelling against the schema (src/lib/catalog/schema/).',
      }));
    const hint = hintFor(issue);
    return [{ ...at(issue.path), message: issue.message, ...(hint ? { hint } : {}) }];
  });
}
