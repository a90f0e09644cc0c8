/**
 * The collections: where each lives under `content/`, how a file path becomes an entry id, its
 * schema, and which of its fields name other entries. The content check and the site's Astro
 * collections (`src/content.config.ts`) are both built from this one table.
 */
import type { z } from 'zod';
import { CONTENT_FOLDER } from '../config.ts';
import { SLUG } from './schema/common.ts';
import {
  credentialSchema,
  glossarySchema,
  issuerSchema,
  policySchema,
  recognizerSchema,
  rubricSchema,
  stackSchema,
} from './schema/index.ts';

export const COLLECTIONS = {
  issuers: {
    dir: 'issuers',
    nested: false,
    extensions: ['.md', '.mdx'],
    schema: issuerSchema,
    references: {},
  },
  credentials: {
    dir: 'credentials',
    nested: true,
    extensions: ['.mdx', '.md'],
    schema: credentialSchema,
    references: { issuer: 'issuers', rubric: 'rubrics', prerequisites: ['credentials'] },
  },
  stacks: {
    dir: 'stacks',
    nested: false,
    extensions: ['.mdx', '.md'],
    schema: stackSchema,
    references: { curator: 'issuers', credentials: ['credentials'] },
  },
  rubrics: {
    dir: 'rubrics',
    nested: false,
    extensions: ['.mdx', '.md'],
    schema: rubricSchema,
    references: {},
  },
  glossary: {
    dir: 'glossary',
    nested: false,
    extensions: ['.md', '.mdx'],
    schema: glossarySchema,
    references: { related: ['glossary'] },
  },
  recognizers: {
    dir: 'recognizers',
    nested: false,
    extensions: ['.md', '.mdx'],
    schema: recognizerSchema,
    // Rules name credentials, stacks and issuers by id inside their selections; the content check resolves them.
    references: {},
  },
  /** A recognizer's policies, filed under it like credentials under their issuer. */
  policies: {
    dir: 'policies',
    nested: true,
    owner: 'recognizer',
    extensions: ['.md', '.mdx'],
    schema: policySchema,
    references: {},
  },
} as const satisfies Record<
  string,
  {
    dir: string;
    nested: boolean;
    /** For nested collections: who the folder is named after (an issuer unless said). */
    owner?: 'issuer' | 'recognizer';
    extensions: readonly string[];
    schema: () => z.ZodObject;
    /** Fields that name other entries by id: a collection, or `[collection]` for a list of them. */
    references: Readonly<Record<string, string | readonly [string]>>;
  }
>;

export type CollectionName = keyof typeof COLLECTIONS;

/** The glob, relative to a collection's folder, of its entry files (underscore files are not entries). */
export function entryPattern(name: CollectionName): string {
  const c = COLLECTIONS[name];
  return `${c.nested ? '*/' : ''}[^_]*{${c.extensions.join(',')}}`;
}

/** Files under content/ that are not entries but are expected there. */
const OTHER_ALLOWED = [
  /^content\/status\/[a-z0-9-]+\/[a-z0-9-]+\.json$/,
  /^content\/README\.md$/,
  /^content\/status\/README\.md$/,
  /^content\/search\/synonyms\.yaml$/,
];

/** Badge artwork: `content/images/<issuer>/<name>.png`, referenced by a credential's `image` field. */
export const IMAGE_PATH = /^content\/images\/([a-z0-9]+(?:-[a-z0-9]+)*)\/[a-z0-9]+(?:-[a-z0-9]+)*\.png$/;

export type Classified =
  | { kind: 'entry'; collection: CollectionName; id: string; folder?: string }
  | { kind: 'other' }
  | { kind: 'invalid'; message: string; hint: string };

/** Decide which collection a repository-relative path belongs to, and its id. */
export function classify(path: string): Classified {
  if (OTHER_ALLOWED.some((re) => re.test(path)) || IMAGE_PATH.test(path)) return { kind: 'other' };
  const parts = path.split('/');
  if (parts[0] === CONTENT_FOLDER && parts[1] === 'images') {
    return {
      kind: 'invalid',
      message: 'must be a PNG at content/images/<issuer>/<name>.png',
      hint: 'Badge artwork is a PNG named in lower-case words joined by hyphens, in the folder of its issuer.',
    };
  }
  if (parts[0] !== CONTENT_FOLDER)
    return { kind: 'invalid', message: 'is outside content/', hint: 'Content files live under content/.' };
  const entry = Object.entries(COLLECTIONS).find(([, c]) => c.dir === parts[1]);
  if (!entry) {
    return {
      kind: 'invalid',
      message: `is not in a known content folder (${Object.values(COLLECTIONS)
        .map((c) => c.dir)
        .join(', ')}, status, images)`,
      hint: 'Move the file into the folder of its kind.',
    };
  }
  const [name, c] = entry as [CollectionName, (typeof COLLECTIONS)[CollectionName]];
  const rest = parts.slice(2);
  const file = rest.at(-1) ?? '';
  const ext = c.extensions.find((e) => file.endsWith(e));
  if (!ext)
    return { kind: 'invalid', message: `must end in ${c.extensions.join(' or ')}`, hint: 'Rename the file.' };
  const base = file.slice(0, -ext.length);
  if (base.startsWith('_')) return { kind: 'other' }; // underscore files are ignored, as Astro's glob ignores them
  const want = c.nested ? 2 : 1;
  if (rest.length !== want) {
    const owner = 'owner' in c ? c.owner : 'issuer';
    return {
      kind: 'invalid',
      message: c.nested
        ? `must be at content/${c.dir}/<${owner}>/<slug>${ext}`
        : `must be directly in content/${c.dir}/, not in a sub-folder`,
      hint: c.nested
        ? `File each ${owner === 'issuer' ? 'credential' : 'policy'} in the folder named after its ${owner}.`
        : 'Move the file up to the collection folder.',
    };
  }
  const segments = c.nested ? [rest[0] ?? '', base] : [base];
  for (const s of segments) {
    if (!SLUG.test(s)) {
      return {
        kind: 'invalid',
        message: `name "${s}" is not a slug: use lower-case words joined by hyphens`,
        hint: 'The file and folder names become URLs, so they must be lower-case letters, digits and hyphens.',
      };
    }
  }
  return c.nested
    ? { kind: 'entry', collection: name, id: segments.join('/'), folder: segments[0] ?? '' }
    : { kind: 'entry', collection: name, id: base };
}
