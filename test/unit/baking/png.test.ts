/**
 * Baked PNG: extraction from the 1EdTech validator vectors, bake → extract round trips, and
 * hostile inputs. Facts: Open Badges 3.0 "Baked Badge" (OB 3.0 `iTXt openbadgecredential`, uncompressed,
 * at most one) and §6.2 (OB 2.0 `iTXt openbadges`, legacy `tEXt openbadges` URL).
 */
import { describe, expect, it } from 'vitest';
import { BakingError, bakePng, extractFromPng } from '../../../src/lib/baking/index.ts';
import { chunk, concat, iTXt, listChunks, readVector, readVectorText, tEXt, tinyPng } from './png-helpers.ts';

const JWS = readVectorText('extracted/simple-jwt.png.jws');
const JSON_CREDENTIAL = JSON.stringify({
  '@context': [
    'https://www.w3.org/ns/credentials/v2',
    'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
  ],
  type: ['VerifiableCredential', 'OpenBadgeCredential'],
  name: 'Hinge questions — Évaluation 🎓',
});

const flip = (png: Uint8Array, at: number, mask: number) => {
  png[at] = png[at]! ^ mask;
  return png;
};
const rejectsWith = (p: Promise<unknown>, code: string) =>
  expect(p).rejects.toMatchObject({ name: 'BakingError', code });

describe('extractFromPng: 1EdTech vectors (vectors/1edtech/README.md)', () => {
  it.each(['simple-jwt.png', 'simple-jwt_v1.png'])(
    'reads %s byte-identical to extracted/*.jws',
    async (file) => {
      const baked = await extractFromPng(readVector(file));
      expect(baked).toEqual({
        kind: 'ob3-jwt',
        text: readVectorText(`extracted/${file}.jws`),
        container: 'png',
        location: 'iTXt openbadgecredential',
        extra: 0,
      });
    },
  );

  it('reports the OB 2.0 asset beths-robot-badge.png as not baked (it has no text chunk)', async () => {
    const png = readVector('ob20/assets/beths-robot-badge.png');
    expect(listChunks(png).map((c) => c.type)).toEqual(['IHDR', 'bKGD', 'pHYs', 'IDAT', 'IEND']);
    await rejectsWith(extractFromPng(png), 'NOT_BAKED');
  });
});

describe('bakePng → extractFromPng round trip', () => {
  it.each([
    ['a compact JWS', JWS, 'ob3-jwt'],
    ['credential JSON (non-ASCII)', JSON_CREDENTIAL, 'ob3-json'],
  ])('round-trips %s', async (_, payload, kind) => {
    const baked = bakePng(tinyPng(), payload);
    expect(await extractFromPng(baked)).toEqual({
      kind,
      text: payload,
      container: 'png',
      location: 'iTXt openbadgecredential',
      extra: 0,
    });
  });

  it('writes a valid uncompressed iTXt right after IHDR, read back by an independent chunk lister', () => {
    const baked = bakePng(tinyPng(), JWS);
    const chunks = listChunks(baked);
    expect(chunks.map((c) => c.type)).toEqual(['IHDR', 'iTXt', 'IDAT', 'IEND']);
    expect(chunks.every((c) => c.crcOk)).toBe(true);
    const head = new TextEncoder().encode('openbadgecredential\0\0\0\0\0');
    expect(chunks[1]!.data.subarray(0, head.length)).toEqual(head); // flag 0, method 0, lang '', tk ''
    expect(new TextDecoder().decode(chunks[1]!.data.subarray(head.length))).toBe(JWS);
  });

  it('keeps every original chunk of a real image, in order', async () => {
    const original = readVector('ob20/assets/beths-robot-badge.png');
    const baked = bakePng(original, JSON_CREDENTIAL);
    const types = listChunks(baked).map((c) => c.type);
    expect(types).toEqual(['IHDR', 'iTXt', 'bKGD', 'pHYs', 'IDAT', 'IEND']);
    expect(baked.length).toBe(original.length + 12 + 24 + new TextEncoder().encode(JSON_CREDENTIAL).length);
    expect((await extractFromPng(baked)).text).toBe(JSON_CREDENTIAL);
  });

  it('drops bytes after IEND', () => {
    const baked = bakePng(concat(tinyPng(), Uint8Array.of(1, 2, 3)), JWS);
    expect(listChunks(baked).at(-1)!.type).toBe('IEND');
  });

  it('refuses to bake twice (DUPLICATE), including over an OB 2.0 chunk', () => {
    expect(() => bakePng(bakePng(tinyPng(), JWS), JWS)).toThrow(
      expect.objectContaining({ code: 'DUPLICATE' }),
    );
    expect(() => bakePng(tinyPng(tEXt('openbadges', 'https://example.org/a')), JWS)).toThrow(
      expect.objectContaining({ code: 'DUPLICATE' }),
    );
  });

  it('refuses payloads that are neither a compact JWS nor JSON', () => {
    for (const bad of ['hello', 'https://example.org/assertion', '{not json', ' a.b.c', '']) {
      expect(() => bakePng(tinyPng(), bad)).toThrow(expect.objectContaining({ code: 'PAYLOAD_INVALID' }));
    }
  });

  it('refuses a broken template PNG', () => {
    expect(() => bakePng(Uint8Array.of(1, 2, 3), JWS)).toThrow(
      expect.objectContaining({ code: 'PNG_SIGNATURE' }),
    );
  });
});

