/**
 * One draft credential checked in the browser with the content check itself (check.ts): the
 * pasted text is a file of the catalog, checked against the published catalog's entries, so the
 * self-assessment page finds what `npm run check` finds. Only what depends on where the file
 * sits cannot be judged from pasted text: its file name, and whether its folder matches its
 * issuer (the page files the draft under the issuer it names).
 *
 * The catalog travels as JSON (`serializeCatalog`, written at build time): entries' data without
 * their bodies, the badge artwork files, and the status lists.
 */
import { checkCatalog, type CheckResult } from './check.ts';
import { COLLECTIONS, type CollectionName } from './collections.ts';
import { emptyCatalog, entriesOf, fileEntry, type Catalog, type Entry } from './model.ts';
import type { Problem } from './problems.ts';
import { slugFrom } from './scaffold/questions.ts';
import { parseSource, type SourceFile } from './source.ts';

const NAMES = Object.keys(COLLECTIONS) as CollectionName[];

export interface SerializedCatalog {
  entries: Record<CollectionName, [id: string, file: string, data: unknown][]>;
  /** Badge artwork: path and size (each is a PNG; the check has read its signature). */
  images: [path: string, size: number][];
  statusLists: string[];
  /** The published site's URL (with its base path), to tell its own pages from others. */
  site?: string;
}

const PNG_HEAD = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);

/** The published catalog, for the page: entries without bodies, artwork, status lists. */
export function serializeCatalog(result: CheckResult, files: readonly SourceFile[]): SerializedCatalog {
  const entries = Object.fromEntries(
    NAMES.map((n) => [n, [...entriesOf(result.catalog, n).values()].map((e) => [e.id, e.file, e.data])]),
  ) as SerializedCatalog['entries'];
  return {
    entries,
    images: files
      .filter((f) => f.kind === 'binary' && f.path.startsWith('content/images/'))
      .map((f) => [f.path, f.size ?? 0]),
    statusLists: result.statusLists.map((l) => `${l.data.issuer}/${l.data.list}`),
  };
}

function contextOf(s: SerializedCatalog) {
  const catalog: Catalog = emptyCatalog();
  const at = () => ({ line: 1, column: 1 });
  for (const name of NAMES)
    for (const [id, file, data] of s.entries[name])
      fileEntry(catalog, name, { id, file, data, body: '', bodyLine: 1, locate: at });
  const files: SourceFile[] = s.images.map(([path, size]) => ({
    path,
    text: '',
    kind: 'binary',
    size,
    head: PNG_HEAD,
  }));
  return { catalog, files, statusLists: new Set(s.statusLists) };
}

/**
 * Where a pasted draft is filed: under the issuer it names; as the credential of that issuer with
 * the same title when there is one (the draft is an edit of it), else named after its title.
 */
export function draftPath(text: string, catalog?: SerializedCatalog): string {
  const data = (parseSource({ path: 'draft.mdx', text }).source?.data ?? {}) as {
    issuer?: unknown;
    title?: unknown;
  };
  const slug = (v: unknown) =>
    typeof v === 'string' && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(v) ? v : undefined;
  const issuer = slug(data.issuer) ?? 'draft';
  const title = typeof data.title === 'string' ? data.title.trim().toLowerCase() : '';
  const same = catalog?.entries.credentials.find(
    ([id, , d]) =>
      id.startsWith(`${issuer}/`) && (d as { title?: string }).title?.trim().toLowerCase() === title,
  );
  if (same) return same[1];
  return `content/credentials/${issuer}/${(title && slugFrom(title)) || 'draft'}.mdx`;
}

export interface DraftCheck {
  path: string;
  problems: Problem[];
  /** The parsed draft, when it passed its schema. */
  entry: Entry<unknown> | undefined;
}

/** Checks a pasted credential file (at `path`, default: filed by its issuer and title) against the catalog. */
export async function checkDraft(
  text: string,
  catalog: SerializedCatalog,
  options: { site?: string; path?: string } = {},
): Promise<DraftCheck> {
  const path = options.path ?? draftPath(text, catalog);
  const result = await checkCatalog([{ path, text }], {
    context: contextOf(catalog),
    ...((options.site ?? catalog.site) ? { site: options.site ?? catalog.site } : {}),
  });
  const entry = [...result.catalog.credentials.values()].find((e) => e.file === path);
  return { path, problems: result.problems, entry };
}
