/** The credential's badge artwork, as the issue tool bakes it (src/lib/badges/artwork.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { resolve } from 'node:path';
import { credentialPaths, loadCatalog } from '../../../../data/catalog.ts';
import { credentialArtwork } from '../../../../lib/badges/artwork.ts';
import { contentFolder } from '../../../../lib/config.ts';

export const getStaticPaths = credentialPaths satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const catalog = await loadCatalog();
  const c = catalog.credential(props.id as string);
  const { svg } = credentialArtwork(
    resolve(contentFolder()),
    { id: c.id, title: c.data.title, image: c.data.image },
    catalog.issuer(c.data.issuer.id).data,
    catalog.stacksOf(c.id).map((s) => s.data.title),
  );
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml' } });
};
