/**
 * Bounded zlib inflation with the platform `DecompressionStream` (Node ≥ 18 and browsers).
 * Stops reading, and cancels the stream, as soon as the output passes the cap, so a small
 * "zip bomb" costs at most `cap` bytes of memory.
 *
 * @module
 */
import { BakingError } from './errors.ts';

/**
 * Inflate zlib (`deflate` format, RFC 1950) data, refusing output longer than `cap` bytes.
 * @throws BakingError `PAYLOAD_TOO_LARGE` past the cap, `PNG_INFLATE` for invalid data.
 */
export async function inflateCapped(data: Uint8Array, cap: number): Promise<Uint8Array> {
  const stream = new DecompressionStream('deflate');
  const writer = stream.writable.getWriter();
  // Errors surface on the reading side; do not leave these promises unhandled.
  writer.write(new Uint8Array(data)).catch(() => {});
  writer.close().catch(() => {});
  const reader = stream.readable.getReader();
  const parts: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.length;
      if (total > cap) {
        await reader.cancel().catch(() => {});
        throw new BakingError('PAYLOAD_TOO_LARGE', `The compressed payload inflates to more than ${cap} bytes`);
      }
      parts.push(value);
    }
  } catch (cause) {
    if (cause instanceof BakingError) throw cause;
    throw new BakingError('PNG_INFLATE', 'The compressed iTXt payload is not valid zlib data', { cause });
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
