/**
 * Signed documents other than the badge itself: status lists and endorsements. Each is a JWS (its
 * key named in its header) or JSON with an embedded Data Integrity proof, checked exactly as a
 * badge's signature is. Errors are `VerifyError`s with technical reasons; the check that asked
 * (status, endorsements) says what they mean for the badge.
 */
import type { VerifyContext } from './context.ts';
import { VerifyError } from './errors.ts';
import { isRecord, parseJson } from './json.ts';
import type { ResolvedKey } from './jws-key.ts';
import { parseCompactJws, readCompactJws, type ParsedJws } from './jws.ts';
import { verifyJwsWithHeaderKey } from './proof-jws.ts';
import { loadPart } from './lazy.ts';

export interface SignedDocument {
  /** The credential the document carries. */
  credential: Record<string, unknown>;
  /** The key that verified, with who controls it and whether the catalog publishes it. */
  key: ResolvedKey;
  /** How the signature was checked, for details. */
  how: string;
}

type Keys = Pick<VerifyContext, 'registry' | 'resources'>;

const withWhose = (key: ResolvedKey, otherwise: string) =>
  key.catalog ? `${key.catalog.issuer.name}'s published key` : otherwise;

/** A compact JWS: its payload, or the VC 1.1 `vc` claim inside it. */
export async function verifySignedJws(token: string, ctx: Keys): Promise<SignedDocument> {
  return verifyParsedJws(parseCompactJws(token), ctx);
}

async function verifyParsedJws(jws: ParsedJws, ctx: Keys): Promise<SignedDocument> {
  const { key } = await verifyJwsWithHeaderKey(jws, ctx.registry, ctx.resources);
  if (!isRecord(jws.payload))
    throw new VerifyError('ERR_NOT_A_BADGE', 'the token payload is not a JSON object');
  const credential = isRecord(jws.payload.vc) ? jws.payload.vc : jws.payload;
  return { credential, key, how: `JWS signature checked with ${withWhose(key, `key ${key.thumbprint}`)}` };
}

/** JSON with an embedded Data Integrity proof (the proof code loads on demand). */
export async function verifySignedJson(json: unknown, ctx: Keys): Promise<SignedDocument> {
  if (!isRecord(json)) throw new VerifyError('ERR_NOT_A_BADGE', 'the document is not a JSON object');
  const { verifyDataIntegrity } = await loadPart(
    import('./data-integrity/index.ts'),
    'the Data Integrity verifier',
  );
  const { method, suite } = await verifyDataIntegrity(json, ctx.registry, ctx.resources);
  return {
    credential: json,
    key: method,
    how: `${suite.name} proof checked with ${withWhose(method, `the key of ${method.controller.slice(0, 120)}`)}`,
  };
}

/** A document as fetched: a JWS, or JSON with a proof. */
export function verifySignedText(text: string, ctx: Keys): Promise<SignedDocument> {
  const trimmed = text.trim();
  const jws = readCompactJws(trimmed);
  return jws ? verifyParsedJws(jws, ctx) : verifySignedJson(parseJson(trimmed, { maxChars: 4_000_000 }), ctx);
}
