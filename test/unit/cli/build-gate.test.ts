/**
 * A real `astro build` of the catalog with one file broken, three ways: frontmatter Astro's own
 * schema rejects, a body that does not compile, and a body that compiles and would run code when
 * its page is rendered. The content check runs beside the build (src/integrations/
 * content-check-gate.ts); each build must stop with the check's report, naming the file, line
 * and field, and must neither run the entry's code nor write a page.
 */
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../helpers/content.ts';

const exec = promisify(execFile);
const FILE = 'credentials/lakemont-cli/accessible-digital-materials.mdx';
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'stackable-gate-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Builds a copy of the catalog with FILE changed by `edit`; the build's exit code and output. */
async function buildBroken(name: string, edit: (text: string) => string) {
  const root = join(dir, name);
  cpSync(join(REPO_ROOT, 'content'), join(root, 'content'), { recursive: true });
  const file = join(root, 'content', FILE);
  writeFileSync(file, edit(readFileSync(file, 'utf8')));
  const { STACKABLE_CONTENT: _c, ...env } = process.env;
  try {
    await exec(process.execPath, [join(REPO_ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
      cwd: REPO_ROOT,
      env: {
        ...env,
        STACKABLE_CONTENT: join(root, 'content'),
        STACKABLE_OUT: join(root, 'dist'),
        STACKABLE_CACHE: join(root, 'cache'),
      },
      maxBuffer: 64 * 1024 * 1024,
    });
    return { code: 0, out: '', root };
  } catch (e) {
    const x = e as { code: number; stdout: string; stderr: string };
    return { code: x.code, out: (x.stdout + x.stderr).replace(/\x1b\[[0-9;]*m/g, ''), root };
  }
}

const noPages = (root: string) =>
  expect(existsSync(join(root, 'dist', 'index.html')) || existsSync(join(root, 'dist', 'credentials'))).toBe(
    false,
  );

describe('a build of a catalog the content check refuses', () => {
  it("stops with the check's report when Astro's schema rejects the frontmatter too", async () => {
    const r = await buildBroken('schema', (t) => t.replace(/^hours: .*$/m, 'hours: twelve'));
    expect(r.code).not.toBe(0);
    expect(r.out).toContain('The catalog content has problems');
    expect(r.out).toMatch(/accessible-digital-materials\.mdx:\d+:\d+ +hours +must be a number of hours/);
    noPages(r.root);
  });

  it("stops with the check's report when the body does not compile", async () => {
    const r = await buildBroken('syntax', (t) => `${t}\n<div>\nunclosed {\n`);
    expect(r.code).not.toBe(0);
    expect(r.out).toContain('The catalog content has problems');
    expect(r.out).toMatch(/accessible-digital-materials\.mdx:\d+:\d+ +is not valid MDX/);
    noPages(r.root);
  });

  it('never runs a body that compiles but would run code, and writes no page', async () => {
    const marker = join(dir, 'ran');
    const r = await buildBroken(
      'expression',
      (t) =>
        `${t}\nHello {globalThis.process.getBuiltinModule('node:fs').writeFileSync(${JSON.stringify(marker)}, 'ran')}\n`,
    );
    expect(r.code).not.toBe(0);
    expect(r.out).toContain('The catalog content has problems');
    expect(r.out).toMatch(/accessible-digital-materials\.mdx:\d+:\d+ +has a JavaScript expression/);
    expect(existsSync(marker)).toBe(false);
    noPages(r.root);
  });
});
