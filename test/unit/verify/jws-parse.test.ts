/**
 * parseCompactJws alone: the three parts, header and payload decoded as strict UTF-8 JSON, and
 * one malformed token leaving nothing behind for the next (the decoder is shared).
 */
import { describe, expect, it } from 'vitest';
import { parseCompactJws } from '../../../src/lib/verify/jws.ts';

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
