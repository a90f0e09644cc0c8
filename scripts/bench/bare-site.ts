/**
 * Node-only: writes the baseline for the build benchmark, a bare Astro + MDX + Pagefind site with
 * no package.json of its own (Astro, @astrojs/mdx and Pagefind resolve from this repository's
 * node_modules). It reads the same credential files through the same glob loader, with no
 * schema, renders one minimal page per credential (title, summary and the MDX body) and, after
 * the build, runs Pagefind over the built HTML, as a site on Astro + Pagefind (Starlight, say)
 * does. No content check, no other page kinds, no JSON documents or badge images: what is left
 * is the cost of Astro, MDX and a search index, so the ratio measures what Stackable adds.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const CONFIG = `import { defineConfig } from 'astro/config';
import { fileURLToPath } from 'node:url';
import mdx from '@astrojs/mdx';
import * as pagefind from 'pagefind';

/** Pagefind over the built HTML, through its Node API, as the last step of the build. */
const search = {
  name: 'bare:pagefind',
  hooks: {
    'astro:build:done': async ({ dir, logger }) => {
      const started = performance.now();
      const site = fileURLToPath(dir);
      const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
      if (!index) throw new Error(\`Pagefind: \${errors.join('; ')}\`);
      const added = await index.addDirectory({ path: site });
      if (added.errors.length) throw new Error(\`Pagefind: \${added.errors.join('; ')}\`);
      const written = await index.writeFiles({ outputPath: \`\${site}/pagefind\` });
      if (written.errors.length) throw new Error(\`Pagefind: \${written.errors.join('; ')}\`);
      await pagefind.close();
      logger.info(\`indexed \${added.page_count} pages in \${Math.round(performance.now() - started)} ms\`);
    },
  },
};

export default defineConfig({
  outDir: process.env.STACKABLE_OUT ?? './dist',
  cacheDir: process.env.STACKABLE_CACHE ?? './cache',
  integrations: [mdx(), search],
  build: { inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
});
`;

const COLLECTIONS = `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

const CONTENT = process.env.STACKABLE_CONTENT ?? './content';

export const collections = {
  credentials: defineCollection({ loader: glob({ base: \`\${CONTENT}/credentials\`, pattern: '**/[^_]*.{md,mdx}' }) }),
};
`;

const PAGE = `---
import { getCollection, render } from 'astro:content';

export async function getStaticPaths() {
  const all = await getCollection('credentials');
  return all.map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
const data = entry.data as { title: string; summary: string };
---
<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><title>{data.title}</title></head>
  <body>
    <main>
      <h1>{data.title}</h1>
      <p>{data.summary}</p>
      <Content />
    </main>
  </body>
</html>
`;

/** Writes the bare site into `dir` (replaced) and returns its absolute path. */
export function writeBareSite(dir: string): string {
  const root = resolve(dir);
  rmSync(root, { recursive: true, force: true });
  mkdirSync(join(root, 'src', 'pages', 'credentials'), { recursive: true });
  writeFileSync(join(root, 'astro.config.mjs'), CONFIG);
  writeFileSync(join(root, 'src', 'content.config.ts'), COLLECTIONS);
  writeFileSync(join(root, 'src', 'pages', 'credentials', '[...id].astro'), PAGE);
  return root;
}
