/**
 * PNG textual chunks (PNG spec §11.3.3): `tEXt` = keyword\0 Latin-1 text; `iTXt` = keyword\0
 * compressionFlag compressionMethod languageTag\0 translatedKeyword\0 UTF-8 text.
 * Keywords are 1–79 Latin-1 bytes.
 *
 * @module
 */
import { BakingError } from './errors.ts';

/** OB 3.0 `iTXt` keyword (Open Badges 3.0 "Baked Badge"). */
export const OB3_KEYWORD = 'openbadgecredential';
/** OB 2.0 `iTXt` keyword, also the legacy `tEXt` keyword for a hosted-assertion URL (§6.2). */
export const OB2_KEYWORD = 'openbadges';

const MAX_KEYWORD = 79;

/** Index of the first 0 byte in `data[from, to)`, or -1. */
function nul(data: Uint8Array, from: number, to = data.length): number {
  const i = data.subarray(from, to).indexOf(0);
  return i < 0 ? -1 : from + i;
}

/** The keyword of a textual chunk, or `undefined` when it has no valid 1–79 byte keyword. */
export function readKeyword(data: Uint8Array): string | undefined {
  const end = nul(data, 0, MAX_KEYWORD + 1);
  if (end < 1) return undefined;
  return String.fromCharCode(...data.subarray(0, end));
}

/** The parts of an `iTXt` chunk that matter here. */
export interface ITxt {
  /** Compression flag 1: the text is zlib-compressed (forbidden by both baking specs). */
  compressed: boolean;
  /** Compression method byte; 0 (zlib) is the only one defined. */
  method: number;
  /** The (possibly compressed) text bytes, as a view into the chunk data. */
  text: Uint8Array;
}

/**
 * Split `iTXt` chunk data whose keyword is `keyword`.
 * @throws BakingError `PNG_CHUNK` when the layout is broken.
 */
export function parseITxt(data: Uint8Array, keyword: string): ITxt {
  const broken = (why: string) => new BakingError('PNG_CHUNK', `Malformed iTXt ${keyword} chunk: ${why}`);
  const flagAt = keyword.length + 1;
  if (flagAt + 2 > data.length) throw broken('it ends inside the header');
  const flag = data[flagAt]!;
  if (flag > 1) throw broken(`compression flag ${flag} is neither 0 nor 1`);
  const langEnd = nul(data, flagAt + 2);
  const tkEnd = langEnd < 0 ? -1 : nul(data, langEnd + 1);
  if (tkEnd < 0) throw broken('the language tag or translated keyword is not terminated');
  return { compressed: flag === 1, method: data[flagAt + 1]!, text: data.subarray(tkEnd + 1) };
}

/** The text bytes of a `tEXt` chunk whose keyword is `keyword`. */
export const tEXtText = (data: Uint8Array, keyword: string): Uint8Array => data.subarray(keyword.length + 1);

/**
 * Encode `iTXt` chunk data as OB 3.0 requires: uncompressed (flag 0, method 0), empty
 * language tag and translated keyword (Open Badges 3.0 "Baked Badge").
 */
export function encodeITxt(keyword: string, text: string): Uint8Array {
  const body = new TextEncoder().encode(text);
  const out = new Uint8Array(keyword.length + 5 + body.length);
  for (let i = 0; i < keyword.length; i++) out[i] = keyword.charCodeAt(i);
  // keyword\0, flag 0, method 0, language '' \0, translated keyword '' \0: already zero.
  out.set(body, keyword.length + 5);
  return out;
}
