/**
 * Builds the search after `astro build`, with Pagefind's Node API (no extra CLI step), so search
 * works under `npm start` exactly as users run it:
 *
 * 1. reads the build's search records (/search/records.json, written by src/pages/search/);
 * 2. indexes each record's own small page (title, tags, summary, competency, weighted: see
 *    src/lib/search/record.ts) with Pagefind: no filters, no sort keys, no page bodies;
 * 3. writes the facet table (facets and sort keys), the cards file (cards and Pagefind page ids),
 *    summary chunks and the vocabulary under /search/<content hash>/, and points the catalog page
 *    at the table;
 * 4. deletes the records file, which is build input only.
 *
 * See docs/architecture.md, "Search".
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { FACETS } from '../lib/catalog/facets.ts';
import { indexHtml, type SearchRecord } from '../lib/search/record.ts';
import { buildTable, type TableJson } from '../lib/search/table.ts';
import { pageIds } from './pagefind-ids.ts';

export class PagefindError extends Error {
  override name = 'PagefindError';
}

/** The catalog page carries this in data-table until the build knows the table's URL. */
export const TABLE_PLACEHOLDER = '__SEARCH_TABLE__';
const SUMMARY_CHUNK = 50;
const IN_FLIGHT = 64;

function assertOk(res: { errors: string[] }, step: string): void {
  if (res.errors.length) throw new PagefindError(`Pagefind ${step} failed:\n${res.errors.join('\n')}`);
}

async function indexRecords(records: readonly SearchRecord[], outDir: string): Promise<void> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  assertOk({ errors }, 'createIndex');
  if (!index) throw new PagefindError('Pagefind returned no index');
  let pending: Promise<void>[] = [];
  for (const r of records) {
    pending.push(
      index
        .addHTMLFile({ url: r.card.url, content: indexHtml(r) })
        .then((res) => assertOk(res, `indexing ${r.card.url}`)),
    );
    if (pending.length >= IN_FLIGHT) {
      await Promise.all(pending);
      pending = [];
    }
  }
  await Promise.all(pending);
  assertOk(await index.writeFiles({ outputPath: outDir }), 'writeFiles');
}

function writeTables(site: string, base: string, records: SearchRecord[], synonyms: string[][]): string {
  const ids = pageIds(join(site, 'pagefind'));
  const missing = records.filter((r) => !ids.has(r.card.url)).map((r) => r.card.url);
  if (missing.length) throw new PagefindError(`Pagefind has no page for ${missing.slice(0, 5).join(', ')}`);
  const built = buildTable(
    records,
    records.map((r) => ids.get(r.card.url) as string),
    FACETS.map((f) => f.key),
    synonyms,
    SUMMARY_CHUNK,
  );
  const files = new Map<string, string>();
  const summaries = built.summaries.map((s, i) => {
    files.set(`s${i}.json`, JSON.stringify(s));
    return `s${i}.json`;
  });
  files.set('words.json', JSON.stringify(built.vocabulary));
  files.set('cards.json', JSON.stringify(built.cards));
  const table: TableJson = { ...built.table, summaries, words: 'words.json', cards: 'cards.json' };
  files.set('table.json', JSON.stringify(table));
  const hash = createHash('sha256');
  for (const [name, text] of [...files].sort()) hash.update(`${name}\n${text}\n`);
  const folder = `search/${hash.digest('hex').slice(0, 12)}`;
  mkdirSync(join(site, folder), { recursive: true });
  for (const [name, text] of files) writeFileSync(join(site, folder, name), text);
  return `${base.replace(/\/?$/, '/')}${folder}/table.json`;
}

function pointCatalogPage(site: string, tableUrl: string): void {
  const page = join(site, 'credentials', 'index.html');
  const html = readFileSync(page, 'utf8');
  if (!html.includes(TABLE_PLACEHOLDER))
    throw new PagefindError(`${page} does not carry ${TABLE_PLACEHOLDER}`);
  writeFileSync(page, html.replaceAll(TABLE_PLACEHOLDER, tableUrl));
}

export default function pagefindIndex(): AstroIntegration {
  let base = '/';
  return {
    name: 'stackable:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const site = fileURLToPath(dir);
        const input = join(site, 'search', 'records.json');
        try {
          if (!existsSync(input))
            throw new PagefindError(`${input} is missing: src/pages/search/records.json.ts did not run`);
          const { records, synonyms } = JSON.parse(readFileSync(input, 'utf8')) as {
            records: SearchRecord[];
            synonyms: string[][];
          };
          await indexRecords(records, join(site, 'pagefind'));
          pointCatalogPage(site, writeTables(site, base, records, synonyms));
          rmSync(input);
          logger.info(`indexed ${records.length} pages in ${Math.round(performance.now() - started)} ms`);
        } catch (cause) {
          throw new PagefindError('Failed to build the search index.', { cause });
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
