/** How the content layer's store is kept (src/lib/catalog/collection-storage.ts), on scratch folders. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { collectionStorage, entryBytes } from '../../../src/lib/catalog/collection-storage.ts';
import { REPO_ROOT } from '../../helpers/content.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'stackable-storage-'));
  mkdirSync(join(dir, 'credentials', 'issuer-a'), { recursive: true });
  writeFileSync(join(dir, 'credentials', 'issuer-a', 'one.mdx'), 'x'.repeat(600));
  writeFileSync(join(dir, 'credentials', 'issuer-a', 'two.MD'), 'x'.repeat(300));
  writeFileSync(join(dir, 'credentials', 'issuer-a', 'art.png'), 'x'.repeat(5_000));
  writeFileSync(join(dir, 'notes.txt'), 'x'.repeat(5_000));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('entryBytes', () => {
  it('counts the entry files in every folder, and nothing else', () => {
    expect(entryBytes(dir)).toBe(900);
  });

  it('is 0 for a folder that does not exist', () => {
    expect(entryBytes(join(dir, 'missing'))).toBe(0);
  });
});

describe('collectionStorage', () => {
  it('keeps one file up to the limit and chunks beyond it', () => {
    expect(collectionStorage(dir, 900)).toBe('single-file');
    expect(collectionStorage(dir, 899)).toBe('chunked');
  });

  it('keeps the seed catalog in one file', () => {
    expect(collectionStorage(join(REPO_ROOT, 'content'))).toBe('single-file');
  });
});
