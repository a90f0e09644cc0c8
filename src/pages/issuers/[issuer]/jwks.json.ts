/** The issuer's public keys as a JWK Set (revoked keys are left out). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadCatalog } from '../../../data/catalog.ts';
import { json, urlsFor } from '../../../data/documents.ts';
import { issuerJwks } from '../../../lib/keys/jwk.ts';

export const getStaticPaths = (async () =>
  (await loadCatalog()).issuers.map((i) => ({ params: { issuer: i.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const issuer = (await loadCatalog()).issuer(params.issuer as string);
  return json(issuerJwks(issuer.id, issuer.data.keys, urlsFor(site)), 'application/jwk-set+json');
};
