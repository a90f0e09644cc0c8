/** Every issuer's public keys in one JWK Set (OB 3.0 key provenance, ob3-notes.md §2.4). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadCatalog } from '../../data/catalog.ts';
import { json, urlsFor } from '../../data/documents.ts';
import { issuerJwks } from '../../lib/keys/jwk.ts';

// Astro skips dot-folders under src/pages, so the `.well-known` segment is a route parameter.
export const getStaticPaths = (() => [{ params: { wellKnown: '.well-known' } }]) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ site }) => {
  const urls = urlsFor(site);
  const catalog = await loadCatalog();
  return json(
    { keys: catalog.issuers.flatMap((i) => issuerJwks(i.id, i.data.keys, urls).keys) },
    'application/jwk-set+json',
  );
};
