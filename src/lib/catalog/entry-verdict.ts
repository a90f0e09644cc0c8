/**
 * The content check's work on one entry file alone: its frontmatter read, its body's safety,
 * private key material and hidden characters in its fields, and its schema. It depends on the
 * file's path and text only, so it can run on another thread (src/lib/catalog/verdict-pool.ts)
 * and be kept between builds keyed by the text's hash. A verdict is plain data (structured-clone
 * and v8-serializable): no functions; the entry's locations are found again from its text only
 * when a later rule reports a problem in it (`entryFromVerdict`). Pure.
 */
import { COLLECTIONS, type CollectionName } from './collections.ts';
import { issuesToProblems, parseContent } from './error-map.ts';
import type { Entry } from './model.ts';
import type { Problem } from './problems.ts';
import { checkHiddenCharacters } from './rules/hidden-characters.ts';
import { checkBodySafety, type BodyLink } from './rules/mdx-safety.ts';
import { findPrivateKeyMaterial } from './rules/keys.ts';
import { notChecked } from './rules/titles-and-notes.ts';
import { formatOf } from './markup/parse.ts';
import { salvage } from './salvage.ts';
import { normalizeText, parseSource, type ParsedSource, type SourceFile } from './source.ts';

export interface EntryVerdict {
  problems: Problem[];
  /** Links in the body, for the dead-link check (when the body could be parsed). */
  links?: BodyLink[];
  /**
   * `entry`: the frontmatter passed its schema (`data` is the parsed data); `partial`: it did
   * not (`data` holds the fields that pass, `missing` the others); `unreadable`: no frontmatter.
   */
  outcome:
    | { kind: 'unreadable' }
    | { kind: 'entry'; data: unknown; bodyLine: number }
    | { kind: 'partial'; data: Record<string, unknown>; missing: string[]; bodyLine: number };
}

/** Zod schemas are built once per collection: building one per file dominated large checks. */
const schemas = new Map<CollectionName, ReturnType<(typeof COLLECTIONS)[CollectionName]['schema']>>();
export function schemaFor(name: CollectionName) {
  let s = schemas.get(name);
  if (!s) {
    s = COLLECTIONS[name].schema();
    schemas.set(name, s);
  }
  return s;
}

/** Checks one entry file of `collection` on its own. */
export function judgeEntry(file: SourceFile, collection: CollectionName): EntryVerdict {
  const problems: Problem[] = [];
  let links: BodyLink[] | undefined;
  const parsed = parseSource(file);
  problems.push(...parsed.problems);
  if (parsed.body) {
    // Before the schema: a body that could run code is refused even when its frontmatter is wrong.
    const safety = checkBodySafety({
      file: file.path,
      text: parsed.body.text,
      line: parsed.body.line,
      format: formatOf(file.path),
    });
    problems.push(...safety.problems);
    links = safety.links;
    if (safety.problems.some((p) => p.code === 'mdx-syntax'))
      problems.push(
        notChecked(file.path, 'its body could not be parsed, so its links and elements were not checked'),
      );
  }
  const withLinks = links ? { links } : {};
  const source = parsed.source;
  if (!source) {
    problems.push(
      notChecked(
        file.path,
        'its frontmatter could not be read, so its fields, references, links and placeholders were not checked',
      ),
    );
    return { problems, ...withLinks, outcome: { kind: 'unreadable' } };
  }
  const leaks = findPrivateKeyMaterial(source);
  problems.push(...leaks, ...checkHiddenCharacters(source));
  const schema = schemaFor(collection);
  const result = parseContent(schema, source.data);
  if (result.success)
    return {
      problems,
      ...withLinks,
      outcome: { kind: 'entry', data: result.data, bodyLine: source.bodyLine },
    };
  problems.push(
    ...issuesToProblems(result.error.issues, source).filter((p) => !leaks.some((l) => l.line === p.line)),
  );
  const { data, missing } = salvage(schema, source.data);
  return {
    problems,
    ...withLinks,
    outcome: { kind: 'partial', data, missing: [...missing], bodyLine: source.bodyLine },
  };
}

/** The body of an entry file: its lines from `bodyLine` on, as parseSource gives it. */
export const bodyOf = (text: string, bodyLine: number) =>
  normalizeText(text)
    .split('\n')
    .slice(bodyLine - 1)
    .join('\n');

/**
 * The entry a verdict describes, for the catalog: its locations are read again from the file's
 * text the first time a rule asks for one (rules ask only to report a problem).
 */
export function entryFromVerdict(
  file: SourceFile,
  id: string,
  folder: string | undefined,
  data: unknown,
  bodyLine: number,
): Entry<unknown> {
  let source: ParsedSource | undefined;
  const locate: ParsedSource['locate'] = (path) => {
    source ??= parseSource(file).source;
    return source ? source.locate(path) : { line: 1, column: 1 };
  };
  return {
    id,
    file: file.path,
    data,
    body: bodyOf(file.text, bodyLine),
    bodyLine,
    locate,
    ...(folder !== undefined ? { folder } : {}),
  };
}
