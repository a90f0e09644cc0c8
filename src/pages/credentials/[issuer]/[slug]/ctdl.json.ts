/**
 * CTDL JSON-LD for one credential, for the Credential Registry (drafts are not published).
 * Served from here by the dev server; a build writes it with the issuer's other credential
 * documents (src/data/credential-documents.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { credentialPaths, loadCatalog } from '../../../../data/catalog.ts';
import { ctdlText, hasCtdl } from '../../../../data/credential-documents.ts';
import { urlsFor } from '../../../../data/documents.ts';
import { loadRecognition } from '../../../../data/recognition.ts';

export const getStaticPaths = (async () => {
  if (!import.meta.env.DEV) return [];
  const catalog = await loadCatalog();
  return (await credentialPaths()).filter((p) => hasCtdl(catalog, p.props.id));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) =>
  new Response(ctdlText(await loadRecognition(), props.id as string, urlsFor(site)), {
    headers: { 'Content-Type': 'application/ld+json' },
  });
