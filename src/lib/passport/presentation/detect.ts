/**
 * Whether a text is a Verifiable Presentation (https://www.w3.org/TR/vc-data-model-2.0/#verifiable-presentations):
 * a VP-JWT (VC 1.1's `vp` claim, or VC-JOSE-COSE's `vp+jwt` whose payload is the presentation),
 * JSON whose type is VerifiablePresentation (usually with a Data Integrity proof by its holder),
 * or an EnvelopedVerifiablePresentation carrying a VP-JWT in a data: URL. Cheap: it parses, it
 * does not verify.
 */
import { jwtFormat } from '../../verify/formats/vc-jwt.ts';
import { asList, isRecord, parseJson, str } from '../../verify/json.ts';
import { COMPACT_JWS, parseCompactJws, type ParsedJws } from '../../verify/jws.ts';

export type Presentation =
  | { kind: 'jwt'; jws: ParsedJws; payload: Record<string, unknown>; vp: Record<string, unknown> }
  | { kind: 'json'; vp: Record<string, unknown> };

const isVp = (v: unknown): v is Record<string, unknown> =>
  isRecord(v) && asList(v.type).includes('VerifiablePresentation');

function fromJwt(token: string): Presentation | undefined {
  let jws: ParsedJws;
  try {
    jws = parseCompactJws(token);
  } catch {
    return undefined;
  }
  if (jwtFormat(jws) !== 'presentation' || !isRecord(jws.payload)) return undefined;
  const payload = jws.payload;
  const vp = isRecord(payload.vp) ? payload.vp : payload;
  return { kind: 'jwt', jws, payload, vp };
}

const ENVELOPED_VP = /^data:application\/(?:vp\+jwt|jwt|vp\+ld\+json\+jwt)[^,]*,(.+)$/s;

/** The presentation a text is, or undefined when it is something else (a credential, say). */
export function presentationOf(text: string): Presentation | undefined {
  const t = text.trim();
  if (COMPACT_JWS.test(t)) return fromJwt(t);
  if (!t.startsWith('{')) return undefined;
  let json: unknown;
  try {
    json = parseJson(t);
  } catch {
    return undefined;
  }
  if (!isRecord(json)) return undefined;
  if (asList(json.type).includes('EnvelopedVerifiablePresentation')) {
    const m = ENVELOPED_VP.exec(str(json.id) ?? '');
    return m?.[1] ? fromJwt(m[1]) : undefined;
  }
  return isVp(json) ? { kind: 'json', vp: json } : undefined;
}

/** The most credentials one presentation may carry here; the rest are reported, not read. */
export const MAX_PRESENTED = 500;

/** The credentials inside, each as the text a badge is verified from. */
export function presentedCredentials(vp: Record<string, unknown>): { texts: string[]; dropped: number } {
  const all = asList(vp.verifiableCredential);
  const texts = all
    .slice(0, MAX_PRESENTED)
    .map((c) => (typeof c === 'string' ? c : JSON.stringify(c)))
    .filter((t): t is string => typeof t === 'string' && t.length > 0);
  return { texts, dropped: Math.max(0, all.length - MAX_PRESENTED) };
}

/** The holder the presentation names: its `holder`, or a VP-JWT's `iss`. */
export function namedHolder(p: Presentation): string | undefined {
  const h = p.vp.holder;
  const id = typeof h === 'string' ? h : isRecord(h) ? str(h.id) : undefined;
  return id ?? (p.kind === 'jwt' ? str(p.payload.iss) : undefined);
}
