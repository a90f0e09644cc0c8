/**
 * GZIP (RFC 1952) for status lists, through the platform's Compression/DecompressionStream.
 * Decompression stops as soon as the output passes a cap, so a small "gzip bomb" never expands.
 */
import { collect, DecompressError, decompressCapped, streamOf } from '../bytes/decompress.ts';
import { StatusError } from './errors.ts';

/** GZIP-compresses `bytes`. */
export async function gzip(bytes: Uint8Array): Promise<Uint8Array> {
  return collect(streamOf(bytes).pipeThrough(new CompressionStream('gzip')), Infinity);
}

/**
 * Decompresses one GZIP member. Throws `StatusError('TOO_LARGE')` once more than `maxBytes`
 * come out (without inflating the rest) and `StatusError('GZIP')` for anything malformed:
 * bad header, bad CRC or length, truncation, trailing bytes.
 */
export async function gunzip(bytes: Uint8Array, maxBytes: number): Promise<Uint8Array> {
  try {
    return await decompressCapped(bytes, 'gzip', maxBytes);
  } catch (cause) {
    if (cause instanceof DecompressError && cause.code === 'TOO_LARGE')
      throw new StatusError('TOO_LARGE', `the status list expands to more than ${maxBytes} bytes`);
    throw new StatusError('GZIP', 'the status list is not valid GZIP data', { cause });
  }
}
