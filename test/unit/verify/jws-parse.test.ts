/**
 * parseCompactJws and readCompactJws alone: the three parts, header and payload decoded as strict
 * UTF-8 JSON, one malformed token leaving nothing behind for the next (the decoder is shared), and
 * text of another shape left for the caller to read otherwise.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { base64urlBytes, parseCompactJws, readCompactJws } from '../../../src/lib/verify/jws.ts';

const part = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
const bytes = (b: number[]) => Buffer.from(b).toString('base64url');
const header = part({ alg: 'ES256', kid: 'k', jku: 'https://evil.example/' });

describe('parseCompactJws', () => {
  it('decodes header and payload, and names the header members it will not use', () => {
    const jws = parseCompactJws(`${header}.${part({ iss: 'x', n: 'é' })}.c2ln`);
    expect(jws.header).toEqual({ alg: 'ES256', kid: 'k', jku: 'https://evil.example/' });
    expect(jws.payload).toEqual({ iss: 'x', n: 'é' });
    expect(jws.ignored).toEqual(['jku']);
  });

  it('refuses what is not three base64url parts, a header that is not an object, and bad UTF-8', () => {
    expect(() => parseCompactJws('a.b')).toThrow(/three base64url parts/);
    expect(() => parseCompactJws(`${header}.${part({})}.c2ln.x`)).toThrow(/three base64url parts/);
    expect(() => parseCompactJws(`${part([1])}.${part({})}.c2ln`)).toThrow(/header is not a JSON object/);
    expect(() => parseCompactJws(`${header}.${bytes([0x7b, 0xc3, 0x28, 0x7d])}.c2ln`)).toThrow(
      /payload is not base64url-encoded UTF-8/,
    );
  });

  it('reads a token right after one cut in the middle of a UTF-8 sequence', () => {
    // "é" is C3 A9: the first payload ends after C3. A decoder that kept it would misread the next.
    const cut = bytes([0x22, 0xc3]);
    expect(() => parseCompactJws(`${header}.${cut}.c2ln`)).toThrow(/payload is not/);
    expect(() => parseCompactJws(`${header}.${bytes([0xa9, 0x31])}.c2ln`)).toThrow(/payload is not/);
    expect(parseCompactJws(`${header}.${part('é')}.c2ln`).payload).toBe('é');
  });
});

describe('readCompactJws', () => {
  it('says nothing of text not shaped as a compact JWS, so the caller can try other forms', () => {
    for (const text of [
      '{"a":1}',
      'https://x.example/a.b.c',
      'a.b',
      `${header}.${part({})}.c2ln\n`,
      'a b.c.d',
    ])
      expect(readCompactJws(text)).toBeUndefined();
  });

  it('parses a token as parseCompactJws does, and throws on a well-shaped token that does not decode', () => {
    const token = `${header}.${part({ iss: 'x' })}.c2ln`;
    expect(readCompactJws(token)).toEqual(parseCompactJws(token));
    expect(() => readCompactJws(`${header}.${bytes([0xff])}.c2ln`)).toThrow(
      /payload is not base64url-encoded UTF-8/,
    );
  });
});

describe('base64urlBytes', () => {
  it('decodes base64url text of every length it can have', () => {
    for (const n of [0, 1, 2, 3, 4, 5, 30, 31, 32]) {
      const data = Buffer.from(Array.from({ length: n }, (_, i) => (i * 37 + 250) % 256));
      expect(Buffer.from(base64urlBytes(data.toString('base64url'))!)).toEqual(data);
    }
  });

  it('refuses padding, white space, the other alphabet, and an impossible length', () => {
    for (const text of [
      'QQ==',
      'QUI=',
      'QU JD',
      'QUJD\n',
      ' QUJD',
      'QUJ\tD',
      'a+b/',
      'QUJDR',
      'Q',
      'QUJD%',
      'QUJD.',
    ])
      expect(base64urlBytes(text), text).toBeUndefined();
  });
});

describe('readCompactJws against a pattern test of every character', () => {
  // What readCompactJws replaced: the whole token tested by pattern, then each part decoded.
  const SHAPE = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]+$/;
  const reference = (token: string) =>
    SHAPE.test(token) ? outcome(() => parseCompactJws(token)) : 'not a JWS';
  const outcome = (f: () => unknown) => {
    try {
      const read = f();
      return read === undefined ? 'not a JWS' : JSON.stringify(read);
    } catch (e) {
      return (e as Error).message;
    }
  };

  it('reads every token as the pattern test did: not a JWS, refused with the same reason, or the same parts', () => {
    const chars = fc.constantFrom(...'AQaz09-_=+/ .\n%é'.split(''));
    const noise = fc.array(chars, { maxLength: 6 }).map((cs) => cs.join(''));
    const encoded = fc
      .oneof(
        fc.jsonValue().map((v) => JSON.stringify(v)),
        fc.string(),
        fc.constant('{"alg":"ES256"}'),
      )
      .map((t) => Buffer.from(t).toString('base64url'));
    const part = fc.oneof(
      encoded,
      noise,
      fc.tuple(encoded, noise).map(([a, b]) => a + b),
    );
    fc.assert(
      fc.property(part, part, part, fc.constantFrom('.', '..', ''), (h, p, s, extra) => {
        const token = `${h}.${p}${extra}.${s}`;
        expect(outcome(() => readCompactJws(token))).toBe(reference(token));
      }),
      { numRuns: 3000 },
    );
  });
});
