/** The catalog's synonym table (content/search/synonyms.yaml), checked by the content check; none is fine. */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseSynonyms } from '../lib/search/synonyms.ts';

export function loadSynonyms(): string[][] {
  const file = resolve(process.env.STACKABLE_CONTENT ?? 'content', 'search', 'synonyms.yaml');
  if (!existsSync(file)) return [];
  const { groups, problems } = parseSynonyms(readFileSync(file, 'utf8'));
  if (problems.length) throw new Error('content/search/synonyms.yaml has problems (run npm run check)');
  return groups;
}
