/** The issuer's DID document: its did:web resolves here (docs/architecture.md, "Issuer identities"). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadCatalog } from '../../../data/catalog.ts';
import { json, urlsFor } from '../../../data/documents.ts';
import { buildDidDocument } from '../../../lib/ob3/issuer-did.ts';

export const getStaticPaths = (async () =>
  (await loadCatalog()).issuers.map((i) => ({ params: { issuer: i.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const issuer = (await loadCatalog()).issuer(params.issuer as string);
  return json(buildDidDocument(issuer.id, issuer.data.keys, urlsFor(site)), 'application/did+ld+json');
};
