/** One recognizer and its rules as JSON: what it accepts, for what, how much, when, under which policy. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { json, urlsFor } from '../../../data/documents.ts';
import { loadRecognition, recognizerPaths } from '../../../data/recognition.ts';
import { recognizerJson } from '../../../lib/catalog/recognition/json.ts';

export const getStaticPaths = recognizerPaths satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) =>
  json(recognizerJson((await loadRecognition()).jsonSource(urlsFor(site)), props.id as string));
