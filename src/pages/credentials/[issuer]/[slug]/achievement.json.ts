/**
 * OB 3.0 Achievement for one credential; its URL is the achievement id in every badge. Served
 * from here by the dev server; a build writes it with the issuer's other credential documents
 * (src/data/credential-documents.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { credentialPaths, loadCatalog } from '../../../../data/catalog.ts';
import { achievementText } from '../../../../data/credential-documents.ts';
import { urlsFor } from '../../../../data/documents.ts';

export const getStaticPaths = (async () =>
  import.meta.env.DEV ? credentialPaths() : []) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) =>
  new Response(achievementText(await loadCatalog(), props.id as string, urlsFor(site)), {
    headers: { 'Content-Type': 'application/ld+json' },
  });
