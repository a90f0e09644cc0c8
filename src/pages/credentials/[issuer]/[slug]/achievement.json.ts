/** OB 3.0 Achievement for one credential; its URL is the achievement id in every badge. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { credentialPaths, loadCatalog } from '../../../../data/catalog.ts';
import { achievementFor, json, urlsFor } from '../../../../data/documents.ts';

export const getStaticPaths = credentialPaths satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) =>
  json(achievementFor(await loadCatalog(), props.id as string, urlsFor(site)), 'application/ld+json');
