/**
 * Node-only: writes the baseline for the build benchmark, a bare Astro + MDX site with no
 * package.json of its own (Astro and @astrojs/mdx resolve from this repository's node_modules).
 * It reads the same credential files through the same glob loader, with no schema, and renders
 * one minimal page per credential: title, summary and the MDX body. No content check, no
 * Pagefind, no other page kinds, no JSON documents or badge images: what is left is the cost of
 * Astro and MDX themselves.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const CONFIG = `import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

export default defineConfig({
  outDir: process.env.STACKABLE_OUT ?? './dist',
  cacheDir: process.env.STACKABLE_CACHE ?? './cache',
  integrations: [mdx()],
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
