/**
 * The PNG datastream layer: signature, chunk walking with bounds and CRC checks, chunk
 * encoding. PNG specification (W3C, 3rd ed.) §5: every chunk is
 * `length(4, big-endian, ≤ 2^31−1) | type(4 ASCII letters) | data(length) | CRC-32(type+data)`.
 *
 * @module
 */
import { crc32 } from './crc32.ts';
import { BakingError } from './errors.ts';

/** The 8-byte PNG signature. */
export const PNG_SIGNATURE: Uint8Array = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);

const MAX_CHUNK_LENGTH = 0x7fffffff;

/** One chunk, located inside the datastream it was read from. */
export interface Chunk {
  /** Four-letter chunk type, e.g. `IHDR`, `iTXt`. */
  type: string;
  /** Offset of the chunk (its length field) in the datastream. */
  offset: number;
  /** Offset of the first data byte. */
  dataStart: number;
  /** Number of data bytes. */
  length: number;
}

/** The data bytes of `chunk`, as a view (no copy). */
export const chunkData = (bytes: Uint8Array, chunk: Chunk): Uint8Array =>
  bytes.subarray(chunk.dataStart, chunk.dataStart + chunk.length);

/** Throw `PNG_SIGNATURE` unless `bytes` starts with the PNG signature. */
export function checkSignature(bytes: Uint8Array): void {
  const ok = bytes.length >= PNG_SIGNATURE.length && PNG_SIGNATURE.every((b, i) => bytes[i] === b);
  if (!ok) throw new BakingError('PNG_SIGNATURE', 'Not a PNG image: the 8-byte PNG signature is missing');
}

const isLetter = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);

function readType(bytes: Uint8Array, at: number): string {
  const codes = [bytes[at]!, bytes[at + 1]!, bytes[at + 2]!, bytes[at + 3]!];
  if (!codes.every(isLetter)) {
    throw new BakingError('PNG_CHUNK', `Malformed PNG: chunk at byte ${at - 4} has an invalid type`);
  }
  return String.fromCharCode(...codes);
}

function readChunkAt(bytes: Uint8Array, view: DataView, offset: number): Chunk {
  if (offset + 12 > bytes.length) {
    throw new BakingError(
      'PNG_TRUNCATED',
      `Truncated PNG: the data ends at byte ${bytes.length}, before IEND`,
    );
  }
  const length = view.getUint32(offset);
  if (length > MAX_CHUNK_LENGTH) {
    throw new BakingError('PNG_CHUNK', `Malformed PNG: chunk at byte ${offset} declares length ${length}`);
  }
  const type = readType(bytes, offset + 4);
  const dataStart = offset + 8;
  if (dataStart + length + 4 > bytes.length) {
    throw new BakingError(
      'PNG_TRUNCATED',
      `Truncated PNG: chunk ${type} at byte ${offset} runs past the end`,
    );
  }
  const stored = view.getUint32(dataStart + length);
  if (crc32(bytes, offset + 4, dataStart + length) !== stored) {
    throw new BakingError('PNG_CRC', `Corrupt PNG: CRC mismatch in chunk ${type} at byte ${offset}`);
  }
  return { type, offset, dataStart, length };
}

/**
 * Walk the chunks of a PNG datastream from `IHDR` to `IEND` (inclusive), checking the
 * signature, every chunk's bounds and CRC-32, and that `IHDR` comes first. Bytes after `IEND`
 * are ignored. Lazy, so callers keep only the chunks they need.
 *
 * @throws BakingError `PNG_SIGNATURE`, `PNG_TRUNCATED`, `PNG_CRC` or `PNG_CHUNK`.
 */
export function* walkChunks(bytes: Uint8Array): Generator<Chunk, void, undefined> {
  checkSignature(bytes);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let offset = PNG_SIGNATURE.length;
  for (let index = 0; ; index++) {
    const chunk = readChunkAt(bytes, view, offset);
    if (index === 0 && (chunk.type !== 'IHDR' || chunk.length !== 13)) {
      throw new BakingError('PNG_CHUNK', 'Malformed PNG: the first chunk is not a 13-byte IHDR');
    }
    yield chunk;
    if (chunk.type === 'IEND') return;
    offset = chunk.dataStart + chunk.length + 4;
  }
}

/** Encode one chunk: length, type, data and CRC-32. `type` must be four ASCII letters. */
export function encodeChunk(type: string, data: Uint8Array): Uint8Array {
  if (!/^[A-Za-z]{4}$/.test(type)) throw new TypeError(`Invalid PNG chunk type: ${type}`);
  if (data.length > MAX_CHUNK_LENGTH) throw new RangeError('PNG chunk data too long');
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out, 4, 8 + data.length));
  return out;
}
