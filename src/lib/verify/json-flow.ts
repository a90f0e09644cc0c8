/**
 * Verifying a badge that arrives as JSON: a credential with embedded Data Integrity proofs, or
 * an Open Badges 2.0 assertion (signed or hosted). The heavy code for each loads on demand.
 */
import { checkAchievement } from './checks/achievement.ts';
import { checkDates } from './checks/dates.ts';
import { checkIssuer, checkKey } from './checks/key.ts';
import { checkRecipient } from './checks/recipient.ts';
import type { SignedList } from './checks/status.ts';
import { checkStatus } from './checks/status.ts';
import { checkStructure } from './checks/structure.ts';
import type { VerifyContext } from './context.ts';
import { parseDateTime, viewCredential } from './credential-view.ts';
import { describeError, VerifyError } from './errors.ts';
import { asList, isRecord, str } from './json.ts';
import { SIGNATURE_FAILED, SIGNATURE_UNKNOWN, statusContext, type JwtResult } from './jwt-flow.ts';
import { FORMAT_PHRASES, type CatalogMatch, type ReportLog } from './report.ts';

const OB2_CONTEXT =
  /^https:\/\/w3id\.org\/openbadges\/v2\/?$|^https:\/\/openbadgespec\.org\/v2\/context\.json$/;

export function isOb2Assertion(json: unknown): boolean {
  if (!isRecord(json)) return false;
  return (
    asList(json['@context']).some((c) => typeof c === 'string' && OB2_CONTEXT.test(c)) ||
    (json.type === 'Assertion' && 'badge' in json)
  );
}

export async function verifyJsonBadge(
  json: unknown,
  container: string,
  ctx: VerifyContext,
  log: ReportLog,
  match: CatalogMatch,
): Promise<JwtResult> {
  if (typeof json === 'string' || isOb2Assertion(json)) {
    const { verifyOb2 } = await import('./ob2/index.ts');
    return verifyOb2(json, container, ctx, log, match);
  }
  if (!isRecord(json) || !('@context' in json)) {
    log.add('format', 'fail', 'This JSON is not a verifiable credential or an Open Badge.', {
      code: 'ERR_NOT_A_BADGE',
    });
    return { format: 'unknown' };
  }
  const view = viewCredential(json);
  const format = view.isOpenBadge ? 'ob3-json-data-integrity' : 'vc-json-data-integrity';
  log.add('format', 'pass', `Read ${FORMAT_PHRASES[format]} from ${container}.`);
  checkStructure(view, log);
  if (!asList(json.proof).length) {
    log.add('proof', 'fail', 'The credential carries no signature, so anyone could have written it.', {
      code: 'ERR_NO_PROOF',
    });
    log.stop(SIGNATURE_FAILED);
    return { format, view, credential: json };
  }
  let result;
  try {
    const { verifyDataIntegrity } = await import('./data-integrity/index.ts');
    result = await verifyDataIntegrity(json, ctx.registry, ctx.resources);
  } catch (e) {
    const unknown =
      e instanceof VerifyError &&
      [
        'ERR_FETCH_NOT_ALLOWED',
        'ERR_FETCH_FAILED',
        'ERR_CONTEXT_UNKNOWN',
        'ERR_PROOF_UNSUPPORTED',
        'ERR_TOO_COMPLEX',
      ].includes(e.code);
    log.add(
      'proof',
      unknown ? 'warn' : 'fail',
      e instanceof VerifyError
        ? unknown
          ? `The signature could not be checked: ${e.message}`
          : e.message
        : 'The proof could not be verified.',
      {
        detail: e instanceof VerifyError ? (e.detail ?? e.code) : describeError(e),
        code: e instanceof VerifyError ? e.code : 'ERR_SIGNATURE_INVALID',
      },
    );
    log.stop(unknown ? SIGNATURE_UNKNOWN : SIGNATURE_FAILED);
    return { format, view, credential: json };
  }
  const { suite, method } = result;
  const which =
    result.proofCount > 1
      ? ` Proof ${result.proofNumber} of ${result.proofCount} verified; one valid proof suffices.`
      : '';
  const detail = [
    `${suite.name}; verification method ${method.methodId.slice(0, 200)}`,
    ...method.notes,
    ...result.others,
  ].join('\n');
  if (suite.deprecated) {
    log.add(
      'proof',
      'warn',
      `The signature is valid, but it uses ${suite.name}, a deprecated suite.${which}`,
      { detail, code: 'WARN_DEPRECATED_SUITE' },
    );
  } else if (suite.outsideOb3 && view.isOpenBadge) {
    log.add(
      'proof',
      'warn',
      `The signature is valid, but ${suite.name} is not an Open Badges 3.0 conformance suite, so other verifiers may reject it.${which}`,
      { detail, code: 'WARN_NONCONFORMANT_SUITE' },
    );
  } else {
    log.add(
      'proof',
      'pass',
      `The ${suite.name} signature is valid: the badge has not been changed since it was signed.${which}`,
      { detail },
    );
  }
  log.add('claims', 'skip', 'No token claims to compare: the proof is embedded in the credential.');
  const proof = asList(json.proof).filter(isRecord)[result.proofNumber - 1];
  const issuedAt = parseDateTime(proof ? str(proof.created) : undefined) ?? parseDateTime(view.validFrom);
  checkKey(view, method, issuedAt, ctx.registry, log);
  await checkIssuer(view, ctx.registry, log);
  checkDates(view, {}, ctx.now, log, ctx.clockToleranceMs);
  await checkStatus(view, statusContext(ctx, method.thumbprint), log);
  checkAchievement(view, ctx.registry, log, match);
  await ctx.checkEndorsements(view, log);
  await checkRecipient(view, ctx.recipientEmail, log);
  return { format, view, credential: json };
}

/** A status list (or endorsement) in JSON with an embedded proof. */
export async function verifyJsonDocument(json: unknown, ctx: VerifyContext): Promise<SignedList> {
  if (!isRecord(json)) throw new VerifyError('ERR_NOT_A_BADGE', 'The document is not a JSON object.');
  const { verifyDataIntegrity } = await import('./data-integrity/index.ts');
  const { method, suite } = await verifyDataIntegrity(json, ctx.registry, ctx.resources);
  return {
    credential: json,
    thumbprint: method.thumbprint,
    controller: method.controller,
    ...(method.catalog ? { catalogIssuer: method.catalog.issuer.id } : {}),
    how: `${suite.name} proof checked with ${method.catalog ? `${method.catalog.issuer.name}'s published key` : `the key of ${method.controller.slice(0, 120)}`}`,
  };
}
