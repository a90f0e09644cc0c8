/**
 * Which format a badge's text is, and verifying it as that: a compact JWS (a VC-JWT, or a signed
 * OB 2.0 assertion), JSON (a credential with a proof, an enveloped credential, an OB 2.0
 * assertion), or the URL of a hosted assertion. OB 2.0 code loads only for an OB 2.0 badge.
 */
import type { VerifyContext } from '../context.ts';
import { VerifyError } from '../errors.ts';
import { asList, isRecord, parseJson, str } from '../json.ts';
import { readCompactJws } from '../jws.ts';
import { verifyWith, type Verified } from './format.ts';
import { vcJson } from './vc-json.ts';
import { vcJwt } from './vc-jwt.ts';
import { loadPart } from '../lazy.ts';

const MAX_ENVELOPE_DEPTH = 2;

const OB2_CONTEXT =
  /^https:\/\/w3id\.org\/openbadges\/v2\/?$|^https:\/\/openbadgespec\.org\/v2\/context\.json$/;

export function isOb2Assertion(json: unknown): boolean {
  if (!isRecord(json)) return false;
  return (
    asList(json['@context']).some((c) => typeof c === 'string' && OB2_CONTEXT.test(c)) ||
    (json.type === 'Assertion' && 'badge' in json)
  );
}

/** An EnvelopedVerifiableCredential carries its token in a data: URL id (VC 2.0 "Enveloped Verifiable Credentials"). */
function envelopedToken(json: unknown): string | undefined {
  if (!isRecord(json)) return undefined;
  const types = Array.isArray(json.type) ? json.type : [json.type];
  if (!types.includes('EnvelopedVerifiableCredential')) return undefined;
  const m = /^data:application\/(?:vc\+jwt|jwt|vc\+ld\+json\+jwt)[^,]*,(.+)$/s.exec(str(json.id) ?? '');
  if (!m?.[1]) throw new VerifyError('ERR_UNREADABLE', 'the enveloped credential does not carry a VC-JWT');
  return m[1];
}

async function verifyJson(json: unknown, container: string, ctx: VerifyContext): Promise<Verified> {
  if (typeof json === 'string' || isOb2Assertion(json)) {
    const { ob2Hosted } = await loadPart(import('./ob2/index.ts'), 'the Open Badges 2.0 reader');
    return verifyWith(ob2Hosted, json, container, ctx);
  }
  return verifyWith(vcJson, json, container, ctx);
}

/** Verifies a badge's text. Throws VerifyError when it is no badge at all. */
export async function verifyText(
  text: string,
  container: string,
  ctx: VerifyContext,
  depth = 0,
): Promise<Verified> {
  const jws = readCompactJws(text);
  if (jws) {
    if (isOb2Assertion(jws.payload)) {
      const { ob2Signed } = await loadPart(import('./ob2/index.ts'), 'the Open Badges 2.0 reader');
      return verifyWith(ob2Signed, jws, container, ctx);
    }
    return verifyWith(vcJwt, jws, container, ctx);
  }
  if (text.startsWith('{') || text.startsWith('[')) {
    const json = parseJson(text);
    const enveloped = envelopedToken(json);
    if (enveloped === undefined) return verifyJson(json, container, ctx);
    if (depth >= MAX_ENVELOPE_DEPTH)
      throw new VerifyError('ERR_UNREADABLE', 'the credential is wrapped too many times');
    return verifyText(enveloped, `${container}, enveloped`, ctx, depth + 1);
  }
  if (/^https?:\/\/\S+$/.test(text)) return verifyJson(text, container, ctx);
  throw new VerifyError(
    'ERR_NOT_A_BADGE',
    'paste a token (three parts separated by dots), JSON, or drop a PNG or SVG badge image',
  );
}
