/**
 * A real Pagefind index of search records (Pagefind's Node API): the facet table's page ids are
 * the ids Pagefind's search results carry (the names of its fragments), one per URL.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { afterAll, describe, expect, it } from 'vitest';
import { pageIds } from '../../../src/integrations/pagefind-ids.ts';
import { indexHtml, type SearchRecord } from '../../../src/lib/search/record.ts';

const dir = mkdtempSync(join(tmpdir(), 'stackable-pagefind-'));
afterAll(async () => {
  await pagefind.close();
  rmSync(dir, { recursive: true, force: true });
});

const rec = (title: string, url: string): SearchRecord => ({
  text: { title, tags: [], summary: `All about ${title}.`, more: [] },
  facets: {},
  sort: { hours: null, newest: null },
  card: { title, url, kind: 'Micro-credential', status: 'active', summary: '' },
});

describe('pageIds', () => {
  it('maps every indexed URL to the id Pagefind gave its page', async () => {
    const { index } = await pagefind.createIndex({ forceLanguage: 'en' });
    if (!index) throw new Error('no index');
    const records = [
      rec('Hinge questions', '/credentials/a/hinge/'),
      rec('Exit tickets', '/credentials/a/exit/'),
    ];
    for (const r of records)
      expect((await index.addHTMLFile({ url: r.card.url, content: indexHtml(r) })).errors).toEqual([]);
    expect((await index.writeFiles({ outputPath: join(dir, 'pagefind') })).errors).toEqual([]);
    const ids = pageIds(join(dir, 'pagefind'));
    expect([...ids.keys()].sort()).toEqual(['/credentials/a/exit/', '/credentials/a/hinge/']);
    const fragments = readdirSync(join(dir, 'pagefind', 'fragment')).map((f) =>
      f.replace(/\.pf_fragment$/, ''),
    );
    expect([...ids.values()].sort()).toEqual(fragments.sort());
  });
});
