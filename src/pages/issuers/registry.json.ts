/** The catalog's issuers as an issuer registry DCC verifiers load (docs/architecture.md, "The catalog as a trust registry"). */
import type { APIRoute } from 'astro';
import { loadCatalog } from '../../data/catalog.ts';
import { json, urlsFor } from '../../data/documents.ts';
import { issuerRegistry } from '../../lib/ob3/issuer-registry.ts';

export const GET: APIRoute = async ({ site }) =>
  json(
    issuerRegistry(
      (await loadCatalog()).issuers.map((i) => ({ id: i.id, data: i.data })),
      urlsFor(site),
    ),
  );