describe('extractFromPng: OB 2.0 chunks (OB 2.0 baking)', () => {
  it('reads a legacy tEXt openbadges URL as ob2-url', async () => {
    const url = 'https://example.org/assertions/1.json';
    expect(await extractFromPng(tinyPng(tEXt('openbadges', url)))).toMatchObject({
      kind: 'ob2-url',
      text: url,
      location: 'tEXt openbadges',
    });
  });

  it('reads iTXt openbadges JSON and JWS', async () => {
    expect(await extractFromPng(tinyPng(iTXt('openbadges', '{"type":"Assertion"}')))).toMatchObject({
      kind: 'ob2-json',
    });
    const ob2Jws = readVectorText('extracted/simple-jwt.svg.jws');
    expect(await extractFromPng(tinyPng(iTXt('openbadges', ob2Jws)))).toMatchObject({
      kind: 'ob2-jws',
      text: ob2Jws,
      location: 'iTXt openbadges',
    });
  });

  it('trims surrounding white space, like the 1EdTech validator', async () => {
    expect((await extractFromPng(tinyPng(iTXt('openbadges', '\n {"a":1} \r\n')))).text).toBe('{"a":1}');
  });
});

describe('extractFromPng: several baked chunks ("MUST NOT appear more than once")', () => {
  it('takes the first openbadgecredential chunk and reports extra=1', async () => {
    const png = tinyPng(iTXt('openbadgecredential', 'a.b.c'), iTXt('openbadgecredential', '{"second":true}'));
    expect(await extractFromPng(png)).toMatchObject({ kind: 'ob3-jwt', text: 'a.b.c', extra: 1 });
  });

  it('prefers OB 3.0 over an earlier OB 2.0 chunk, counting both', async () => {
    const png = tinyPng(tEXt('openbadges', 'https://example.org/a'), iTXt('openbadgecredential', 'a.b.c'));
    expect(await extractFromPng(png)).toMatchObject({
      kind: 'ob3-jwt',
      location: 'iTXt openbadgecredential',
      extra: 1,
    });
  });

  it('ignores other text chunks and keywords that merely start alike', async () => {
    const png = tinyPng(
      tEXt('openbadgesX', 'x'),
      iTXt('Comment', 'a.b.c'),
      tEXt('openbadgecredential', 'a.b.c'),
    );
    await rejectsWith(extractFromPng(png), 'NOT_BAKED');
  });
});

describe('extractFromPng: compressed iTXt (not allowed by the spec: read, bounded, flagged)', () => {
  it('inflates a compressed chunk and flags it in location', async () => {
    const png = tinyPng(iTXt('openbadgecredential', JWS, { compressed: true }));
    expect(await extractFromPng(png)).toMatchObject({
      kind: 'ob3-jwt',
      text: JWS,
      location: 'iTXt openbadgecredential (compressed, not spec-conformant)',
    });
  });

  it('stops a decompression bomb at maxTextBytes', async () => {
    const bomb = tinyPng(
      iTXt('openbadgecredential', new Uint8Array(8 * 1024 * 1024).fill(0x7b), { compressed: true }),
    );
    expect(bomb.length).toBeLessThan(20_000);
    await rejectsWith(extractFromPng(bomb), 'PAYLOAD_TOO_LARGE');
    await rejectsWith(
      extractFromPng(tinyPng(iTXt('openbadgecredential', JWS, { compressed: true })), { maxTextBytes: 100 }),
      'PAYLOAD_TOO_LARGE',
    );
  });

  it('rejects an unknown compression method and corrupt zlib data (PNG_INFLATE)', async () => {
    await rejectsWith(
      extractFromPng(tinyPng(iTXt('openbadgecredential', JWS, { compressed: true, method: 7 }))),
      'PNG_INFLATE',
    );
    const corrupt = concat(
      new TextEncoder().encode('openbadgecredential'),
      Uint8Array.of(0, 1, 0, 0, 0, 0x78, 0x9c, 0xff, 0xff, 0xff),
    );
    await rejectsWith(extractFromPng(tinyPng(chunk('iTXt', corrupt))), 'PNG_INFLATE');
  });
});

