/**
 * The content check: every rule over every file, all problems at once.
 * Used by the Astro build (before any MDX is compiled), by `npm run check` and by tests.
 */
import { DEFAULT_SITE } from '../config.ts';
import { classify, COLLECTIONS, type CollectionName } from './collections.ts';
import { issuesToProblems, parseContent } from './error-map.ts';
import { emptyCatalog, entriesOf, type Catalog, type Entry } from './model.ts';
import { byLocation, type Problem } from './problems.ts';
import { checkCredentialBodies } from './rules/body.ts';
import { checkFile } from './rules/files.ts';
import { checkImages } from './rules/images.ts';
import { checkPlaceholders } from './rules/placeholders.ts';
import { checkInternalLinks, siteLocation } from './rules/internal-links.ts';
import { checkBodySafety, type BodyLink } from './rules/mdx-safety.ts';
import { formatOf } from './markup/parse.ts';
import { checkPrerequisiteCycles } from './rules/cycles.ts';
import { checkIssuerKeys, findPrivateKeyMaterial } from './rules/keys.ts';
import { checkRecognizers } from './rules/recognizers.ts';
import { checkReferences } from './rules/references.ts';
import { checkRubrics } from './rules/rubrics.ts';
import { checkStacks } from './rules/stacks.ts';
import { checkStatusFiles, type StatusFileEntry } from './rules/status-files.ts';
import { parseSource, type SourceFile } from './source.ts';

export interface CheckResult {
  problems: Problem[];
  catalog: Catalog;
  /** Status list files that passed their checks (signed by a published key). */
  statusLists: StatusFileEntry[];
  /** True when no problem is an error. */
  ok: boolean;
}

export interface CheckOptions {
  /**
   * The published site's URL (with any base path), to tell links to this site's own pages from
   * links elsewhere. Default: the default in astro.config.mjs.
   */
  site?: string;
}

/** Zod schemas are built once per collection: building one per file dominated large checks. */
const schemas = new Map<CollectionName, ReturnType<(typeof COLLECTIONS)[CollectionName]['schema']>>();
function schemaFor(name: CollectionName) {
  let s = schemas.get(name);
  if (!s) {
    s = COLLECTIONS[name].schema();
    schemas.set(name, s);
  }
  return s;
}

export async function checkCatalog(
  files: readonly SourceFile[],
  options: CheckOptions = {},
): Promise<CheckResult> {
  const problems: Problem[] = [];
  const catalog = emptyCatalog();
  const firstFileForId = new Map<string, string>();
  const bodyLinks = new Map<string, BodyLink[]>();
  /** Regular files with plain names: the only ones read further. */
  const usable: SourceFile[] = [];

  for (const file of [...files].sort((a, b) => a.path.localeCompare(b.path))) {
    const unfit = checkFile(file);
    if (unfit) {
      problems.push(unfit);
      continue;
    }
    usable.push(file);
    const where = classify(file.path);
    if (where.kind === 'other') continue;
    if (where.kind === 'invalid') {
      problems.push({
        code: 'location',
        severity: 'error',
        file: file.path,
        line: 1,
        message: `file ${where.message}`,
        hint: where.hint,
      });
      continue;
    }
    const key = `${where.collection}:${where.id}`;
    const first = firstFileForId.get(key);
    if (first) {
      problems.push({
        code: 'duplicate',
        severity: 'error',
        file: file.path,
        line: 1,
        message: `has the same id "${where.id}" as ${first}`,
        hint: 'Two files cannot share a name in one collection; rename or remove one.',
      });
      continue;
    }
    firstFileForId.set(key, file.path);

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
      bodyLinks.set(file.path, safety.links);
    }
    const source = parsed.source;
    if (!source) {
      catalog.invalid.add(key);
      continue;
    }

    const leaks = findPrivateKeyMaterial(source);
    problems.push(...leaks);

    const schema = schemaFor(where.collection);
    const result = parseContent(schema, source.data);
    if (!result.success) {
      problems.push(
        ...issuesToProblems(result.error.issues, source).filter((p) => !leaks.some((l) => l.line === p.line)),
      );
      catalog.invalid.add(key);
      continue;
    }
    const entry: Entry<unknown> = {
      id: where.id,
      file: file.path,
      data: result.data,
      body: source.body,
      bodyLine: source.bodyLine,
      locate: source.locate,
      ...(where.folder !== undefined ? { folder: where.folder } : {}),
    };
    // The collection's schema has just parsed the data, so it is of that collection's type.
    entriesOf(catalog, where.collection).set(where.id, entry as Entry<never>);
  }

  problems.push(
    ...checkReferences(catalog),
    ...checkPrerequisiteCycles(catalog),
    ...checkRubrics(catalog),
    ...checkStacks(catalog),
    ...checkRecognizers(catalog),
    ...checkCredentialBodies(catalog),
    ...duplicateTitles(catalog, 'credentials'),
    ...(await checkIssuerKeys(catalog)),
  );
  const status = await checkStatusFiles(usable, catalog);
  problems.push(...status.problems);
  problems.push(
    ...checkImages(catalog, files),
    ...checkPlaceholders(catalog),
    ...checkInternalLinks(
      catalog,
      bodyLinks,
      new Set(status.lists.map((l) => `${l.data.issuer}/${l.data.list}`)),
      siteLocation(options.site ?? DEFAULT_SITE),
    ),
  );
  problems.sort(byLocation);
  return { problems, catalog, statusLists: status.lists, ok: !problems.some((p) => p.severity === 'error') };
}

function duplicateTitles(c: Catalog, name: 'credentials' | 'stacks' | 'rubrics'): Problem[] {
  const seen = new Map<string, string>();
  const out: Problem[] = [];
  for (const e of entriesOf(c, name).values()) {
    const t = e.data.title.trim().toLowerCase();
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
