// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import contentCheck from './src/integrations/content-check.ts';
import credentialDocuments from './src/integrations/credential-documents.ts';
import pagefindIndex from './src/integrations/pagefind.ts';
import { tableScroll } from './src/integrations/table-scroll.ts';
import { collectionStorage } from './src/lib/catalog/collection-storage.ts';
import { basePath, cacheFolder, contentFolder, outFolder, siteOrigin } from './src/lib/config.ts';

/**
 * The site URL is part of every badge: Achievement ids, issuer ids and key URLs are built from
 * it. Set STACKABLE_SITE (and STACKABLE_BASE when served from a sub-path) for a deployment.
 */
const site = siteOrigin();
const base = basePath();

export default defineConfig({
  site,
  base,
  // The e2e suite builds a copy of the catalog with test keys and badges into its own folder.
  outDir: outFolder(),
  // Builds of other content (e2e, benchmarks) keep their content-layer cache apart.
  cacheDir: cacheFolder('./node_modules/.astro'),
  trailingSlash: 'ignore',
  // Tables in entries' text are focusable: on a phone they scroll inside themselves.
  markdown: { processor: satteri({ hastPlugins: [tableScroll] }) },
  integrations: [contentCheck(), mdx(), credentialDocuments(), pagefindIndex()],
  // Two pages render at a time: at 1,000 credentials, 4 builds each way alternating, the median
  // build took 30.4 s against 33.4 s with one (0.91×), with the same peak memory and the same
  // output byte for byte; four were no better than two on this 2-core machine.
  build: { inlineStylesheets: 'never', concurrency: 2 },
  // Astro marks every MDX module with a "use astro:head-inject" directive, and the bundler warned
  // about each (eight lines per credential, 80,000 at 10,000 credentials): not a problem here.
  vite: { build: { rolldownOptions: { checks: { moduleLevelDirective: false } } } },
  // The content layer's store: one file while it fits in a JavaScript string with room to spare,
  // chunks beyond (at 50,000 credentials the one file no longer fit). See collection-storage.ts.
  experimental: { collectionStorage: collectionStorage(contentFolder()) },
  devToolbar: { enabled: false },
  server: { host: '127.0.0.1' },
});
