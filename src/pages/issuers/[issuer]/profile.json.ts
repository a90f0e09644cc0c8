/** OB 3.0 issuer Profile; its URL is the issuer id in badges. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadCatalog } from '../../../data/catalog.ts';
import { json, profileFor, urlsFor } from '../../../data/documents.ts';

export const getStaticPaths = (async () =>
  (await loadCatalog()).issuers.map((i) => ({ params: { issuer: i.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) =>
  json(profileFor(await loadCatalog(), params.issuer as string, urlsFor(site)), 'application/ld+json');
