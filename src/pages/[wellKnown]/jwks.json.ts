/** Every issuer's public keys in one JWK Set (key provenance: docs/architecture.md, "Trust model"). */
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
