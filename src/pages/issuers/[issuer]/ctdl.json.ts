/** CTDL JSON-LD for one issuer, the organization its credentials' CTDL documents name. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadCatalog } from '../../../data/catalog.ts';
import { json, urlsFor } from '../../../data/documents.ts';
import { loadRecognition } from '../../../data/recognition.ts';
import { issuerDocument } from '../../../lib/ctdl/documents.ts';

export const getStaticPaths = (async () =>
  (await loadCatalog()).issuers.map((i) => ({
    params: { issuer: i.id },
    props: { id: i.id },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) =>
  json(
    issuerDocument((await loadRecognition()).ctdlSource(urlsFor(site)), props.id as string),
    'application/ld+json',
  );
