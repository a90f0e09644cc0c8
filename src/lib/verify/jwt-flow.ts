/**
 * Verifying a VC-JWT badge: OB 3.0 (credential as payload), W3C `vc+jwt`, or VC 1.1 (`vc`
 * claim). Checks run in DESIGN.md's order; a failed signature stops everything after it.
 */
import { checkAchievement } from './checks/achievement.ts';
import { checkClaims } from './checks/claims.ts';
import { checkDates } from './checks/dates.ts';
import { checkIssuer, checkKey } from './checks/key.ts';
import { checkRecipient } from './checks/recipient.ts';
import { checkStatus, type StatusContext } from './checks/status.ts';
import { checkStructure } from './checks/structure.ts';
import { parseDateTime, viewCredential, type CredentialView } from './credential-view.ts';
import { describeError, VerifyError } from './errors.ts';
import { isRecord } from './json.ts';
import { assertAllowedAlg, type ParsedJws } from './jws.ts';
import type { ResolvedKey } from './jws-key.ts';
import { verifyJwsSignature } from './proof-jws.ts';
import { FORMAT_PHRASES, type CatalogMatch, type Format, type ReportLog } from './report.ts';
import type { VerifyContext } from './context.ts';

export const SIGNATURE_FAILED = 'Not checked: the signature failed, so nothing in this badge can be trusted.';
export const SIGNATURE_UNKNOWN =
  'Not checked: without a checked signature nothing else in the badge can be trusted.';

/** Which JWT profile a token follows, from its header and payload. */
export function jwtFormat(jws: ParsedJws): Format | 'presentation' | undefined {
  const p = jws.payload;
  if (!isRecord(p)) return undefined;
  const typ = typeof jws.header.typ === 'string' ? jws.header.typ.toLowerCase() : '';
  if (
    typ === 'vp+jwt' ||
    isRecord(p.vp) ||
    (Array.isArray(p.type) && p.type.includes('VerifiablePresentation'))
  )
    return 'presentation';
  if (isRecord(p.vc)) return 'vc1-jwt';
  if (!('@context' in p)) return undefined;
  if (typ === 'vc+jwt' || jws.header.cty === 'vc') return 'vc-jose-jwt';
  return 'ob3-vc-jwt';
}

/** The credential a JWT carries: `vc` for VC 1.1, else the payload without JWT claims. */
export function credentialOf(payload: Record<string, unknown>, format: Format): Record<string, unknown> {
  if (format === 'vc1-jwt' && isRecord(payload.vc)) return payload.vc;
  return payload;
}

export interface JwtResult {
  format: Format;
  view?: CredentialView;
  credential?: Record<string, unknown>;
}

/** Verifies a signed status-list JWT the same way as a badge's signature; returns its credential. */
export async function verifyJwtDocument(
  jws: ParsedJws,
  ctx: VerifyContext,
): Promise<{ credential: Record<string, unknown>; key: ResolvedKey }> {
  assertAllowedAlg(jws.header);
  const key = await verifyJwsSignature(jws, ctx.registry, ctx.resources);
  if (!isRecord(jws.payload))
    throw new VerifyError('ERR_NOT_A_BADGE', 'The signed document is not a JSON object.');
  const format = jwtFormat(jws);
  return { credential: credentialOf(jws.payload, format === 'vc1-jwt' ? 'vc1-jwt' : 'ob3-vc-jwt'), key };
}

export async function verifyJwt(
  jws: ParsedJws,
  container: string,
  ctx: VerifyContext,
  log: ReportLog,
  match: CatalogMatch,
): Promise<JwtResult> {
  const detected = jwtFormat(jws);
  if (detected === 'presentation') {
    log.add(
      'format',
      'fail',
      'This is a verifiable presentation (a wrapper around credentials). Paste one of the badges inside it instead.',
      { code: 'ERR_PRESENTATION' },
    );
    return { format: 'unknown' };
  }
  if (!detected || !isRecord(jws.payload)) {
    log.add('format', 'fail', 'This is a signed token, but it does not carry a credential.', {
      detail: `header: ${JSON.stringify(jws.header).slice(0, 300)}`,
      code: 'ERR_NOT_A_BADGE',
    });
    return { format: 'unknown' };
  }
  const format = detected;
  const payload = jws.payload;
  const credential = credentialOf(payload, format);
  const view = viewCredential(credential);
  log.add('format', 'pass', `Read ${FORMAT_PHRASES[format]} from ${container}.`, {
    detail: `header: ${JSON.stringify(jws.header).slice(0, 500)}`,
  });
  checkStructure(view, log);

  let key: ResolvedKey;
  try {
    assertAllowedAlg(jws.header);
    key = await verifyJwsSignature(jws, ctx.registry, ctx.resources);
  } catch (e) {
    const unknown =
      e instanceof VerifyError && (e.code === 'ERR_FETCH_NOT_ALLOWED' || e.code === 'ERR_FETCH_FAILED');
    log.add(
      'proof',
      unknown ? 'warn' : 'fail',
      unknown
        ? `The signature could not be checked: ${e.message}`
        : e instanceof VerifyError
          ? e.message
          : 'The signature could not be verified.',
      {
        detail: e instanceof VerifyError ? (e.detail ?? e.code) : describeError(e),
        code: e instanceof VerifyError ? e.code : 'ERR_SIGNATURE_INVALID',
      },
    );
    log.stop(unknown ? SIGNATURE_UNKNOWN : SIGNATURE_FAILED);
    return { format, view, credential };
  }
  log.add(
    'proof',
    'pass',
    `The ${jws.alg} signature is valid: the badge has not been changed since it was signed.`,
    { detail: [`key thumbprint ${key.thumbprint}`, ...key.notes].join('; ') },
  );

  const claims = checkClaims(payload, view, format, log);
  const issuedAt = claims.iat ?? claims.nbf ?? parseDateTime(view.validFrom);
  checkKey(view, key, issuedAt, ctx.registry, log);
  await checkIssuer(view, ctx.registry, log);
  checkDates(view, claims, ctx.now, log, ctx.clockToleranceMs);
  await checkStatus(view, statusContext(ctx, key.thumbprint), log);
  checkAchievement(view, ctx.registry, log, match);
  await ctx.checkEndorsements(view, log);
  await checkRecipient(view, ctx.recipientEmail, log);
  return { format, view, credential };
}

export function statusContext(ctx: VerifyContext, badgeKey: string): StatusContext {
  return { registry: ctx.registry, resources: ctx.resources, verifyList: ctx.verifyList, badgeKey };
}
