/**
 * Node-only: a credential's badge artwork, the one function the site's badge.svg and the issue
 * tool's baked badges both use, so the two cannot drift. The issuer's own PNG when the credential
 * names one (content/images/, checked by the content check), else the generated badge in the
 * issuer's colour with the credential's title and stacks.
 */
import { artworkPng } from '../catalog/artwork-file.ts';
import { badgeSvg, pngBadgeSvg } from './badge-svg.ts';

export interface Artwork {
  svg: string;
  /** The issuer's own PNG, when the credential has one (else rasterize `svg` where a PNG is needed). */
  png?: Uint8Array;
}

export function credentialArtwork(
  contentDir: string,
  credential: { id: string; title: string; image?: { src: string; alt: string } | undefined },
  issuer: { name: string; shortName?: string | undefined; color: string },
  stacks: readonly string[],
): Artwork {
  const { image } = credential;
  if (image) {
    const png = artworkPng(contentDir, credential.id, image.src);
    return { svg: pngBadgeSvg(Buffer.from(png).toString('base64'), image.alt), png };
  }
  return {
    svg: badgeSvg({
      title: credential.title,
      issuer: issuer.shortName ?? issuer.name,
      color: issuer.color,
      stacks,
    }),
  };
}
