/** One public JWK; this document's URL is the JWT header `kid` of the badges the key signs. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadCatalog } from '../../../../data/catalog.ts';
import { json, urlsFor } from '../../../../data/documents.ts';
import { publishedJwk } from '../../../../lib/keys/jwk.ts';

export const getStaticPaths = (async () =>
  (await loadCatalog()).issuers.flatMap((i) =>
    i.data.keys.map((k) => ({ params: { issuer: i.id, kid: k.kid }, props: { key: k } })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, props, site }) => {
  const key = props.key as Parameters<typeof publishedJwk>[1];
  const doc = publishedJwk(params.issuer as string, key, urlsFor(site));
  // A revoked key keeps its URL, so verifiers learn why, but loses its key material: nothing
  // should verify against it any more.
  if (key.revoked)
    return json({
      kid: doc.kid,
      iss: doc.iss,
      revoked: { date: key.revoked.date.toISOString(), reason: key.revoked.reason },
    });
  return json(doc, 'application/jwk+json');
};
