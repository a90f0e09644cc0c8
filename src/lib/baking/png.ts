/**
 * Baked PNG badges: read and write the `iTXt openbadgecredential` chunk (OB 3.0,
 * Open Badges 3.0 "Baked Badge") and read the OB 2.0 `iTXt`/`tEXt` `openbadges` chunk (§6.2).
 *
 * @module
 */
import { bakeableForm, classify } from './classify.ts';
import { BakingError } from './errors.ts';
import { inflateCapped } from './inflate.ts';
import { DEFAULT_MAX_TEXT_BYTES, resolveLimits, type Limits, type ResolvedLimits } from './limits.ts';
import { chunkData, encodeChunk, walkChunks, type Chunk } from './png-chunks.ts';
import { OB2_KEYWORD, OB3_KEYWORD, encodeITxt, parseITxt, readKeyword, tEXtText } from './png-text.ts';
import { decodeLatin1, decodeUtf8, trimXmlSpace, utf8Exceeds } from './text.ts';
import type { BadgeVersion, Baked } from './types.ts';

/** A textual chunk with an Open Badges keyword. */
interface Candidate {
  chunk: Chunk;
  version: BadgeVersion;
  keyword: string;
  /** e.g. `iTXt openbadgecredential`. */
  label: string;
}

/** What one pass over the chunks found. */
interface Scan {
  ob3?: Candidate;
  ob2?: Candidate;
  /** All Open Badges chunks, OB 3.0 and OB 2.0 together. */
  count: number;
  /** End offset of IHDR and of IEND. */
  ihdrEnd: number;
  iendEnd: number;
}

function candidateOf(bytes: Uint8Array, chunk: Chunk): Candidate | undefined {
  if (chunk.type !== 'iTXt' && chunk.type !== 'tEXt') return undefined;
  const keyword = readKeyword(chunkData(bytes, chunk));
  const ob3 = keyword === OB3_KEYWORD && chunk.type === 'iTXt';
  if (!ob3 && keyword !== OB2_KEYWORD) return undefined;
  return { chunk, keyword, version: ob3 ? 'ob3' : 'ob2', label: `${chunk.type} ${keyword}` };
}

function scan(bytes: Uint8Array): Scan {
  const found: Scan = { count: 0, ihdrEnd: 0, iendEnd: 0 };
  for (const chunk of walkChunks(bytes)) {
    const end = chunk.dataStart + chunk.length + 4;
    if (chunk.type === 'IHDR') found.ihdrEnd = end;
    if (chunk.type === 'IEND') found.iendEnd = end;
    const candidate = candidateOf(bytes, chunk);
    if (!candidate) continue;
    found.count++;
    if (candidate.version === 'ob3') found.ob3 ??= candidate;
    else found.ob2 ??= candidate;
  }
  return found;
}

function checkTextSize(length: number, limits: ResolvedLimits, label: string): void {
  if (length > limits.maxTextBytes) {
    throw new BakingError(
      'PAYLOAD_TOO_LARGE',
      `The ${label} payload is ${length} bytes, over the ${limits.maxTextBytes}-byte limit`,
    );
  }
}

async function readText(
  bytes: Uint8Array,
  c: Candidate,
  limits: ResolvedLimits,
): Promise<{ text: string; location: string }> {
  const data = chunkData(bytes, c.chunk);
  if (c.chunk.type === 'tEXt') {
    const raw = tEXtText(data, c.keyword);
    checkTextSize(raw.length, limits, c.label);
    return { text: decodeLatin1(raw), location: c.label };
  }
  const itxt = parseITxt(data, c.keyword);
  if (!itxt.compressed) {
    checkTextSize(itxt.text.length, limits, c.label);
    return { text: decodeUtf8(itxt.text, `The ${c.label} payload`), location: c.label };
  }
  // Both specs say "Compression MUST NOT be used"; read it anyway, bounded, and say so.
  if (itxt.method !== 0) {
    throw new BakingError(
      'PNG_INFLATE',
      `The ${c.label} chunk uses unknown compression method ${itxt.method}`,
    );
  }
  const inflated = await inflateCapped(itxt.text, limits.maxTextBytes);
  return {
    text: decodeUtf8(inflated, `The ${c.label} payload`),
    location: `${c.label} (compressed, not spec-conformant)`,
  };
}

