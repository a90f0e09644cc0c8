/**
 * The four readers a hostile badge reaches first, as coverage-guided fuzz targets (run by
 * `npm run fuzz`, scripts/fuzz/): the PNG and SVG bakers' extractors, the bounded JSON parser,
 * and the compact JWS parser with its algorithm check. Each takes raw bytes. The errors the
 * readers are designed to throw (BakingError, VerifyError) are answers; anything else thrown
 * (a TypeError, a RangeError, a stack overflow) is a finding.
 */
import { BakingError, extractFromPng, extractFromSvg } from '../../src/lib/baking/index.ts';
import { VerifyError } from '../../src/lib/verify/errors.ts';
import { parseJson } from '../../src/lib/verify/json.ts';
import { allowedAlg, parseCompactJws } from '../../src/lib/verify/jws.ts';

const expected = (e: unknown) => {
  if (e instanceof BakingError || e instanceof VerifyError) return;
  throw e;
};
const text = (data: Uint8Array) => new TextDecoder().decode(data);

export const TARGETS = {
  png: async (data: Uint8Array) => {
    await extractFromPng(data).catch(expected);
  },
  svg: (data: Uint8Array) => {
    try {
      extractFromSvg(text(data));
    } catch (e) {
      expected(e);
    }
  },
  json: (data: Uint8Array) => {
    try {
      parseJson(text(data));
    } catch (e) {
      expected(e);
    }
  },
  jws: (data: Uint8Array) => {
    try {
      allowedAlg(parseCompactJws(text(data)).header);
    } catch (e) {
      expected(e);
    }
  },
} satisfies Record<string, (data: Uint8Array) => void | Promise<void>>;

export type TargetName = keyof typeof TARGETS;

/** Tokens each reader looks for, to seed the mutator's dictionary (compare hooks add more as it runs). */
export const DICTIONARIES: Record<TargetName, string[]> = {
  png: [
    '\x89PNG\r\n\x1a\n',
    'IHDR',
    'IEND',
    'iTXt',
    'tEXt',
    'zTXt',
    'openbadgecredential',
    'openbadges',
    '\0\0',
    'eyJ',
  ],
  svg: [
    '<svg',
    'xmlns',
    'xmlns:openbadges',
    'https://purl.imsglobal.org/ob/v3p0',
    'http://openbadges.org',
    '<openbadges:credential',
    '<openbadges:assertion',
    'verify=',
    '<![CDATA[',
    ']]>',
    '<!DOCTYPE',
    '<!ENTITY',
    '&#x',
    '/>',
  ],
  json: [
    '{',
    '}',
    '[',
    ']',
    '"',
    ':',
    ',',
    'true',
    'false',
    'null',
    '\\u0000',
    '\\ud800',
    '1e999',
    '-0',
    '"__proto__"',
  ],
  jws: [
    '.',
    'eyJ',
    'eyJhbGciOiJFUzI1NiJ9',
    'eyJhbGciOiJub25lIn0',
    'eyJhbGciOiJIUzI1NiJ9',
    'eyJjcml0IjpbXX0',
    '-',
    '_',
  ],
};
