/** Verifying one endorsement: its signature (JWT or embedded proof), its dates, who made it. */
import type { VerifyContext } from '../context.ts';
import { parseDateTime, viewCredential } from '../credential-view.ts';
import { explain, meaningOf, VerifyError } from '../errors.ts';
import { verifySignedJson, verifySignedJws } from '../documents.ts';
import { asList, idOf, isRecord, str } from '../json.ts';
import type { EndorsementResult } from './endorsements.ts';

export async function verifyEndorsement(
  e: string | Record<string, unknown>,
  ctx: VerifyContext,
): Promise<EndorsementResult> {
  let credential: Record<string, unknown>;
  try {
    ({ credential } = typeof e === 'string' ? await verifySignedJws(e, ctx) : await verifySignedJson(e, ctx));
  } catch (err) {
    const known = err instanceof VerifyError ? err : undefined;
    return {
      name: typeof e === 'string' ? 'Endorsement' : endorsementName(e),
      endorser: endorserOf(typeof e === 'string' ? undefined : e),
      ok: known && meaningOf(known.code) === 'unknown' ? 'unknown' : false,
      why: known ? explain(known, 'the endorsement') : String(err),
    };
  }
  const v = viewCredential(credential);
  const until = parseDateTime(v.validUntil);
  const from = parseDateTime(v.validFrom);
  const base = { name: endorsementName(credential), endorser: endorserOf(credential) };
  if (!asList(credential.type).includes('EndorsementCredential'))
    return { ...base, ok: false, why: 'signed, but not an EndorsementCredential' };
  if (until !== undefined && until < ctx.now - ctx.clockToleranceMs)
    return { ...base, ok: 'expired', why: `signature valid; expired on ${v.validUntil}` };
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

export const endorsementName = (c: Record<string, unknown>) => str(c.name) ?? 'Endorsement';

/** Who made an endorsement, as it says (untrusted until its signature is checked). */
export function endorserOf(c: Record<string, unknown> | undefined): string {
  if (!c) return 'an unknown endorser';
  const issuer = c.issuer;
  return (
    (isRecord(issuer) ? str(issuer.name) : undefined) ?? idOf(issuer)?.slice(0, 120) ?? 'an unknown endorser'
  );
}

/** The shape of an EndorsementCredential, for one read on its own (loaded with this module). */
export { endorsementStructure } from './structure-endorsement.ts';