/**
 * Read the Open Badges payload baked into a PNG.
 *
 * Checks the signature and every chunk's bounds and CRC-32 up to `IEND`. The OB 3.0
 * `iTXt openbadgecredential` chunk is preferred; otherwise the first OB 2.0 `openbadges`
 * chunk (`iTXt`, or legacy `tEXt` holding a URL). Within a version the first chunk wins; all
 * other Open Badges chunks are counted in `extra`. A compressed `iTXt` (not allowed by the
 * specs) is inflated up to `maxTextBytes` and flagged in `location`.
 *
 * @example
 * ```ts
 * const baked = await extractFromPng(new Uint8Array(await file.arrayBuffer()));
 * if (baked.kind === 'ob3-jwt') await verifyJwt(baked.text);
 * ```
 * @throws BakingError `PNG_TOO_LARGE`, `PNG_SIGNATURE`, `PNG_TRUNCATED`, `PNG_CRC`, `PNG_CHUNK`,
 *   `PNG_INFLATE`, `NOT_BAKED`, `PAYLOAD_TOO_LARGE` or `PAYLOAD_INVALID` (as a rejection).
 */
export async function extractFromPng(bytes: Uint8Array, limits?: Limits): Promise<Baked> {
  if (!(bytes instanceof Uint8Array)) throw new TypeError('extractFromPng expects a Uint8Array');
  const resolved = resolveLimits(limits);
  if (bytes.length > resolved.maxBytes) {
    throw new BakingError(
      'PNG_TOO_LARGE',
      `The PNG is ${bytes.length} bytes, over the ${resolved.maxBytes}-byte limit`,
    );
  }
  const found = scan(bytes);
  const winner = found.ob3 ?? found.ob2;
  if (!winner) throw new BakingError('NOT_BAKED', 'The PNG holds no Open Badges iTXt/tEXt chunk');
  const { text, location } = await readText(bytes, winner, resolved);
  const trimmed = trimXmlSpace(text);
  const kind = classify(trimmed, winner.version, location);
  return { kind, text: trimmed, container: 'png', location, extra: found.count - 1 };
}

/**
 * Bake an OB 3.0 payload (compact JWS or credential JSON) into a PNG: an uncompressed
 * `iTXt openbadgecredential` chunk with empty language tag and translated keyword, inserted
 * right after `IHDR` (Open Badges 3.0 "Baked Badge"). Bytes after `IEND` are dropped.
 *
 * @example
 * ```ts
 * const baked = bakePng(templatePng, jwt);
 * ```
 * @throws BakingError `DUPLICATE` if the PNG already holds an Open Badges chunk (OB 3.0 or 2.0),
 *   `PAYLOAD_INVALID` / `PAYLOAD_TOO_LARGE` (1 MiB) for the payload, or any PNG structure code.
 */
export function bakePng(png: Uint8Array, payload: string): Uint8Array {
  return pngBaker(png)(payload);
}

/**
 * {@link bakePng} for many payloads into one PNG: the PNG is read and checked once, here; each
 * call then only encodes its payload's chunk (a batch of badges bakes the same artwork).
 *
 * @throws BakingError as {@link bakePng}: PNG problems here, payload problems from each call.
 */
export function pngBaker(png: Uint8Array): (payload: string) => Uint8Array {
  if (!(png instanceof Uint8Array)) throw new TypeError('bakePng expects a Uint8Array');
  const found = scan(png);
  const existing = found.ob3 ?? found.ob2;
  if (existing) throw new BakingError('DUPLICATE', `The PNG is already baked (${existing.label})`);
  const head = png.slice(0, found.ihdrEnd);
  const tail = png.slice(found.ihdrEnd, found.iendEnd);
  return (payload) => {
    bakeableForm(payload);
    if (utf8Exceeds(payload, DEFAULT_MAX_TEXT_BYTES)) {
      throw new BakingError(
        'PAYLOAD_TOO_LARGE',
        `The payload is over the ${DEFAULT_MAX_TEXT_BYTES}-byte limit`,
      );
    }
    const chunk = encodeChunk('iTXt', encodeITxt(OB3_KEYWORD, payload));
    const out = new Uint8Array(head.length + chunk.length + tail.length);
    out.set(head, 0);
    out.set(chunk, head.length);
    out.set(tail, head.length + chunk.length);
    return out;
  };
}
