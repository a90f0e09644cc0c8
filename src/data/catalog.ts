/**
 * The catalog as pages see it: Astro collections joined with the derived facts from
 * `src/lib/catalog` (CEUs, stack math, quality review, what leads to what).
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { reviewQuality, type QualityResult } from '../lib/catalog/quality.ts';
import { stackTotals, type StackTotals } from '../lib/catalog/stack-math.ts';
import { plainData } from './plain.ts';

export type Credential = CollectionEntry<'credentials'>;
export type Issuer = CollectionEntry<'issuers'>;
export type Stack = CollectionEntry<'stacks'>;
export type Rubric = CollectionEntry<'rubrics'>;
export type Term = CollectionEntry<'glossary'>;

export const QUALITY_RUBRIC_ID = 'quality-assurance';

export interface Catalog {
  credentials: Credential[];
  issuers: Issuer[];
  stacks: Stack[];
  rubrics: Rubric[];
  glossary: Term[];
  credential(id: string): Credential;
  issuer(id: string): Issuer;
  rubric(id: string): Rubric;
  stack(id: string): Stack;
  /** Stacks that include a credential. */
  stacksOf(id: string): Stack[];
  /** Credentials that list `id` as a prerequisite. */
  leadsTo(id: string): Credential[];
  quality(id: string): QualityResult;
  totals(stack: Stack): StackTotals;
  credentialsOf(issuerId: string): Credential[];
}

const byTitle = <T extends { data: { title: string } }>(a: T, b: T) =>
  a.data.title.localeCompare(b.data.title);
const STATUS_ORDER = { active: 0, draft: 1, retired: 2 } as const;

let cached: Promise<Catalog> | undefined;

/** Loads and joins every collection once per build. */
export function loadCatalog(): Promise<Catalog> {
  cached ??= build();
  return cached;
}

async function build(): Promise<Catalog> {
  const [credentials, issuers, stacks, rubrics, glossary] = await Promise.all([
    getCollection('credentials'),
    getCollection('issuers'),
    getCollection('stacks'),
    getCollection('rubrics'),
    getCollection('glossary'),
  ]);
  credentials.sort((a, b) => STATUS_ORDER[a.data.status] - STATUS_ORDER[b.data.status] || byTitle(a, b));
  stacks.sort(byTitle);
  rubrics.sort(byTitle);
  issuers.sort((a, b) => a.data.name.localeCompare(b.data.name));
  glossary.sort((a, b) => a.data.term.localeCompare(b.data.term));

  const index = <T extends { id: string }>(xs: T[], kind: string) => {
    const m = new Map(xs.map((x) => [x.id, x]));
    return (id: string) => {
      const x = m.get(id);
      if (!x) throw new Error(`Unknown ${kind} "${id}" (the content check should have caught this)`);
      return x;
    };
  };
  const credential = index(credentials, 'credential');
  const rubric = index(rubrics, 'rubric');
  const quality = rubric(QUALITY_RUBRIC_ID);
  const qualityCache = new Map<string, QualityResult>();
  // Reverse links, built once: every credential page asks for them, and scanning the whole
  // catalog per page makes a build quadratic in its size.
  const group = <T>(pairs: Iterable<[string, T]>) => {
    const m = new Map<string, T[]>();
    for (const [k, v] of pairs) {
      const list = m.get(k);
      if (list) list.push(v);
      else m.set(k, [v]);
    }
    return (id: string): T[] => m.get(id) ?? [];
  };
  const stacksOf = group(
    stacks.flatMap((s) =>
      [...new Set(s.data.credentials.map((c) => c.id))].map((id): [string, Stack] => [id, s]),
    ),
  );
  const leadsTo = group(
    credentials.flatMap((c) =>
      [...new Set(c.data.prerequisites.map((p) => p.id))].map((id): [string, Credential] => [id, c]),
    ),
  );
  const credentialsOf = group(credentials.map((c): [string, Credential] => [c.data.issuer.id, c]));

  return {
    credentials,
    issuers,
    stacks,
    rubrics,
    glossary,
    credential,
    issuer: index(issuers, 'issuer'),
    rubric,
    stack: index(stacks, 'stack'),
    stacksOf,
    leadsTo,
    quality: (id) => {
      let q = qualityCache.get(id);
      if (!q) {
        const c = credential(id);
        q = reviewQuality(
          {
            data: plainData('credentials', c.data),
            body: c.body ?? '',
            rubric: rubric(c.data.rubric.id).data,
          },
          quality,
        );
        qualityCache.set(id, q);
      }
      return q;
    },
    totals: (s) =>
      stackTotals(
        s.data.rule,
        s.data.credentials.map((c) => credential(c.id).data.hours),
      ),
    credentialsOf,
  };
}

/** Static paths for routes under /credentials/[issuer]/[slug]/, with the credential id as a prop. */
export async function credentialPaths() {
  const catalog = await loadCatalog();
  return catalog.credentials.map((c) => {
    const [issuer, slug] = c.id.split('/');
    return { params: { issuer, slug }, props: { id: c.id } };
  });
}
