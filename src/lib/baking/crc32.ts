/**
 * CRC-32 as PNG uses it (ISO 3309 / ITU-T V.42, polynomial 0xEDB88320 reflected), per the PNG
 * specification, Annex D. Written here because the small npm options are Node-only (`zlib`),
 * CommonJS-only with mismatched typings (`crc-32`), or pull in a dependency tree
 * (`@aws-crypto/crc32`); the algorithm is twenty lines.
 *
 * @module
 */

const TABLE: Uint32Array = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/**
 * Continue a CRC-32 over `bytes[start, end)`. Start with `crc = 0` (the pre- and
 * post-conditioning is done here), and pass the previous result to chain several ranges.
 */
export function crc32(bytes: Uint8Array, start = 0, end = bytes.length, crc = 0): number {
  let c = ~crc >>> 0;
  for (let i = start; i < end; i++) c = TABLE[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8);
  return ~c >>> 0;
}
