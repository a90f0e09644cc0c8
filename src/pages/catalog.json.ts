/** Machine-readable index of the whole catalog, and the registry the verifier trusts. */
import type { APIRoute } from 'astro';
import { loadCatalog } from '../data/catalog.ts';
import { json, urlsFor } from '../data/documents.ts';
import { catalogIndex } from '../data/index-json.ts';
import { loadRecognition } from '../data/recognition.ts';

export const GET: APIRoute = async ({ site }) =>
  json(catalogIndex(await loadCatalog(), urlsFor(site), await loadRecognition()));
