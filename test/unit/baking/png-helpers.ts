/**
 * Test helpers for PNG baking: a valid 1×1 PNG built from scratch, textual chunks, and an
 * independent chunk lister that checks CRCs with Node's zlib (not the module's own CRC code).
 */
import { readFileSync } from 'node:fs';
import { crc32 as zlibCrc32, deflateSync } from 'node:zlib';

export const VECTORS = new URL('../../fixtures/vectors/1edtech/', import.meta.url);
export const readVector = (path: string): Uint8Array => new Uint8Array(readFileSync(new URL(path, VECTORS)));
export const readVectorText = (path: string): string => readFileSync(new URL(path, VECTORS), 'utf8');

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const latin1 = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));
const utf8 = (s: string) => new TextEncoder().encode(s);

export function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** A chunk with its CRC computed by Node's zlib. */
export function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  out.set(latin1(type), 4);
  out.set(data, 8);
  view.setUint32(8 + data.length, zlibCrc32(out.subarray(4, 8 + data.length)));
  return out;
}

/** A valid 1×1 RGBA PNG (IHDR, IDAT, IEND), per PNG spec §11.2. */
export function tinyPngChunks(): { ihdr: Uint8Array; idat: Uint8Array; iend: Uint8Array } {
  const header = new Uint8Array(13);
  const view = new DataView(header.buffer);
  view.setUint32(0, 1); // width
  view.setUint32(4, 1); // height
  header.set([8, 6, 0, 0, 0], 8); // bit depth 8, colour type 6 (RGBA), deflate, filter 0, no interlace
  const scanline = Uint8Array.of(0, 0x1e, 0x90, 0xff, 0xff); // filter byte + one pixel
  return {
    ihdr: chunk('IHDR', header),
    idat: chunk('IDAT', deflateSync(scanline)),
    iend: chunk('IEND', new Uint8Array()),
  };
}

/** The 1×1 PNG with `extra` chunks placed after IHDR. */
export function tinyPng(...extra: Uint8Array[]): Uint8Array {
  const { ihdr, idat, iend } = tinyPngChunks();
  return concat(Uint8Array.from(SIGNATURE), ihdr, ...extra, idat, iend);
}

/** `iTXt` chunk: keyword\0 flag method lang\0 tk\0 text (PNG spec §11.3.3.4). */
export function iTXt(
  keyword: string,
  text: string | Uint8Array,
  opts: { compressed?: boolean; method?: number } = {},
): Uint8Array {
  const raw = typeof text === 'string' ? utf8(text) : text;
  const body = opts.compressed ? deflateSync(raw) : raw;
  const head = concat(latin1(keyword), Uint8Array.of(0, opts.compressed ? 1 : 0, opts.method ?? 0, 0, 0));
  return chunk('iTXt', concat(head, body));
}

/** `tEXt` chunk: keyword\0 Latin-1 text. */
export const tEXt = (keyword: string, text: string): Uint8Array =>
  chunk('tEXt', concat(latin1(keyword), Uint8Array.of(0), latin1(text)));

/** Listed independently of the module: type, data, and whether zlib's CRC-32 agrees. */
export interface ListedChunk {
  type: string;
  data: Uint8Array;
  crcOk: boolean;
}

export function listChunks(png: Uint8Array): ListedChunk[] {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const out: ListedChunk[] = [];
  for (let at = 8; at < png.length;) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(...png.subarray(at + 4, at + 8));
    const data = png.subarray(at + 8, at + 8 + length);
    const crcOk = zlibCrc32(png.subarray(at + 4, at + 8 + length)) === view.getUint32(at + 8 + length);
    out.push({ type, data, crcOk });
    at += 12 + length;
  }
  return out;
}
