/**
 * Parsing a compact JWS (RFC 7515 §7.1) before anything is trusted: the protected header and the
 * payload. Which algorithms are acceptable is decided by `allowedAlg`, which the signature step
 * (proof-jws.ts) calls first; nothing here claims the header's `alg` is acceptable.
 */
import { base64url } from 'jose';
import { VerifyError } from './errors.ts';
import { isRecord, parseJson } from './json.ts';

/** Asymmetric JWS algorithms we verify. HMAC (HS*) and `none` are never accepted. */
export const ALLOWED_ALGS = [
  'RS256',
  'RS384',
  'RS512',
  'PS256',
  'PS384',
  'PS512',
  'ES256',
  'ES384',
  'ES512',
  'EdDSA',
  'Ed25519',
] as const;
export type AllowedAlg = (typeof ALLOWED_ALGS)[number];

export const COMPACT_JWS = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]+$/;

/** Header members we act on; anything that would make us fetch or trust something else is ignored. */
export const IGNORED_HEADERS = ['jku', 'x5u', 'x5c', 'x5t', 'x5t#S256'] as const;

export interface ParsedJws {
  token: string;
  /** The protected header as sent: untrusted, `alg` included. */
  header: Record<string, unknown>;
  payload: unknown;
  /** Header members that were present but deliberately not used. */
  ignored: string[];
}

/** One strict decoder for every token: `decode` without `stream` keeps no state between calls. */
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Text in the base64url alphabet (RFC 4648 §5), without padding. */
const BASE64URL = /^[A-Za-z0-9_-]*$/;

/**
 * The bytes base64url text spells, or undefined when it is not exactly base64url (RFC 7515 §2: no
 * padding, no white space). The platform's decoders skip white space and padding, so the length
 * is checked instead of testing every character again: n characters hold floor(3n/4) bytes, and n
 * is never one more than a multiple of 4, and a skipped character breaks one or the other. That
 * spares a second pass over a payload of many kilobytes.
 */
export function base64urlBytes(part: string): Uint8Array | undefined {
  if (part.length % 4 === 1) return undefined;
  let bytes: Uint8Array;
  try {
    bytes = base64url.decode(part);
  } catch {
    return undefined;
  }
  return bytes.length === Math.floor((part.length * 3) / 4) ? bytes : undefined;
}

function jsonOf(bytes: Uint8Array | undefined, what: string): unknown {
  let text: string | undefined;
  try {
    text = bytes && utf8.decode(bytes);
  } catch {
    // not UTF-8: said below
  }
  if (text === undefined)
    throw new VerifyError('ERR_JWS_MALFORMED', `its ${what} is not base64url-encoded UTF-8`);
  return parseJson(text);
}

/** Decodes header and payload. Says nothing about whether the algorithm is acceptable. */
export function parseCompactJws(token: string): ParsedJws {
  const jws = readCompactJws(token);
  if (!jws)
    throw new VerifyError('ERR_JWS_MALFORMED', 'a compact JWS has three base64url parts separated by dots');
  return jws;
}

/**
 * Like parseCompactJws, for text that may be something else: undefined when it is not shaped as a
 * compact JWS (three parts, the first and last not empty, each in the base64url alphabet), so the
 * caller can read it another way. A token that has the shape but does not decode throws.
 */
export function readCompactJws(token: string): ParsedJws | undefined {
  const first = token.indexOf('.');
  const second = first < 0 ? -1 : token.indexOf('.', first + 1);
  if (second < 0 || token.includes('.', second + 1)) return undefined;
  const h = token.slice(0, first);
  const p = token.slice(first + 1, second);
  const s = token.slice(second + 1);
  if (!h || !s || !BASE64URL.test(h) || !BASE64URL.test(s)) return undefined;
  // The payload is decoded once; only when that fails is its alphabet tested, to say which it is.
  const payloadBytes = base64urlBytes(p);
  if (!payloadBytes && !BASE64URL.test(p)) return undefined;
  const header = jsonOf(base64urlBytes(h), 'header');
  if (!isRecord(header)) throw new VerifyError('ERR_JWS_MALFORMED', 'its header is not a JSON object');
  const payload = jsonOf(payloadBytes, 'payload');
  const ignored = IGNORED_HEADERS.filter((k) => k in header);
  return { token, header, payload, ignored: [...ignored] };
}

/** The header's algorithm, if it is on the allow-list and the header asks nothing we refuse. Throws VerifyError. */
export function allowedAlg(header: Record<string, unknown>): AllowedAlg {
  const alg = header.alg;
  if (typeof alg !== 'string') throw new VerifyError('ERR_ALG_NOT_ALLOWED', 'the header names no algorithm');
  if (alg.toLowerCase() === 'none')
    throw new VerifyError('ERR_ALG_NOT_ALLOWED', 'alg "none" means it is unsigned', `alg: ${alg}`);
  if (/^HS/i.test(alg))
    throw new VerifyError(
      'ERR_ALG_NOT_ALLOWED',
      `alg "${alg.slice(0, 20)}" is a shared-secret (HMAC) algorithm, which anyone who can verify it could forge`,
      `alg: ${alg}`,
    );
  const allowed = ALLOWED_ALGS.find((a) => a === alg);
  if (!allowed)
    throw new VerifyError(
      'ERR_ALG_NOT_ALLOWED',
      `alg "${alg.slice(0, 20)}" is not on the allow-list`,
      `Accepted: ${ALLOWED_ALGS.join(', ')}`,
    );
  if (header.b64 === false)
    throw new VerifyError(
      'ERR_HEADER_NOT_ALLOWED',
      'an unencoded payload (b64: false), which badges never use',
    );
  if (header.crit !== undefined)
    throw new VerifyError(
      'ERR_HEADER_NOT_ALLOWED',
      'it marks header extensions as critical that this verifier does not understand (RFC 7515 §4.1.11)',
      `crit: ${JSON.stringify(header.crit).slice(0, 200)}`,
    );
  return allowed;
}
