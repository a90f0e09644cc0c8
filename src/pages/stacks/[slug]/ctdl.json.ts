/** CTDL JSON-LD for one stack: a pathway whose destination is completing it. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadCatalog } from '../../../data/catalog.ts';
import { json, urlsFor } from '../../../data/documents.ts';
import { loadRecognition } from '../../../data/recognition.ts';
import { stackDocument } from '../../../lib/ctdl/documents.ts';

export const getStaticPaths = (async () =>
  (await loadCatalog()).stacks.map((s) => ({
    params: { slug: s.id },
    props: { id: s.id },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) =>
  json(
    stackDocument((await loadRecognition()).ctdlSource(urlsFor(site)), props.id as string),
    'application/ld+json',
  );
