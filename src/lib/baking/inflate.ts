/**
 * Bounded zlib inflation for compressed iTXt chunks (not spec-conformant, but read with a cap).
 *
 * @module
 */
import { DecompressError, decompressCapped } from '../bytes/decompress.ts';
import { BakingError } from './errors.ts';

/**
 * Inflate zlib (`deflate` format, RFC 1950) data, refusing output longer than `cap` bytes.
 * @throws BakingError `PAYLOAD_TOO_LARGE` past the cap, `PNG_INFLATE` for invalid data.
 */
export async function inflateCapped(data: Uint8Array, cap: number): Promise<Uint8Array> {
  try {
    return await decompressCapped(data, 'deflate', cap);
  } catch (cause) {
    if (cause instanceof DecompressError && cause.code === 'TOO_LARGE')
      throw new BakingError('PAYLOAD_TOO_LARGE', `The compressed payload inflates to more than ${cap} bytes`);
    throw new BakingError('PNG_INFLATE', 'The compressed iTXt payload is not valid zlib data', { cause });
  }
}
