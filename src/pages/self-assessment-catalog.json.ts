/**
 * The published catalog as the self-assessment page checks a pasted draft against it
 * (src/lib/catalog/draft-check.ts): the catalog the build's content check read and checked
 * (checked-catalog.ts), or, when there is none, read and checked here the same way. Fetched
 * only when a draft is checked.
 */
import type { APIRoute } from 'astro';
import { checkCatalog } from '../lib/catalog/check.ts';
import { checkedCatalog } from '../lib/catalog/checked-catalog.ts';
import { serializeCatalog } from '../lib/catalog/draft-check.ts';
import { readCatalogFiles } from '../lib/catalog/read-content.ts';

export const GET: APIRoute = async ({ site }) => {
  const base = site ? new URL(import.meta.env.BASE_URL, site).href : undefined;
  let catalog = checkedCatalog(base);
  if (!catalog) {
    const files = await readCatalogFiles(process.cwd());
    catalog = serializeCatalog(await checkCatalog(files, base ? { site: base } : {}), files);
  }
  return new Response(JSON.stringify({ ...catalog, ...(base ? { site: base } : {}) }), {
    headers: { 'Content-Type': 'application/json' },
  });
};
