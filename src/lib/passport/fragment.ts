/**
 * A shareable link: the badges' text, deflated and base64url-encoded, in the URL fragment
 * (`#badges=…`), which browsers never send to a server. Past `MAX_FRAGMENT` characters a link is
 * not made (mail and chat programs cut long links), and the caller says so.
 */
import { base64urlnopad } from '@scure/base';

/** Longest fragment offered as a link. */
export const MAX_FRAGMENT = 32_000;
/** Most badges read back from a link, and most characters inflated. */
const MAX_ITEMS = 1000;
const MAX_INFLATED = 20 * 1024 * 1024;

async function through(bytes: Uint8Array, stream: CompressionStream | DecompressionStream, limit = Infinity) {
  const out = new Response(new Blob([bytes as BlobPart]).stream().pipeThrough(stream)).body;
  if (!out) return new Uint8Array();
  const reader = out.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw new Error('the link holds more than a passport can');
    }
    chunks.push(value);
  }
  const all = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    all.set(c, at);
    at += c.byteLength;
  }
  return all;
}

export type ShareLink = { ok: true; fragment: string } | { ok: false; length: number };

export async function shareFragment(texts: readonly string[]): Promise<ShareLink> {
  const json = new TextEncoder().encode(JSON.stringify(texts));
  const packed = base64urlnopad.encode(await through(json, new CompressionStream('deflate-raw')));
  const fragment = `badges=${packed}`;
  return fragment.length <= MAX_FRAGMENT ? { ok: true, fragment } : { ok: false, length: fragment.length };
}

/** The badges a fragment carries; throws on anything that is not one this page made. */
export async function readFragment(hash: string): Promise<string[]> {
  const m = /^#?badges=([A-Za-z0-9_-]+)$/.exec(hash);
  if (!m?.[1]) throw new Error('the link carries no badges');
  const bytes = await through(
    base64urlnopad.decode(m[1]),
    new DecompressionStream('deflate-raw'),
    MAX_INFLATED,
  );
  const v: unknown = JSON.parse(new TextDecoder().decode(bytes));
  if (!Array.isArray(v) || !v.every((x) => typeof x === 'string'))
    throw new Error('the link is not a list of badges');
  return v.slice(0, MAX_ITEMS);
}
