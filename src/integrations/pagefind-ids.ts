/**
 * Which Pagefind page id (the id its search results carry) belongs to which URL, read back from
 * the fragments Pagefind wrote: each is "pagefind_dcd" + JSON, gzipped, named after the page's
 * id; with many pages Pagefind may bundle fragments into group files (an object of id →
 * fragment). See https://pagefind.app/docs/api/ for the id a result carries.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

const SIGNATURE = 'pagefind_dcd';

interface Fragment {
  url?: string;
  meta?: { url?: string };
}

function parseFragmentFile(bytes: Buffer, file: string): unknown {
  const text = gunzipSync(bytes).toString('utf8');
  if (!text.startsWith(SIGNATURE))
    throw new Error(`${file}: not a Pagefind fragment (no "${SIGNATURE}" signature)`);
  return JSON.parse(text.slice(SIGNATURE.length)) as unknown;
}

const isFragment = (x: unknown): x is Fragment =>
  typeof x === 'object' && x !== null && typeof (x as Fragment).url === 'string';

/** URL → Pagefind page id, for every page in the bundle at `pagefindDir`. */
export function pageIds(pagefindDir: string): Map<string, string> {
  const dir = join(pagefindDir, 'fragment');
  const out = new Map<string, string>();
  for (const name of readdirSync(dir)) {
    if (!name.endsWith('.pf_fragment')) continue;
    const id = name.slice(0, -'.pf_fragment'.length);
    const data = parseFragmentFile(readFileSync(join(dir, name)), name);
    if (isFragment(data)) out.set(data.meta?.url ?? (data.url as string), id);
    else if (typeof data === 'object' && data !== null)
      for (const [pageId, frag] of Object.entries(data as Record<string, unknown>))
        if (isFragment(frag)) out.set(frag.meta?.url ?? (frag.url as string), pageId);
  }
  return out;
}
