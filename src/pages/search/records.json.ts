/**
 * Build input for the search index, not a published file: every searchable page's record and
 * the synonym table. The search integration (src/integrations/pagefind.ts) reads it after the
 * build, indexes the records with Pagefind, writes the facet table, and deletes this file.
 */
import type { APIRoute } from 'astro';
import { loadCatalog } from '../../data/catalog.ts';
import { loadRecognition } from '../../data/recognition.ts';
import { searchRecords } from '../../data/search-records.ts';
import { loadSynonyms } from '../../data/synonyms.ts';

export const GET: APIRoute = async () =>
  new Response(
    JSON.stringify({
      records: searchRecords(await loadCatalog(), await loadRecognition()),
      synonyms: loadSynonyms(),
    }),
    {
      headers: { 'content-type': 'application/json' },
    },
  );
