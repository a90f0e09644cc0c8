/**
 * Reading binary files and links from disk, badge artwork that passes, and links to the site's
 * own pages that resolve.
 */
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkCatalog } from '../../../src/lib/catalog/check.ts';
import { formatProblem } from '../../../src/lib/catalog/problems.ts';
import { readContentFiles } from '../../../src/lib/catalog/read-content.ts';
import { PNG_SIGNATURE, resolveRelative } from '../../../src/lib/catalog/rules/images.ts';
import { sitePath, siteLocation } from '../../../src/lib/catalog/rules/internal-links.ts';
import { unsafePathReason } from '../../../src/lib/catalog/rules/files.ts';
import { Files } from '../../helpers/content.ts';

const HINGE = 'content/credentials/riverbend-usd/hinge-questions.mdx';
const png = (size: number) => {
  const b = new Uint8Array(size);
  b.set(PNG_SIGNATURE);
  return b;
};
const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

describe('reading content files', () => {
  it('keeps text, the size and first bytes of binary files, and marks links without following them', async () => {
    const root = await mkdtemp(join(tmpdir(), 'stackable-read-'));
    dirs.push(root);
    await mkdir(join(root, 'content/images/x'), { recursive: true });
    await writeFile(join(root, 'content/a.md'), 'text');
    await writeFile(join(root, 'content/images/x/b.png'), png(1000));
    await symlink('/etc/hostname', join(root, 'content/c.md'));
    await symlink(join(root, 'content/images'), join(root, 'content/linked-dir'));
    const files = await readContentFiles(root);
    expect(files.map((f) => [f.path, f.kind ?? 'text', f.size, f.head?.length, f.text])).toEqual([
      ['content/a.md', 'text', undefined, undefined, 'text'],
      ['content/c.md', 'symlink', undefined, undefined, ''],
      ['content/images/x/b.png', 'binary', 1000, 64, ''],
      ['content/linked-dir', 'symlink', undefined, undefined, ''],
    ]);
    expect([...(files[2]?.head?.subarray(0, 8) ?? [])]).toEqual([...PNG_SIGNATURE]);
  });

  it('refuses unsafe file names', () => {
    expect(unsafePathReason('content/credentials/a/b.mdx')).toBeUndefined();
    expect(unsafePathReason('content/../x')).toBe('has a ".." segment, which points outside its folder');
    expect(unsafePathReason('content/a\nb.md')).toBe('has a control character (U+000A) in "a\\nb.md"');
    expect(unsafePathReason('/etc/passwd')).toBe('is an absolute path');
    expect(unsafePathReason('content/x.md.')).toBe('has a name ending in a dot or a space ("x.md.")');
  });
});

describe('badge artwork', () => {
  it("accepts a PNG of up to 256 KB in the issuer's own folder", async () => {
    const f = (await Files.fixture()).edit(
      HINGE,
      'rubric: riverbend-demonstrated',
      'rubric: riverbend-demonstrated\nimage:\n  src: ../../images/riverbend-usd/hinge-questions.png\n  alt: A hinge',
    );
    const size = 256 * 1024;
    f.files.push({
      path: 'content/images/riverbend-usd/hinge-questions.png',
      text: '',
      kind: 'binary',
      size,
      head: png(64),
    });
    const r = await checkCatalog(f.files);
    expect(r.problems.map(formatProblem)).toEqual([]);
    f.files = f.files.map((x) => (x.path.endsWith('.png') ? { ...x, size: size + 1 } : x));
    expect((await checkCatalog(f.files)).problems.map((p) => p.message)).toEqual([
      '"../../images/riverbend-usd/hinge-questions.png" is 257 KB; badge artwork can be at most 256 KB',
    ]);
  });

  it('refuses images elsewhere in content/images and non-PNG names', async () => {
    const f = await Files.fixture();
    f.files.push(
      { path: 'content/images/riverbend-usd/logo.svg', text: '<svg/>' },
      { path: 'content/images/loose.png', text: '', kind: 'binary', size: 10, head: png(10) },
    );
    expect((await checkCatalog(f.files)).problems.map((p) => [p.code, p.file])).toEqual([
      ['location', 'content/images/loose.png'],
      ['location', 'content/images/riverbend-usd/logo.svg'],
    ]);
  });

  it('resolves paths relative to the credential file', () => {
    expect(resolveRelative('content/credentials/a/b.mdx', '../../images/a/x.png')).toBe(
      'content/images/a/x.png',
    );
    expect(resolveRelative('content/credentials/a/b.mdx', './x.png')).toBe('content/credentials/a/x.png');
    expect(resolveRelative('content/b.mdx', '../../x.png')).toBeUndefined();
  });
});

describe("links to the site's own pages", () => {
  const site = siteLocation('https://catalog.example/stackable/');
  it('reads site paths, full URLs on the site (under its base) and relative links', () => {
    expect(sitePath('/stacks/a/', '/credentials/x/y/', site)).toEqual({ path: '/stacks/a/', fragment: '' });
    expect(sitePath('https://catalog.example/stackable/glossary/#stack', '/', site)).toEqual({
      path: '/glossary/',
      fragment: 'stack',
    });
    expect(sitePath('../other/', '/credentials/x/y/', site)).toEqual({
      path: '/credentials/x/other/',
      fragment: '',
    });
    expect(sitePath('https://elsewhere.example/stacks/a/', '/', site)).toBeUndefined();
    expect(sitePath('https://catalog.example/other-app/', '/', site)).toBeUndefined();
    expect(sitePath('#method', '/', site)).toBeUndefined();
    expect(sitePath('mailto:a@b.org', '/', site)).toBeUndefined();
  });

  it('accepts links that resolve, with or without the trailing slash', async () => {
    const links = [
      '[a](/credentials/riverbend-usd/exit-tickets/)',
      '[b](/credentials/riverbend-usd/exit-tickets)',
      '[c](/credentials/riverbend-usd/exit-tickets/achievement.json)',
      '[d](../exit-tickets/)',
      '[e](/stacks/assessment-pair/)',
      '[f](/rubrics/riverbend-demonstrated/)',
      '[g](/issuers/riverbend-usd/profile.json)',
      '[h](/glossary/#stack)',
      '[i](/credentials/)',
      '[j](https://stackable.example/issuers/riverbend-usd/)',
      '[k](/verify/)',
    ].join(' ');
    const f = (await Files.fixture()).edit(HINGE, '## Overview\n\n', `## Overview\n\n${links}\n\n`);
    expect((await checkCatalog(f.files)).problems.map(formatProblem)).toEqual([]);
    const g = (await Files.fixture()).edit(
      HINGE,
      '## Overview\n\n',
      '## Overview\n\n[k](/issuers/riverbend-usd/keys/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.json) [s](/stacks/)\n\n',
    );
    expect((await checkCatalog(g.files)).problems.map((p) => p.message)).toEqual([
      'links to "/issuers/riverbend-usd/keys/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.json", which is not a page on this site. Issuer "riverbend-usd" publishes no key "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA".',
    ]);
  });
});
