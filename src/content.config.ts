/**
 * Astro content collections over `content/`. The schemas are the ones in `src/lib/catalog`
 * (shared with `npm run check` and the tests), extended here with Astro's `reference()` so
 * pages can follow cross-references. Cross-references, duplicates, namespaces and cycles are
 * checked by the content-check integration before this file is ever loaded.
 */
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import {
  credentialSchema,
  glossarySchema,
  issuerSchema,
  policySchema,
  recognizerSchema,
  rubricSchema,
  stackSchema,
} from './lib/catalog/schema/index.ts';

/** The content folder; tests point STACKABLE_CONTENT at a copy (see scripts/e2e-prepare.ts). */
const CONTENT = process.env.STACKABLE_CONTENT ?? './content';
const base = (dir: string) => `${CONTENT}/${dir}`;
const entries = '**/[^_]*.{md,mdx}';

const issuers = defineCollection({
  loader: glob({ base: base('issuers'), pattern: entries }),
  schema: issuerSchema(),
});

const credentials = defineCollection({
  loader: glob({ base: base('credentials'), pattern: entries }),
  schema: credentialSchema().extend({
    issuer: reference('issuers'),
    rubric: reference('rubrics'),
    prerequisites: z.array(reference('credentials')).default([]),
  }),
});

const stacks = defineCollection({
  loader: glob({ base: base('stacks'), pattern: entries }),
  schema: stackSchema().extend({
    curator: reference('issuers'),
    credentials: z.array(reference('credentials')).min(2),
  }),
});

const rubrics = defineCollection({
  loader: glob({ base: base('rubrics'), pattern: entries }),
  schema: rubricSchema(),
});

const glossary = defineCollection({
  loader: glob({ base: base('glossary'), pattern: entries }),
  schema: glossarySchema().extend({ related: z.array(reference('glossary')).default([]) }),
});

// Rules name credentials, stacks and issuers by id; the content check resolves them.
const recognizers = defineCollection({
  loader: glob({ base: base('recognizers'), pattern: entries }),
  schema: recognizerSchema(),
});

const policies = defineCollection({
  loader: glob({ base: base('policies'), pattern: entries }),
  schema: policySchema(),
});

export const collections = { issuers, credentials, stacks, rubrics, glossary, recognizers, policies };
