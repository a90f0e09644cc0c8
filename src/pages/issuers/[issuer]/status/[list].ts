/**
 * A signed W3C Bitstring Status List credential (compact JWS), at the URL badges name in
 * credentialStatus.statusListCredential. Written by `npm run issue` / `npm run revoke`.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadStatusLists } from '../../../../data/status-lists.ts';

export const getStaticPaths = (() =>
  loadStatusLists().map((l) => ({
    params: { issuer: l.issuer, list: l.list },
    props: { jwt: l.credential },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(props.jwt as string, { headers: { 'Content-Type': 'application/vc+jwt' } });
