/**
 * encodedList = Multibase base64url (no padding, prefix "u") of the GZIP-compressed bitstring,
 * W3C Bitstring Status List v1.0 (BSL) §2.2, §3.3, §3.4.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { encode as b64url } from 'jose/base64url';
import { Bitstring, decodeList, decodeListDetailed, encodeList } from '../../../src/lib/status/index.ts';
import { BSL_EXAMPLE_ENCODED_LIST, gzipBytes } from './vectors.ts';

const code = (c: string) => expect.objectContaining({ name: 'StatusError', code: c });
const MiB = 1024 * 1024;

describe('decodeList', () => {
  it('decodes the BSL §2.2 Example 3 list to 16,384 zero bytes', async () => {
    const { list, encoding, legacyEncoding } = await decodeListDetailed(BSL_EXAMPLE_ENCODED_LIST);
    expect(list.length).toBe(131_072);
    expect(list.bytes()).toEqual(new Uint8Array(16_384));
    expect(encoding).toBe('multibase');
    expect(legacyEncoding).toBe(false);
  });

  it('tolerates the older unprefixed base64url and base64 forms, and says so', async () => {
    const bare = BSL_EXAMPLE_ENCODED_LIST.slice(1);
    const std = bare
      .replace(/-/g, '+')
      .replace(/_/g, '/')
      .padEnd(Math.ceil(bare.length / 4) * 4, '=');
    expect(std).toMatch(/\+/);
    for (const [text, encoding] of [
      [bare, 'base64url'],
      [std, 'base64'],
    ] as const) {
      const r = await decodeListDetailed(text);
      expect(r).toMatchObject({ encoding, legacyEncoding: true });
      expect(r.list.countSet()).toBe(0);
      expect(r.list.length).toBe(131_072);
    }
  });

  it('rejects text that is not base64url with ENCODING', async () => {
    const garbage: unknown[] = [
      '',
      'u!!!!',
      'uH4sI AAAA',
      'uA',
      'u' + BSL_EXAMPLE_ENCODED_LIST.slice(1) + '==',
      'zH4sIAAAA',
      'hello',
      42,
      null,
    ];
    for (const g of garbage) {
      await expect(decodeListDetailed(g), String(g)).rejects.toThrow(code('ENCODING'));
    }
  });

  it('rejects valid base64url that is not GZIP, or is truncated, with GZIP', async () => {
    const gz = await gzipBytes(new Uint8Array(16_384));
    for (const bytes of [
      new TextEncoder().encode('hello world'),
      gz.subarray(0, gz.length - 4),
      new Uint8Array(0),
    ]) {
      await expect(decodeList(`u${b64url(bytes)}`)).rejects.toThrow(code('GZIP'));
    }
    const badCrc = Uint8Array.from(gz);
    badCrc[badCrc.length - 6]! ^= 1;
    await expect(decodeList(`u${b64url(badCrc)}`)).rejects.toThrow(
      expect.objectContaining({ code: 'GZIP', specError: 'MALFORMED_VALUE_ERROR' }),
    );
  });

  it('raises LENGTH (STATUS_LIST_LENGTH_ERROR, BSL §3.2) below 131,072 bits unless the caller lowers the bound', async () => {
    // DCC lists have 100,000 bits (the Digital Credentials Consortium's fixtures).
    const dcc = Bitstring.zeros(100_000);
    for (const i of [2, 6, 8]) dcc.set(i);
    const encoded = await encodeList(dcc, { minBits: 100_000 });
    await expect(decodeList(encoded)).rejects.toThrow(
      expect.objectContaining({ code: 'LENGTH', specError: 'STATUS_LIST_LENGTH_ERROR' }),
    );
    const list = await decodeList(encoded, { minBits: 100_000 });
    expect([6, 7, 8].map((i) => list.get(i))).toEqual([true, false, true]);
  });

  it('rejects an encodedList longer than the size cap allows before decoding it', async () => {
    const long = 'u' + 'A'.repeat(2_000_000);
    await expect(decodeList(long, { maxBytes: MiB })).rejects.toThrow(code('TOO_LARGE'));
  });

  it('rejects bad options as a caller bug (ARGUMENT)', async () => {
    await expect(decodeList(BSL_EXAMPLE_ENCODED_LIST, { maxBytes: 0 })).rejects.toThrow(code('ARGUMENT'));
    await expect(decodeList(BSL_EXAMPLE_ENCODED_LIST, { minBits: -1 })).rejects.toThrow(code('ARGUMENT'));
  });
});

describe('decodeList against a gzip bomb', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('stops inflating 100 MB of zeros at the cap, quickly, without producing the rest', async () => {
    const bomb = await gzipBytes(new Uint8Array(100 * MiB)); // ~100 KB compressed
    const encoded = `u${b64url(bomb)}`;
    expect(encoded.length).toBeLessThan(200_000);

    // Count what the real DecompressionStream hands out, to prove the cap stops it early.
    const Real = globalThis.DecompressionStream;
    let produced = 0;
    class CountingDecompressionStream {
      readonly writable: WritableStream<BufferSource>;
      readonly readable: ReadableStream<Uint8Array>;
      constructor(format: CompressionFormat) {
        const inner = new Real(format);
        this.writable = inner.writable;
        this.readable = inner.readable.pipeThrough(
          new TransformStream<Uint8Array, Uint8Array>({
            transform(chunk, controller) {
              produced += chunk.length;
              controller.enqueue(chunk);
            },
          }),
        );
      }
    }
    vi.stubGlobal('DecompressionStream', CountingDecompressionStream);

    const started = performance.now();
    await expect(decodeList(encoded, { maxBytes: 4 * MiB })).rejects.toThrow(
      expect.objectContaining({ code: 'TOO_LARGE', specError: undefined }),
    );
    expect(performance.now() - started).toBeLessThan(2_000);
    await new Promise((r) => setTimeout(r, 100)); // nothing keeps inflating after the cancel
    expect(produced).toBeGreaterThan(4 * MiB);
    expect(produced).toBeLessThan(5 * MiB);
  });

  it('applies the default 16 MiB cap', async () => {
    const bomb = await gzipBytes(new Uint8Array(17 * MiB));
    await expect(decodeList(`u${b64url(bomb)}`)).rejects.toThrow(code('TOO_LARGE'));
  });
});

describe('encodeList', () => {
  it('round-trips bits 0, 7, 8 and 131,071 through GZIP and multibase base64url', async () => {
    const b = Bitstring.zeros();
    for (const i of [0, 7, 8, 131_071]) b.set(i);
    const encoded = await encodeList(b);
    expect(encoded).toMatch(/^uH4sI[A-Za-z0-9_-]+$/); // "u" + base64url of the GZIP magic 1f 8b 08, no padding
    const back = await decodeList(encoded);
    expect(back.length).toBe(131_072);
    expect(back.countSet()).toBe(4);
    expect([0, 7, 8, 131_071, 1, 9, 131_070].map((i) => back.get(i))).toEqual([
      true,
      true,
      true,
      true,
      false,
      false,
      false,
    ]);
    expect(back.bytes()).toEqual(b.bytes());
  });

  it('refuses to publish a list shorter than the BSL §2.2 minimum unless told otherwise', async () => {
    await expect(encodeList(Bitstring.zeros(8))).rejects.toThrow(code('LENGTH'));
    const tiny = await encodeList(Bitstring.zeros(8), { minBits: 8 });
    expect((await decodeList(tiny, { minBits: 8 })).length).toBe(8);
  });
});
