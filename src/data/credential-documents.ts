/**
 * The three documents published beside each credential page (OB 3.0 Achievement, badge artwork
 * SVG, CTDL), as file names and text. The dev server serves each from its own route; a build
 * writes each issuer's in one route (src/pages/credential-documents/) that the
 * credential-documents integration unpacks, instead of 30,000 routes at 10,000 credentials. See
 * docs/architecture.md, "Build at scale".
 */
import { resolve } from 'node:path';
import { credentialArtwork } from '../lib/badges/artwork.ts';
import { contentFolder } from '../lib/config.ts';
import { credentialDocument, publishesCtdl } from '../lib/ctdl/documents.ts';
import type { SiteUrls } from '../lib/ob3/site.ts';
import type { Catalog } from './catalog.ts';
import { achievementFor } from './documents.ts';
import type { RecognitionData } from './recognition.ts';

export type CredentialDocumentName = 'achievement.json' | 'badge.svg' | 'ctdl.json';

/** Compact JSON: these documents are for programs (browsers pretty-print JSON for people). */
export const achievementText = (catalog: Catalog, id: string, urls: SiteUrls): string =>
  JSON.stringify(achievementFor(catalog, id, urls));

export function badgeSvgText(catalog: Catalog, id: string): string {
  const c = catalog.credential(id);
  return credentialArtwork(
    resolve(contentFolder()),
    { id: c.id, title: c.data.title, image: c.data.image },
    catalog.issuer(c.data.issuer.id).data,
    catalog.stacksOf(c.id).map((s) => s.data.title),
  ).svg;
}

/** Whether a credential has a CTDL document (drafts are not published). */
export const hasCtdl = (catalog: Catalog, id: string): boolean =>
  publishesCtdl(catalog.credential(id).data.status);

export const ctdlText = (recognition: RecognitionData, id: string, urls: SiteUrls): string =>
  JSON.stringify(credentialDocument(recognition.ctdlSource(urls), id));

/** Every document of one credential, keyed by its file name in the credential's folder. */
export function credentialDocuments(
  catalog: Catalog,
  recognition: RecognitionData,
  id: string,
  urls: SiteUrls,
): [CredentialDocumentName, string][] {
  const docs: [CredentialDocumentName, string][] = [
    ['achievement.json', achievementText(catalog, id, urls)],
    ['badge.svg', badgeSvgText(catalog, id)],
  ];
  if (hasCtdl(catalog, id)) docs.push(['ctdl.json', ctdlText(recognition, id, urls)]);
  return docs;
}
