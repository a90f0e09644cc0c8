/**
 * Parsing a compact JWS before anything is trusted: the protected header, the algorithm
 * allow-list (asymmetric algorithms only: never `none`, never HMAC), and the payload.
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
  header: Record<string, unknown>;
  /** The header's algorithm; check it with `assertAllowedAlg` before trusting anything. */
  alg: AllowedAlg;
  payload: unknown;
  /** Header members that were present but deliberately not used. */
  ignored: string[];
}

const decodeJson = (part: string, what: string): unknown => {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(base64url.decode(part));
  } catch {
    throw new VerifyError('ERR_JWS_MALFORMED', `The token's ${what} is not valid base64url-encoded UTF-8.`);
  }
  return parseJson(text);
};

/** Decodes header and payload. Says nothing yet about whether the algorithm is acceptable. */
export function parseCompactJws(token: string): ParsedJws {
  if (!COMPACT_JWS.test(token))
    throw new VerifyError(
      'ERR_JWS_MALFORMED',
      'This is not a compact JWS: it needs three base64url parts separated by dots.',
    );
  const [h = '', p = ''] = token.split('.');
  const header = decodeJson(h, 'header');
  if (!isRecord(header))
    throw new VerifyError('ERR_JWS_MALFORMED', "The token's header is not a JSON object.");
  const payload = decodeJson(p, 'payload');
  const ignored = IGNORED_HEADERS.filter((k) => k in header);
  return { token, header, alg: String(header.alg) as AllowedAlg, payload, ignored: [...ignored] };
}

/** The algorithm allow-list and the header members we refuse. Throws VerifyError. */
export function assertAllowedAlg(header: Record<string, unknown>): AllowedAlg {
  const alg = header.alg;
  if (typeof alg !== 'string')
    throw new VerifyError('ERR_ALG_NOT_ALLOWED', 'The token does not say which algorithm signed it.');
  if (alg.toLowerCase() === 'none')
    throw new VerifyError(
      'ERR_ALG_NOT_ALLOWED',
      'The token is unsigned (algorithm "none"). An unsigned badge proves nothing.',
      `alg: ${alg}`,
    );
  if (/^HS/i.test(alg)) {
    throw new VerifyError(
      'ERR_ALG_NOT_ALLOWED',
      "The token uses a shared-secret algorithm (HMAC). Badges must be signed with the issuer's private key, so this cannot be trusted.",
      `alg: ${alg}`,
    );
  }
  if (!(ALLOWED_ALGS as readonly string[]).includes(alg))
    throw new VerifyError(
      'ERR_ALG_NOT_ALLOWED',
      `The token's algorithm "${alg.slice(0, 20)}" is not one we accept.`,
      `Accepted: ${ALLOWED_ALGS.join(', ')}`,
    );
  if (header.b64 === false)
    throw new VerifyError(
      'ERR_HEADER_NOT_ALLOWED',
      'The token uses an unencoded payload (b64: false), which badges never do.',
    );
  if (header.crit !== undefined) {
    throw new VerifyError(
      'ERR_HEADER_NOT_ALLOWED',
      'The token marks header extensions as critical that this verifier does not understand, so it must be rejected.',
      `crit: ${JSON.stringify(header.crit).slice(0, 200)}`,
    );
  }
  return alg as AllowedAlg;
}
