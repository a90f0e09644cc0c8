/**
 * GZIP (RFC 1952) through the platform's `CompressionStream` / `DecompressionStream`, which
 * Node and every current browser provide. Decompression is streamed and stops as soon as the
 * output passes a cap, so a small "gzip bomb" never expands in memory.
 */
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
  let stream: ReadableStream<Uint8Array>;
  try {
    stream = streamOf(bytes).pipeThrough(new DecompressionStream('gzip'));
  } catch (cause) {
    throw new StatusError('GZIP', 'this platform cannot decompress GZIP', { cause });
  }
  return collect(stream, maxBytes);
}

/** A one-chunk stream of a copy of `bytes` (the copy also gives it the plain `ArrayBuffer` the streams want). */
function streamOf(bytes: Uint8Array): ReadableStream<BufferSource> {
  return new ReadableStream<BufferSource>({
    start(controller) {
      controller.enqueue(new Uint8Array(bytes));
      controller.close();
    },
  });
}

/** Reads a byte stream into one array, cancelling it once it passes `maxBytes`. */
async function collect(stream: ReadableStream<Uint8Array>, maxBytes: number): Promise<Uint8Array> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.length;
      if (total > maxBytes) {
        await reader.cancel().catch(() => undefined);
        throw new StatusError('TOO_LARGE', `the status list expands to more than ${maxBytes} bytes`);
      }
      chunks.push(value);
    }
  } catch (cause) {
    if (cause instanceof StatusError) throw cause;
    throw new StatusError('GZIP', 'the status list is not valid GZIP data', { cause });
  }
  return concat(chunks, total);
}

function concat(chunks: readonly Uint8Array[], total: number): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
