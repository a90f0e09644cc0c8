/** CTDL JSON-LD for one credential, for the Credential Registry (drafts are not published). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { credentialPaths, loadCatalog } from '../../../../data/catalog.ts';
import { json, urlsFor } from '../../../../data/documents.ts';
import { loadRecognition } from '../../../../data/recognition.ts';
import { credentialDocument, publishesCtdl } from '../../../../lib/ctdl/documents.ts';

export const getStaticPaths = (async () => {
  const catalog = await loadCatalog();
  return (await credentialPaths()).filter((p) => publishesCtdl(catalog.credential(p.props.id).data.status));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) =>
  json(
    credentialDocument((await loadRecognition()).ctdlSource(urlsFor(site)), props.id as string),
    'application/ld+json',
  );
