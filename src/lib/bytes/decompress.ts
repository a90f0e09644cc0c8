/**
 * Bounded decompression with the platform's DecompressionStream (Node and every current
 * browser). Reading stops, and the stream is cancelled, as soon as the output passes the cap, so
 * a small "zip bomb" costs at most `cap` bytes of memory. Shared by baking (zlib iTXt chunks) and
 * status lists (GZIP bitstrings), which wrap the errors in their own.
 */

export class DecompressError extends Error {
  override name = 'DecompressError';
  readonly code: 'TOO_LARGE' | 'INVALID';
  constructor(code: 'TOO_LARGE' | 'INVALID', message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }
}

/** A one-chunk stream of a copy of `bytes` (the copy gives it the plain ArrayBuffer streams want). */
export function streamOf(bytes: Uint8Array): ReadableStream<BufferSource> {
  return new ReadableStream<BufferSource>({
    start(controller) {
      controller.enqueue(new Uint8Array(bytes));
      controller.close();
    },
  });
}

/** Reads a byte stream into one array, cancelling it once it passes `cap` bytes. */
export async function collect(stream: ReadableStream<Uint8Array>, cap: number): Promise<Uint8Array> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.length;
      if (total > cap) {
        await reader.cancel().catch(() => undefined);
        throw new DecompressError('TOO_LARGE', `the data expands to more than ${cap} bytes`);
      }
      chunks.push(value);
    }
  } catch (cause) {
    if (cause instanceof DecompressError) throw cause;
    throw new DecompressError('INVALID', 'the compressed data is malformed', { cause });
  }
  if (chunks.length === 1 && chunks[0]) return chunks[0];
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** Decompresses zlib (`deflate`, RFC 1950) or GZIP (RFC 1952) data, refusing more than `cap` bytes of output. */
export async function decompressCapped(
  data: Uint8Array,
  format: 'deflate' | 'gzip',
  cap: number,
): Promise<Uint8Array> {
  let stream: ReadableStream<Uint8Array>;
  try {
    stream = streamOf(data).pipeThrough(new DecompressionStream(format));
  } catch (cause) {
    throw new DecompressError('INVALID', `this platform cannot decompress ${format}`, { cause });
  }
  return collect(stream, cap);
}
