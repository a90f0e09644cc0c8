/**
 * Turning whatever was pasted or dropped into the text of a badge: bytes of a PNG, SVG markup,
 * a data: URL, a compact JWS, JSON (possibly an enveloped credential). Bounded in size first.
 */
import { BakingError } from '../baking/errors.ts';
import type { Baked } from '../baking/types.ts';
import { VerifyError } from './errors.ts';
import { loadPart } from './lazy.ts';

/** The image readers load with the first image: a pasted token needs neither. */
const pngReader = () => loadPart(import('../baking/png.ts'), 'the PNG reader');
const svgReader = () => loadPart(import('../baking/svg.ts'), 'the SVG reader');

export type BadgeInput = string | Uint8Array;

export const MAX_INPUT_BYTES = 5 * 1024 * 1024;

export interface TextBadge {
  text: string;
  /** Where the text came from, for the report. */
  container: string;
  baked?: Baked;
}

const PNG_MAGIC = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const isPng = (b: Uint8Array) => PNG_MAGIC.every((x, i) => b[i] === x);

/** What the report says about baked payloads other than the one checked (the specs allow one). */
export const otherPayloads = (extra: number) =>
  `${extra} other baked payload${extra === 1 ? '' : 's'}, not checked`;

function fromBaked(baked: Baked): TextBadge {
  const kind = baked.container.toUpperCase();
  const others = baked.extra > 0 ? `; ${otherPayloads(baked.extra)}` : '';
  return { text: baked.text, container: `${kind} image (${baked.location}${others})`, baked };
}

async function fromBytes(bytes: Uint8Array, inDataUrl = false): Promise<TextBadge> {
  if (isPng(bytes)) {
    const { extractFromPng } = await pngReader();
    return fromBaked(await bakingErrors(() => extractFromPng(bytes, { maxBytes: MAX_INPUT_BYTES })));
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new VerifyError('ERR_UNREADABLE', 'the file is neither a PNG or SVG image nor text');
  }
  return fromText(text, 'file', inDataUrl);
}

async function bakingErrors<T>(f: () => T | Promise<T>): Promise<T> {
  try {
    return await f();
  } catch (e) {
    if (e instanceof BakingError) {
      throw new VerifyError(
        e.code === 'NOT_BAKED' ? 'ERR_NOT_A_BADGE' : 'ERR_UNREADABLE',
        e.code === 'NOT_BAKED' ? 'the image has no badge baked into it' : `image: ${e.message}`,
        e.code,
      );
    }
    throw e;
  }
}

function fromDataUrl(text: string): Promise<TextBadge> | TextBadge {
  const m = /^data:([^,;]*)((?:;[^,;]*)*),(.*)$/s.exec(text);
  if (!m) throw new VerifyError('ERR_UNREADABLE', 'malformed data: URL');
  const type = (m[1] ?? '').toLowerCase();
  const isBase64 = /;base64/i.test(m[2] ?? '');
  const data = m[3] ?? '';
  let bytes: Uint8Array;
  try {
    // atob is the forgiving-base64 decode the URL standard specifies for data: URLs (white space allowed).
    bytes = isBase64
      ? Uint8Array.from(atob(data), (c) => c.charCodeAt(0))
      : new TextEncoder().encode(decodeURIComponent(data));
  } catch {
    throw new VerifyError('ERR_UNREADABLE', 'the data: URL does not decode');
  }
  if (type === 'image/png') return fromBytes(bytes, true);
  const inner = new TextDecoder().decode(bytes);
  return fromText(inner, `data: URL (${type || 'text/plain'})`, true);
}

/**
 * @param inDataUrl The text came out of a data: URL. Another data: URL inside it is refused:
 *   badges are never wrapped twice, and unwrapping recursively costs time and stack per layer.
 */
export async function fromText(raw: string, container = 'text', inDataUrl = false): Promise<TextBadge> {
  const text = raw.replace(/^\uFEFF/, '').trim();
  if (!text) throw new VerifyError('ERR_INPUT_EMPTY', '');
  if (text.startsWith('data:')) {
    if (inDataUrl)
      throw new VerifyError(
        'ERR_UNREADABLE',
        'a data: URL inside a data: URL (a badge is never wrapped twice)',
      );
    return fromDataUrl(text);
  }
  if (text.startsWith('<')) {
    const { extractFromSvg } = await svgReader();
    return fromBaked(await bakingErrors(() => extractFromSvg(text, { maxBytes: MAX_INPUT_BYTES })));
  }
  return { text, container };
}

/** Reads any supported input into badge text, rejecting oversize input before parsing it. */
export async function readInput(input: BadgeInput): Promise<TextBadge> {
  const size = typeof input === 'string' ? input.length : input.byteLength;
  if (size > MAX_INPUT_BYTES) {
    throw new VerifyError(
      'ERR_INPUT_TOO_LARGE',
      `${(size / 1024 / 1024).toFixed(1)} MB; badges are far smaller, and anything over ${MAX_INPUT_BYTES / 1024 / 1024} MB is refused`,
    );
  }
  return typeof input === 'string' ? fromText(input) : fromBytes(input);
}
