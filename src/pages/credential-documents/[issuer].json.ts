/**
 * Build input, not published: one issuer's credential documents (Achievement, badge SVG, CTDL)
 * in one file, which the credential-documents integration writes out beside each credential
 * page and then deletes. One route per issuer instead of three per credential: at 10,000
 * credentials Astro's cost per route was most of the time spent on these documents. The dev
 * server serves each document from its own route instead (src/pages/credentials/).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadCatalog } from '../../data/catalog.ts';
import { credentialDocuments } from '../../data/credential-documents.ts';
import { urlsFor } from '../../data/documents.ts';
import { loadRecognition } from '../../data/recognition.ts';
import type { DocumentBundle } from '../../integrations/credential-documents.ts';

export const getStaticPaths = (async () =>
  import.meta.env.DEV
    ? []
    : (await loadCatalog()).issuers.map((i) => ({ params: { issuer: i.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const [catalog, recognition] = await Promise.all([loadCatalog(), loadRecognition()]);
  const urls = urlsFor(site);
  const bundle: DocumentBundle = { files: [] };
  for (const c of catalog.credentialsOf(params.issuer as string))
    for (const [name, text] of credentialDocuments(catalog, recognition, c.id, urls))
      bundle.files.push([`credentials/${c.id}/${name}`, text]);
  return new Response(JSON.stringify(bundle), { headers: { 'Content-Type': 'application/json' } });
};
