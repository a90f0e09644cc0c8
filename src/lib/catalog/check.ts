/**
 * The content check: every rule over every file, all problems at once.
 * Used by the Astro build (before any MDX is compiled), by `npm run check` and by tests.
 */
import { DEFAULT_SITE } from '../config.ts';
import { classify, COLLECTIONS, type CollectionName } from './collections.ts';
import { entryFromVerdict, judgeEntry, type EntryVerdict } from './entry-verdict.ts';
import { emptyCatalog, entriesOf, fileEntry, type Catalog } from './model.ts';
import { byLocation, type Problem } from './problems.ts';
import { checkCredentialBodies } from './rules/body.ts';
import { duplicateTitles } from './rules/titles-and-notes.ts';
import { caseClashProblem, caseCollisions, checkFile } from './rules/files.ts';
import { checkImages } from './rules/images.ts';
import { checkPlaceholders } from './rules/placeholders.ts';
import { checkInternalLinks, siteLocation } from './rules/internal-links.ts';
import type { BodyLink } from './rules/mdx-safety.ts';
import { checkPrerequisiteCycles } from './rules/cycles.ts';
import { checkIssuerKeys } from './rules/keys.ts';
import { checkRecognizers } from './rules/recognizers.ts';
import { checkReferences } from './rules/references.ts';
import { checkPrivateKeyText } from './rules/secrets.ts';
import { checkRubrics } from './rules/rubrics.ts';
import { checkStacks } from './rules/stacks.ts';
import { checkSynonymsFile } from './rules/synonyms.ts';
import { checkStatusFiles, type StatusFileEntry } from './rules/status-files.ts';
import { lenientCatalog, NO_NEEDS, REFERENCE_NEEDS, STATUS_NEEDS, type PartialEntry } from './salvage.ts';
import type { SourceFile } from './source.ts';

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
  /**
   * Entries already in the catalog, to check `files` against without checking them again (the
   * self-assessment page checks one pasted draft against the published catalog). Only problems
   * in `files` are reported.
   */
  context?: CheckContext;
  /**
   * Verdicts on entry files already reached (by path), e.g. on other threads or from a cache of
   * unchanged files (src/lib/catalog/verdict-pool.ts); files without one are judged here.
   */
  verdicts?: ReadonlyMap<string, EntryVerdict>;
}

export interface CheckContext {
  catalog: Catalog;
  /** Files the context's entries may point at (badge artwork), as the reader lists them. */
  files: readonly SourceFile[];
  /** `issuer/list` of the status lists the site publishes. */
  statusLists: ReadonlySet<string>;
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
  /** Entries whose frontmatter failed its schema, with the fields that passed: checked for everything else. */
  const partial: PartialEntry[] = [];

  const clashes = caseCollisions(files.map((f) => f.path));
  for (const file of [...files].sort((a, b) => a.path.localeCompare(b.path))) {
    const unfit = checkFile(file);
    if (unfit) {
      problems.push(unfit);
      continue;
    }
    const clash = clashes.get(file.path);
    if (clash !== undefined) {
      problems.push(caseClashProblem(file.path, clash));
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

    const verdict = options.verdicts?.get(file.path) ?? judgeEntry(file, where.collection);
    problems.push(...verdict.problems);
    if (verdict.links) bodyLinks.set(file.path, verdict.links);
    const { outcome } = verdict;
    if (outcome.kind === 'unreadable') {
      catalog.invalid.add(key);
      continue;
    }
    const entry = entryFromVerdict(file, where.id, where.folder, outcome.data, outcome.bodyLine);
    if (outcome.kind === 'partial') {
      catalog.invalid.add(key);
      partial.push({
        ...entry,
        collection: where.collection,
        missing: new Set(outcome.missing),
        data: outcome.data,
      });
      continue;
    }
    fileEntry(catalog, where.collection, entry);
  }

  if (options.context) addContext(catalog, options.context.catalog);
  // Rules across files also run on entries that failed their schema, wherever they have what the rule reads.
  const byStatus = lenientCatalog(catalog, partial, STATUS_NEEDS);
  const anyEntry = lenientCatalog(catalog, partial, NO_NEEDS);
  problems.push(
    ...checkReferences(lenientCatalog(catalog, partial, REFERENCE_NEEDS)),
    ...checkPrerequisiteCycles(catalog),
    ...checkRubrics(catalog),
    ...checkStacks(catalog),
    ...checkRecognizers(catalog),
    ...checkCredentialBodies(byStatus),
    ...duplicateTitles(anyEntry, 'credentials'),
    ...(await checkIssuerKeys(catalog)),
  );
  problems.push(...checkSynonymsFile(usable));
  const status = await checkStatusFiles(usable, catalog);
  problems.push(...status.problems);
  problems.push(
    ...checkImages(anyEntry, [...files, ...(options.context?.files ?? [])]),
    ...checkPlaceholders(byStatus),
    ...checkInternalLinks(
      anyEntry,
      bodyLinks,
      new Set([
        ...status.lists.map((l) => `${l.data.issuer}/${l.data.list}`),
        ...(options.context?.statusLists ?? []),
      ]),
      siteLocation(options.site ?? DEFAULT_SITE),
    ),
  );
  problems.push(...checkPrivateKeyText(usable, problems));
  const own = new Set(files.map((f) => f.path));
  const reported = options.context ? problems.filter((p) => own.has(p.file)) : problems;
  reported.sort(byLocation);
  return {
    problems: reported,
    catalog,
    statusLists: status.lists,
    ok: !reported.some((p) => p.severity === 'error'),
  };
}

/** Adds the context's entries that `files` did not replace (or fail to replace) to the catalog. */
function addContext(catalog: Catalog, context: Catalog): void {
  for (const name of Object.keys(COLLECTIONS) as CollectionName[]) {
    const into = entriesOf(catalog, name);
    for (const [id, e] of entriesOf(context, name))
      if (!into.has(id) && !catalog.invalid.has(`${name}:${id}`)) into.set(id, e);
  }
}
