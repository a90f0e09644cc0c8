/**
 * Node-only: how Astro should store the content layer's data for this catalog (astro.config.mjs).
 *
 * By default Astro keeps the whole store in one JSON file and embeds it in the build as one
 * JavaScript string. The store is about 1.2 to 1.4 times the entries' text (their data, body and
 * rendered HTML), and a string holds at most 2^29 - 24 characters: at 50,000 credentials (380 MB
 * of entries, a 516 MB store) the build stopped with "Invalid string length". Astro's chunked
 * storage (`experimental.collectionStorage: 'chunked'`, files of at most 20 MB) has no such
 * limit, but in Astro 7.3 it measures every character of the store as it writes it: syncing took
 * 11 s instead of 3 s at 1,000 credentials and 132 s instead of about 30 s at 10,000. So the
 * single file while it fits with room to spare, chunks beyond.
 */
import { readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';

/** Entry text above which the store is chunked: about 20,000 credentials, a store of about 200 MB. */
export const CHUNKED_ABOVE_BYTES = 150 * 1024 * 1024;

const ENTRY_EXTENSIONS = new Set(['.md', '.mdx']);

/** Total size in bytes of the entry files (`.md`, `.mdx`) under `dir`; 0 when it does not exist. */
export function entryBytes(dir: string): number {
  let entries;
  try {
    entries = readdirSync(dir, { recursive: true, withFileTypes: true });
  } catch {
    return 0;
  }
  let total = 0;
  for (const e of entries)
    if (e.isFile() && ENTRY_EXTENSIONS.has(extname(e.name).toLowerCase()))
      total += statSync(join(e.parentPath, e.name)).size;
  return total;
}

export function collectionStorage(
  contentDir: string,
  chunkedAbove = CHUNKED_ABOVE_BYTES,
): 'single-file' | 'chunked' {
  return entryBytes(contentDir) > chunkedAbove ? 'chunked' : 'single-file';
}
