/**
 * Plain-Markdown bodies without a module each. Astro compiles every `.mdx` entry into a
 * JavaScript module that the bundler takes into the build and each page imports: at 10,000
 * credentials that is 10,000 modules to compile, bundle and load, and at 50,000 more memory than
 * the machine has. A body that is plain Markdown (src/lib/catalog/markup/plain-markdown.ts: the
 * same tree read either way, nothing only MDX renders) is rendered to HTML by the content layer
 * instead, with the site's Markdown pipeline, and kept in its store as `.md` entries are; pages
 * render both kinds the same way (`render(entry)`). Bodies that are not plain stay MDX.
 *
 * This wraps Astro's glob loader: entries it would hand to the store as MDX modules are held
 * back, rendered when the loader is done, and stored with their HTML. After the first load (the
 * dev server's file watcher), they are rendered as they come. $STACKABLE_MDX_MODULES=1 turns this
 * off (src/lib/config.ts).
 */
import type { Loader, LoaderContext } from 'astro/loaders';
import { isPlainMarkdown } from '../lib/catalog/markup/plain-markdown.ts';
import { mdxModulesForAll } from '../lib/config.ts';

type Entry = Parameters<LoaderContext['store']['set']>[0];

const isPlainMdx = (e: Entry): e is Entry & { body: string; filePath: string } =>
  e.deferredRender === true &&
  typeof e.filePath === 'string' &&
  e.filePath.endsWith('.mdx') &&
  typeof e.body === 'string' &&
  isPlainMarkdown(e.body);

export function renderingPlainBodies(inner: Loader): Loader {
  if (mdxModulesForAll()) return inner;
  return {
    ...inner,
    load: async (context) => {
      const { store, config } = context;
      const render = async (entry: Entry & { body: string; filePath: string }) => {
        const { deferredRender: _, ...rest } = entry;
        try {
          const rendered = await context.renderMarkdown(entry.body, {
            fileURL: new URL(entry.filePath, config.root),
          });
          store.set({ ...rest, rendered });
        } catch {
          store.set(entry); // as MDX, whose compiler reports what went wrong
        }
      };
      const held: (Entry & { body: string; filePath: string })[] = [];
      let loaded = false;
      const set: typeof store.set = (entry) => {
        if (!isPlainMdx(entry)) return store.set(entry);
        if (loaded) void render(entry);
        else held.push(entry);
        return true;
      };
      await inner.load({ ...context, store: { ...store, set } });
      loaded = true;
      for (const entry of held) await render(entry);
    },
  };
}
