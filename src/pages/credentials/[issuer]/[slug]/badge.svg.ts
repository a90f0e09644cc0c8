/**
 * The credential's badge artwork, as the issue tool bakes it (src/lib/badges/artwork.ts). Served
 * from here by the dev server; a build writes it with the issuer's other credential documents
 * (src/data/credential-documents.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { credentialPaths, loadCatalog } from '../../../../data/catalog.ts';
import { badgeSvgText } from '../../../../data/credential-documents.ts';

export const getStaticPaths = (async () =>
  import.meta.env.DEV ? credentialPaths() : []) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) =>
  new Response(badgeSvgText(await loadCatalog(), props.id as string), {
    headers: { 'Content-Type': 'image/svg+xml' },
  });
