/** Verifying one endorsement: its signature (JWT or embedded proof), its dates, who made it. */
import type { VerifyContext } from '../context.ts';
import { parseDateTime, viewCredential } from '../credential-view.ts';
import { VerifyError } from '../errors.ts';
import { asList, idOf, isRecord, str } from '../json.ts';
import { assertAllowedAlg, parseCompactJws } from '../jws.ts';
import { verifyJwsSignature } from '../proof-jws.ts';
import type { EndorsementResult } from './endorsements.ts';

const UNKNOWN_CODES = new Set([
  'ERR_FETCH_NOT_ALLOWED',
  'ERR_FETCH_FAILED',
  'ERR_CONTEXT_UNKNOWN',
  'ERR_PROOF_UNSUPPORTED',
  'ERR_KEY_UNRESOLVED',
  'ERR_TOO_COMPLEX',
]);

export async function verifyEndorsement(
  e: string | Record<string, unknown>,
  ctx: VerifyContext,
): Promise<EndorsementResult> {
  let credential: Record<string, unknown> | undefined;
  try {
    if (typeof e === 'string') {
      const jws = parseCompactJws(e);
      assertAllowedAlg(jws.header);
      await verifyJwsSignature(jws, ctx.registry, ctx.resources);
      if (!isRecord(jws.payload))
        throw new VerifyError('ERR_NOT_A_BADGE', 'The endorsement token carries no credential.');
      credential = isRecord(jws.payload.vc) ? jws.payload.vc : jws.payload;
    } else {
      credential = e;
      const { verifyDataIntegrity } = await import('../data-integrity/index.ts');
      await verifyDataIntegrity(e, ctx.registry, ctx.resources);
    }
  } catch (err) {
    const c = credential ?? (typeof e === 'string' ? undefined : e);
    return {
      name: str(c?.name) ?? 'Endorsement',
      endorser: endorserOf(c),
      ok: err instanceof VerifyError && UNKNOWN_CODES.has(err.code) ? 'unknown' : false,
      why: err instanceof Error ? err.message : String(err),
    };
  }
  const v = viewCredential(credential);
  const types = asList(credential.type);
  const until = parseDateTime(v.validUntil);
  const from = parseDateTime(v.validFrom);
  const base = { name: str(credential.name) ?? 'Endorsement', endorser: endorserOf(credential) };
  if (!types.includes('EndorsementCredential'))
    return { ...base, ok: false, why: 'signed, but not an EndorsementCredential' };
  if (until !== undefined && until < ctx.now - ctx.clockToleranceMs)
    return { ...base, ok: false, why: `expired on ${v.validUntil}` };
  if (from !== undefined && from > ctx.now + ctx.clockToleranceMs)
    return { ...base, ok: false, why: `not valid until ${v.validFrom}` };
  const registered = v.issuerId ? ctx.registry.issuerByProfile(v.issuerId) : undefined;
  return {
    ...base,
    ok: true,
    why: registered
      ? 'signature valid; the endorser is registered in this catalog'
      : 'signature valid; the endorser is not registered in this catalog',
  };
}

/** Who made an endorsement, as it says (untrusted until its signature is checked). */
export function endorserOf(c: Record<string, unknown> | undefined): string {
  if (!c) return 'an unknown endorser';
  const issuer = c.issuer;
  return (
    (isRecord(issuer) ? str(issuer.name) : undefined) ?? idOf(issuer)?.slice(0, 120) ?? 'an unknown endorser'
  );
}
