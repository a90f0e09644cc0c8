/** CTDL JSON-LD for one recognizer: the organization, and the credentials it recognizes. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { json, urlsFor } from '../../../data/documents.ts';
import { loadRecognition, recognizerPaths } from '../../../data/recognition.ts';
import { recognizerDocument } from '../../../lib/ctdl/documents.ts';

export const getStaticPaths = recognizerPaths satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) =>
  json(
    recognizerDocument((await loadRecognition()).ctdlSource(urlsFor(site)), props.id as string),
    'application/ld+json',
  );
