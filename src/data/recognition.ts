/**
 * Recognition as pages see it: the recognizers and their policies from the content collections,
 * the recognition index over the whole catalog (built once per build), and the adapters the
 * JSON and CTDL endpoints use. Rules are judged in effect or not on the day of the build.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { indexRecognitions, type RecognitionIndex } from '../lib/catalog/recognition/recognitions.ts';
import type { RecognitionJsonSource } from '../lib/catalog/recognition/json.ts';
import { makeWorld, type RecognitionWorld } from '../lib/catalog/recognition/world.ts';
import { meetsAllStandards } from '../lib/catalog/quality.ts';
import type { RecognitionRule } from '../lib/catalog/schema/recognizer.ts';
import { paths } from '../lib/catalog/urls.ts';
import { PURPOSES } from '../lib/catalog/vocabulary.ts';
import type { CtdlSource } from '../lib/ctdl/documents.ts';
import type { SiteUrls } from '../lib/ob3/site.ts';
import { loadCatalog, type Catalog } from './catalog.ts';
import { plainCredential } from './documents.ts';
import { plainData } from './plain.ts';

export type Recognizer = CollectionEntry<'recognizers'>;
export type Policy = CollectionEntry<'policies'>;

export interface RecognitionData {
  today: Date;
  /** By name. */
  recognizers: Recognizer[];
  recognizer(id: string): Recognizer;
  policy(recognizer: string, slug: string): Policy;
  policiesOf(recognizer: string): Policy[];
  world: RecognitionWorld;
  index: RecognitionIndex;
  /** The policy a rule links to: a page of this site (a path), or the recognizer's own URL. */
  policyOf(recognizer: string, rule: RecognitionRule): { title: string; path?: string; url?: string };
  /** Search facet values: who recognizes the credential or stack now, and for what. */
  filters(of: { credential: string } | { stack: string }): { recognizer: string[]; purpose: string[] };
  jsonSource(urls: SiteUrls): RecognitionJsonSource;
  ctdlSource(urls: SiteUrls): CtdlSource;
}

let cached: Promise<RecognitionData> | undefined;

export function loadRecognition(): Promise<RecognitionData> {
  cached ??= build();
  return cached;
}

/** Static paths for routes under /recognizers/[recognizer]/, with the recognizer id as a prop. */
export async function recognizerPaths() {
  return (await loadRecognition()).recognizers.map((r) => ({
    params: { recognizer: r.id },
    props: { id: r.id },
  }));
}

/** Short name for lists and facets. */
export const recognizerLabel = (r: Recognizer) => r.data.shortName ?? r.data.name;

async function build(): Promise<RecognitionData> {
  const [catalog, recognizers, policies] = await Promise.all([
    loadCatalog(),
    getCollection('recognizers'),
    getCollection('policies'),
  ]);
  recognizers.sort((a, b) => a.data.name.localeCompare(b.data.name));
  const today = new Date();
  const world = worldOf(catalog, recognizers);
  const index = indexRecognitions(world, today);
  const byId = new Map(recognizers.map((r) => [r.id, r]));
  const policyById = new Map(policies.map((p) => [p.id, p]));
  const recognizer = (id: string) => {
    const r = byId.get(id);
    if (!r) throw new Error(`Unknown recognizer "${id}" (the content check should have caught this)`);
    return r;
  };
  const policy = (rec: string, slug: string) => {
    const p = policyById.get(`${rec}/${slug}`);
    if (!p) throw new Error(`Unknown policy "${rec}/${slug}" (the content check should have caught this)`);
    return p;
  };
  const policyOf = (rec: string, rule: RecognitionRule) =>
    rule.policy.page !== undefined
      ? { title: policy(rec, rule.policy.page).data.title, path: paths.policy(rec, rule.policy.page) }
      : { title: rule.policy.title ?? rule.policy.url ?? '', url: rule.policy.url ?? '' };
  const filters = (of: { credential: string } | { stack: string }) => {
    const refs =
      'credential' in of
        ? index.forCredential(of.credential).filter((r) => r.state === 'in-effect')
        : index.forStack(of.stack).filter((r) => r.state === 'in-effect');
    return {
      recognizer: [...new Set(refs.map((r) => recognizerLabel(recognizer(r.recognizer.id))))],
      purpose: [...new Set(refs.map((r) => PURPOSES[r.rule.purpose]))],
    };
  };
  return {
    today,
    recognizers,
    recognizer,
    policy,
    policiesOf: (rec) => policies.filter((p) => p.id.startsWith(`${rec}/`)),
    world,
    index,
    policyOf,
    filters,
    jsonSource: (urls) => ({
      urls,
      world,
      index,
      policy: (rec, rule) => {
        const p = policyOf(rec, rule);
        return { title: p.title, url: p.path !== undefined ? urls.absolute(p.path) : (p.url ?? '') };
      },
    }),
    ctdlSource: (urls) => ({
      urls,
      index,
      today,
      credential: (id) => plainCredential(catalog.credential(id)),
      stack: (id) => plainData('stacks', catalog.stack(id).data),
      issuer: (id) => catalog.issuer(id).data,
      recognizer: (id) => recognizer(id).data,
      policyUrl: (rec, rule) => {
        const p = policyOf(rec, rule);
        return p.path !== undefined ? urls.absolute(p.path) : (p.url ?? '');
      },
    }),
  };
}

function worldOf(catalog: Catalog, recognizers: Recognizer[]): RecognitionWorld {
  return makeWorld({
    credentials: catalog.credentials.map((c) => ({
      id: c.id,
      title: c.data.title,
      issuer: c.data.issuer.id,
      status: c.data.status,
      hours: c.data.hours,
      meetsQuality: meetsAllStandards(catalog.quality(c.id)),
    })),
    stacks: catalog.stacks.map((s) => ({
      id: s.id,
      title: s.data.title,
      status: s.data.status,
      credentials: s.data.credentials.map((c) => c.id),
      rule: s.data.rule,
    })),
    recognizers: recognizers.map((r) => ({ id: r.id, data: r.data })),
  });
}
