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

const decodeJson = (part: string, what: string): unknown => {
  let text: string;
  try {
    text = utf8.decode(base64url.decode(part));
  } catch {
    throw new VerifyError('ERR_JWS_MALFORMED', `its ${what} is not base64url-encoded UTF-8`);
  }
  return parseJson(text);
};

/** Decodes header and payload. Says nothing about whether the algorithm is acceptable. */
export function parseCompactJws(token: string): ParsedJws {
  if (!COMPACT_JWS.test(token))
    throw new VerifyError('ERR_JWS_MALFORMED', 'a compact JWS has three base64url parts separated by dots');
  const [h = '', p = ''] = token.split('.');
  const header = decodeJson(h, 'header');
  if (!isRecord(header)) throw new VerifyError('ERR_JWS_MALFORMED', 'its header is not a JSON object');
  const payload = decodeJson(p, 'payload');
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
