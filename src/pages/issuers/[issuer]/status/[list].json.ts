/**
 * The same status list as a Data Integrity-signed BitstringStatusListCredential, at the URL Data
 * Integrity badges name; written by `npm run issue -- --proof data-integrity` and `npm run revoke`.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadStatusLists } from '../../../../data/status-lists.ts';
import { json } from '../../../../data/documents.ts';

export const getStaticPaths = (() =>
  loadStatusLists()
    .filter((l) => l.dataIntegrity)
    .map((l) => ({
      params: { issuer: l.issuer, list: l.list },
      props: { credential: l.dataIntegrity },
    }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => json(props.credential, 'application/vc+ld+json');
