/**
 * Node-only: writes the comparison search page, the same indexed documents on MiniSearch, into a
 * folder of its own: index.html, app.js (bundled with esbuild), index.json (the serialized
 * index) and docs.json (every document's fields). The host gzips them as it does the site.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import MiniSearch from 'minisearch';
import { readSearchDocs, type SearchDoc } from './search-docs.ts';

const HTML = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Comparison search (MiniSearch)</title></head>
<body>
<div id="search-app">
  <form role="search" onsubmit="return false"><label for="q">Search</label> <input id="q" type="search" autocomplete="off"></form>
  <div id="facets"></div>
  <p id="result-summary" role="status"></p>
  <ol id="results"></ol>
</div>
<script type="module" src="app.js"></script>
</body></html>
`;

export async function writeComparisonSite(
  dist: string,
  dir: string,
  repo: string,
): Promise<{ docs: number }> {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const docs: SearchDoc[] = readSearchDocs(dist);
  const ms = new MiniSearch<SearchDoc>({ fields: ['title', 'text'], idField: 'id' });
  ms.addAll(docs);
  writeFileSync(join(dir, 'index.json'), JSON.stringify(ms));
  writeFileSync(join(dir, 'docs.json'), JSON.stringify(docs));
  writeFileSync(join(dir, 'index.html'), HTML);
  await build({
    entryPoints: [join(repo, 'scripts', 'bench', 'browser', 'minisearch-app.ts')],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    outfile: join(dir, 'app.js'),
    logLevel: 'error',
  });
  return { docs: docs.length };
}
