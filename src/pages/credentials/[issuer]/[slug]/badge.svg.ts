/** The credential's badge artwork: generated from the issuer colour, title and stacks. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { credentialPaths, loadCatalog } from '../../../../data/catalog.ts';
import { badgeSvg, pngBadgeSvg } from '../../../../lib/badges/badge-svg.ts';
import { resolve } from 'node:path';
import { artworkPng } from '../../../../lib/catalog/artwork-file.ts';

export const getStaticPaths = credentialPaths satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const catalog = await loadCatalog();
  const c = catalog.credential(props.id as string);
  const issuer = catalog.issuer(c.data.issuer.id);
  const image = c.data.image;
  const svg = image
    ? pngBadgeSvg(
        Buffer.from(
          artworkPng(resolve(process.env.STACKABLE_CONTENT ?? 'content'), c.id, image.src),
        ).toString('base64'),
        image.alt,
      )
    : badgeSvg({
        title: c.data.title,
        issuer: issuer.data.shortName ?? issuer.data.name,
        color: issuer.data.color,
        stacks: catalog.stacksOf(c.id).map((s) => s.data.title),
      });
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml' } });
};
