/**
 * The loader wrapper that renders plain-Markdown MDX bodies in the content layer
 * (src/integrations/plain-bodies.ts), around a stand-in for Astro's glob loader and store.
 */
import type { Loader, LoaderContext } from 'astro/loaders';
import { describe, expect, it } from 'vitest';
import { renderingPlainBodies } from '../../../src/integrations/plain-bodies.ts';

type Entry = Parameters<LoaderContext['store']['set']>[0];

const mdx = (id: string, body: string): Entry => ({
  id,
  data: { title: id },
  body,
  filePath: `content/credentials/x/${id}.mdx`,
  digest: id,
  deferredRender: true,
});

/** A store that records what was set, and a context around it. */
function setUp(renderMarkdown = async (body: string) => ({ html: `<p>${body.trim()}</p>`, metadata: {} })) {
  const stored = new Map<string, Entry>();
  const context = {
    store: {
      set: (e: Entry) => (stored.set(e.id, e), true),
      get: (id: string) => stored.get(id),
      keys: () => [...stored.keys()],
    },
    renderMarkdown,
    config: { root: new URL('file:///site/') },
  } as unknown as LoaderContext;
  return { stored, context };
}

const loaderOf = (entries: Entry[], after?: (set: (e: Entry) => unknown) => void): Loader => ({
  name: 'glob-loader',
  load: async ({ store }) => {
    for (const e of entries) store.set(e);
    after?.(store.set);
  },
});

describe('renderingPlainBodies', () => {
  it('stores a plain body with its HTML and no module, and keeps the loader name', async () => {
    const { stored, context } = setUp();
    const loader = renderingPlainBodies(loaderOf([mdx('a', 'Plain *text*.')]));
    expect(loader.name).toBe('glob-loader');
    await loader.load(context);
    const a = stored.get('a');
    expect(a?.deferredRender).toBeUndefined();
    expect(a?.rendered?.html).toBe('<p>Plain *text*.</p>');
    expect(a?.data).toEqual({ title: 'a' });
  });

  it('leaves a body that is not plain as an MDX module', async () => {
    const { stored, context } = setUp();
    await renderingPlainBodies(loaderOf([mdx('b', 'Use <abbr title="t">T</abbr>.')])).load(context);
    expect(stored.get('b')?.deferredRender).toBe(true);
    expect(stored.get('b')?.rendered).toBeUndefined();
  });

  it('passes entries that are not MDX modules through untouched', async () => {
    const { stored, context } = setUp();
    const md: Entry = {
      id: 'c',
      data: {},
      body: 'x',
      filePath: 'content/c.md',
      rendered: { html: '<p>x</p>' },
    };
    await renderingPlainBodies(loaderOf([md])).load(context);
    expect(stored.get('c')).toBe(md);
  });

  it('renders with the file URL of the entry', async () => {
    const urls: string[] = [];
    const { context } = setUp(async (_body, opts?: { fileURL?: URL }) => {
      urls.push(String(opts?.fileURL));
      return { html: '', metadata: {} };
    });
    await renderingPlainBodies(loaderOf([mdx('d', 'Text')])).load(context);
    expect(urls).toEqual(['file:///site/content/credentials/x/d.mdx']);
  });

  it('keeps the entry as MDX when rendering fails', async () => {
    const { stored, context } = setUp(async () => {
      throw new Error('renderer failed');
    });
    await renderingPlainBodies(loaderOf([mdx('e', 'Text')])).load(context);
    expect(stored.get('e')?.deferredRender).toBe(true);
  });

  it('renders an entry set after the first load (the dev server) as it comes', async () => {
    const { stored, context } = setUp();
    let later: ((e: Entry) => unknown) | undefined;
    await renderingPlainBodies(loaderOf([], (set) => (later = set))).load(context);
    later?.(mdx('f', 'Edited'));
    await new Promise((r) => setTimeout(r, 0));
    expect(stored.get('f')?.rendered?.html).toBe('<p>Edited</p>');
  });
});