describe('extractFromPng: hostile and broken input', () => {
  const good = () => bakePng(tinyPng(), JWS);

  it('rejects a bad signature', async () => {
    const png = good();
    png[1] = 0x51;
    await rejectsWith(extractFromPng(png), 'PNG_SIGNATURE');
    await rejectsWith(extractFromPng(new TextEncoder().encode('<svg/>')), 'PNG_SIGNATURE');
    await rejectsWith(extractFromPng(new Uint8Array()), 'PNG_SIGNATURE');
  });

  it('rejects a PNG truncated anywhere after the signature', async () => {
    const png = good();
    for (const cut of [8, 12, 20, 33, 40, png.length - 20, png.length - 1]) {
      await rejectsWith(extractFromPng(png.subarray(0, cut)), 'PNG_TRUNCATED');
    }
  });

  it('rejects a chunk whose length runs past the end', async () => {
    const png = good();
    new DataView(png.buffer).setUint32(33, 0x7ffffff0); // the iTXt length field
    await rejectsWith(extractFromPng(png), 'PNG_TRUNCATED');
    new DataView(png.buffer).setUint32(33, 0x80000000);
    await rejectsWith(extractFromPng(png), 'PNG_CHUNK');
  });

  it('rejects a CRC mismatch, in the baked chunk or in image data', async () => {
    await rejectsWith(extractFromPng(flip(good(), 33 + 8 + 30, 1)), 'PNG_CRC');
    const png = good(); // last byte of IDAT data, before its CRC and IEND:
    await rejectsWith(extractFromPng(flip(png, png.length - 12 - 4 - 1, 0x40)), 'PNG_CRC');
  });

  it('rejects a PNG that does not start with IHDR, or has a malformed iTXt header', async () => {
    const { length } = tinyPng();
    const noIhdr = concat(
      tinyPng().subarray(0, 8),
      chunk('tEXt', new TextEncoder().encode('a\0b')),
      tinyPng().subarray(8, length),
    );
    await rejectsWith(extractFromPng(noIhdr), 'PNG_CHUNK');
    const noTerminator = chunk('iTXt', new TextEncoder().encode('openbadgecredential\0\0\0en-GB'));
    await rejectsWith(extractFromPng(tinyPng(noTerminator)), 'PNG_CHUNK');
  });

  it('reports a PNG with no baked chunk as NOT_BAKED', async () => {
    await rejectsWith(extractFromPng(tinyPng()), 'NOT_BAKED');
  });

  it('rejects payloads that are not JWS/JSON (or URL for OB 2.0), empty, or invalid UTF-8', async () => {
    await rejectsWith(
      extractFromPng(tinyPng(iTXt('openbadgecredential', 'https://example.org/a'))),
      'PAYLOAD_INVALID',
    );
    await rejectsWith(extractFromPng(tinyPng(iTXt('openbadges', 'javascript:alert(1)'))), 'PAYLOAD_INVALID');
    await rejectsWith(extractFromPng(tinyPng(iTXt('openbadgecredential', '  '))), 'PAYLOAD_INVALID');
    await rejectsWith(
      extractFromPng(tinyPng(iTXt('openbadgecredential', Uint8Array.of(0x7b, 0xff, 0xfe)))),
      'PAYLOAD_INVALID',
    );
  });

  it('rejects oversized input before reading it', async () => {
    const huge = new Uint8Array(11 * 1024 * 1024); // not even a PNG: the size check comes first
    const started = performance.now();
    await rejectsWith(extractFromPng(huge), 'PNG_TOO_LARGE');
    expect(performance.now() - started).toBeLessThan(50);
    await rejectsWith(extractFromPng(good(), { maxBytes: 100 }), 'PNG_TOO_LARGE');
  });

  it('rejects a payload over maxTextBytes', async () => {
    await rejectsWith(extractFromPng(good(), { maxTextBytes: JWS.length - 1 }), 'PAYLOAD_TOO_LARGE');
    expect((await extractFromPng(good(), { maxTextBytes: JWS.length })).text).toBe(JWS);
  });

  it('walks a PNG of many tiny chunks within the size limit', async () => {
    const many = Array.from({ length: 50_000 }, () => chunk('tEXt', new TextEncoder().encode('k\0v')));
    await rejectsWith(extractFromPng(tinyPng(...many)), 'NOT_BAKED');
  });

  it('ignores anything after IEND', async () => {
    const png = concat(good(), iTXt('openbadgecredential', '{"late":true}'));
    expect(await extractFromPng(png)).toMatchObject({ text: JWS, extra: 0 });
  });

  it('throws only BakingError for input problems, TypeError for caller mistakes', async () => {
    await expect(extractFromPng('png' as unknown as Uint8Array)).rejects.toBeInstanceOf(TypeError);
    await expect(extractFromPng(good(), { maxBytes: -1 })).rejects.toBeInstanceOf(TypeError);
    await expect(extractFromPng(Uint8Array.of(0x89))).rejects.toBeInstanceOf(BakingError);
  });
});
