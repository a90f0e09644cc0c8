/**
 * The seed catalog built twice: with plain-Markdown bodies rendered by the content layer (the
 * default, src/integrations/plain-bodies.ts) and with every body compiled as its own MDX module
 * (STACKABLE_MDX_MODULES=1, Astro's way). Every page must come out the same. The one difference
 * allowed is the line break the Markdown renderer writes after a block element's closing tag,
 * which HTML does not display.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { REPO_ROOT } from '../../helpers/content.ts';

const exec = promisify(execFile);
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'stackable-bodies-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function build(name: string, extra: Record<string, string>): Promise<string> {
  const { STACKABLE_CONTENT: _c, STACKABLE_MDX_MODULES: _m, ...env } = process.env;
  const out = join(dir, name, 'dist');
  await exec(process.execPath, [join(REPO_ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: REPO_ROOT,
    env: { ...env, ...extra, STACKABLE_OUT: out, STACKABLE_CACHE: join(dir, name, 'cache') },
    maxBuffer: 64 * 1024 * 1024,
  });
  return out;
}

/** Line breaks right after a closing tag of a block element: not displayed by HTML. */
const BLOCK_BREAK =
  /(<\/(?:p|h[1-6]|li|ul|ol|blockquote|pre|table|thead|tbody|tr|th|td|div|section|hr)>)\n+/g;
const normalize = (html: string) =>
  html.replace(BLOCK_BREAK, '$1').replace(/(<(?:ul|ol|tr|thead|tbody|table|blockquote)>)\n+/g, '$1');

it('renders every page of the seed catalog the same with and without MDX modules', async () => {
  // Astro lists the build's content modules in the project's .astro folder.
  const contentModules = () => readFileSync(join(REPO_ROOT, '.astro/content-modules.mjs'), 'utf8');
  const plain = await build('plain', {});
  expect(contentModules()).not.toContain('.mdx');
  const modules = await build('modules', { STACKABLE_MDX_MODULES: '1' });
  expect(contentModules()).toContain('.mdx');
  const pages = readdirSync(modules, { recursive: true, encoding: 'utf8' }).filter((f) =>
    f.endsWith('.html'),
  );
  expect(pages.length).toBeGreaterThan(40);
  expect(
    readdirSync(plain, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.html'))
      .sort(),
  ).toEqual([...pages].sort());
  const differing = pages.filter(
    (p) =>
      normalize(readFileSync(join(plain, p), 'utf8')) !== normalize(readFileSync(join(modules, p), 'utf8')),
  );
  expect(differing).toEqual([]);
}, 300_000);
