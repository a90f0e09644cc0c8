/**
 * The synthetic catalog generator behind `npm run bench`: deterministic from its seed, valid
 * under the content check, realistic in spread, and never citing a real work.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkCatalog } from '../../../src/lib/catalog/check.ts';
import { readContentFiles } from '../../../src/lib/catalog/read-content.ts';
import { generateCatalog } from '../../../scripts/bench/generate.ts';
import { createRng } from '../../../scripts/bench/prng.ts';
import { dropElements } from '../../../scripts/bench/search-docs.ts';
import { REPO_ROOT } from '../../helpers/content.ts';

const dirs: string[] = [];
const tmp = () => {
  const d = mkdtempSync(join(tmpdir(), 'stackable-gen-'));
  dirs.push(d);
  return d;
};
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

const files = (root: string) => {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.set(p.slice(root.length), readFileSync(p, 'utf8'));
    }
  };
  walk(root);
  return out;
};

describe('generateCatalog', () => {
  const seedContent = join(REPO_ROOT, 'content');

  it('writes a catalog that passes the content check with no problem at all', async () => {
    const root = tmp();
    const r = await generateCatalog({ root, credentials: 60, seed: 7, seedContent });
    expect(r.counts).toMatchObject({ credentials: 60, issuers: 3, stacks: 6 });
    const { ok, problems, catalog } = await checkCatalog(await readContentFiles(root));
    expect(problems).toEqual([]);
    expect(ok).toBe(true);
    expect(catalog.credentials.size).toBe(60);
    // Spread: more than one status, subject and issuer; some prerequisites and reviews.
    const creds = [...catalog.credentials.values()].map((c) => c.data);
    expect(new Set(creds.map((c) => c.status)).size).toBeGreaterThan(1);
    expect(new Set(creds.flatMap((c) => c.subjects)).size).toBeGreaterThan(5);
    expect(new Set(creds.map((c) => c.issuer)).size).toBe(3);
    expect(creds.some((c) => c.prerequisites.length > 0)).toBe(true);
  }, 60_000);

  it('is deterministic for a seed and differs for another seed', async () => {
    const [a, b, c] = [tmp(), tmp(), tmp()];
    await generateCatalog({ root: a, credentials: 40, seed: 3, seedContent, skipCheck: true });
    await generateCatalog({ root: b, credentials: 40, seed: 3, seedContent, skipCheck: true });
    await generateCatalog({ root: c, credentials: 40, seed: 4, seedContent, skipCheck: true });
    expect(files(b)).toEqual(files(a));
    expect(files(c)).not.toEqual(files(a));
  }, 60_000);

  it('cites only clearly synthetic research', async () => {
    const root = tmp();
    await generateCatalog({ root, credentials: 30, seed: 1, seedContent, skipCheck: true });
    const { catalog } = await checkCatalog(await readContentFiles(root));
    const research = [...catalog.credentials.values()].flatMap((c) => c.data.research);
    expect(research.length).toBeGreaterThan(30);
    for (const r of research) {
      expect(r.source).toBe('Synthetic benchmark data');
      expect(r.authors).toMatch(/^Synthetic Author \d+$/);
      expect(r.doi).toBeUndefined();
    }
  }, 60_000);
});

describe('createRng', () => {
  it('repeats its sequence for a seed', () => {
    const a = createRng(42);
    const b = createRng(42);
    expect(Array.from({ length: 5 }, () => a.next())).toEqual(Array.from({ length: 5 }, () => b.next()));
    expect(createRng('x').int(1, 6)).toBe(createRng('x').int(1, 6));
  });
});

describe('dropElements', () => {
  it('removes a marked element with nested elements of the same tag', () => {
    const html = '<div>keep<div data-pagefind-ignore>drop<div>drop too</div></div><p>after</p></div>';
    expect(dropElements(html, 'data-pagefind-ignore')).toBe('<div>keep<p>after</p></div>');
  });
});
