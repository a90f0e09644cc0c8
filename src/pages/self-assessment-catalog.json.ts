/**
 * The published catalog as the self-assessment page checks a pasted draft against it
 * (src/lib/catalog/draft-check.ts): read and checked here exactly as the build's content check
 * reads it. Fetched only when a draft is checked.
 */
import type { APIRoute } from 'astro';
import { checkCatalog } from '../lib/catalog/check.ts';
import { serializeCatalog } from '../lib/catalog/draft-check.ts';
import { readCatalogFiles } from '../lib/catalog/read-content.ts';

export const GET: APIRoute = async ({ site }) => {
  const files = await readCatalogFiles(process.cwd());
  const base = site ? new URL(import.meta.env.BASE_URL, site).href : undefined;
  const result = await checkCatalog(files, base ? { site: base } : {});
  return new Response(
    JSON.stringify({ ...serializeCatalog(result, files), ...(base ? { site: base } : {}) }),
    {
      headers: { 'Content-Type': 'application/json' },
    },
  );
};
