/**
 * CRC-32 as PNG uses it (PNG spec Annex D), checked against the standard check value and
 * against Node's zlib, and against the CRCs other tools wrote into the 1EdTech baked PNG.
 */
import { randomBytes } from 'node:crypto';
import { crc32 as zlibCrc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { crc32 } from '../../../src/lib/baking/crc32.ts';
import { listChunks, readVector } from './png-helpers.ts';

describe('crc32', () => {
  it('gives the CRC-32/ISO-HDLC check value for "123456789"', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
  });

  it('gives the well-known CRC of an empty IEND chunk', () => {
    expect(crc32(new TextEncoder().encode('IEND'))).toBe(0xae426082);
  });

  it('agrees with zlib on random data, over ranges, and when chained', () => {
    const data = new Uint8Array(randomBytes(4099));
    expect(crc32(data)).toBe(zlibCrc32(data));
    expect(crc32(data, 17, 3001)).toBe(zlibCrc32(data.subarray(17, 3001)));
    expect(crc32(data, 1000, data.length, crc32(data, 0, 1000))).toBe(zlibCrc32(data));
  });

  it('reproduces every chunk CRC of the 1EdTech vector simple-jwt.png', () => {
    const png = readVector('simple-jwt.png');
    const view = new DataView(png.buffer, png.byteOffset);
    let at = 8;
    for (const c of listChunks(png)) {
      expect(crc32(png, at + 4, at + 8 + c.data.length)).toBe(view.getUint32(at + 8 + c.data.length));
      at += 12 + c.data.length;
    }
  });
});
