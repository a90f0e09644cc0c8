/**
 * JWT claims against the credential they carry (Open Badges 3.0, "JWT Proof" and its
 * verification steps: https://www.imsglobal.org/spec/ob/v3p0/; W3C VC-JOSE-COSE:
 * https://www.w3.org/TR/vc-jose-cose/). OB 3.0 says iss, sub, nbf and jti MUST match; 1EdTech's
 * own samples omit `sub`, and W3C `vc+jwt` tokens carry no `nbf`, so an absent claim is tolerated
 * and said so. A claim that is present and disagrees is a failure: the token and the credential
 * inside it tell two stories.
 */
import type { CredentialView } from '../credential-view.ts';
import { parseDateTime } from '../credential-view.ts';
import { isRecord } from '../json.ts';
import { pass, problem, skip, type CheckUnit, type Outcome } from '../pipeline/check.ts';
import { clipText, type Format } from '../report.ts';
import type { CredentialSubject, TokenDates } from '../subject.ts';

const REGISTERED = ['iss', 'sub', 'nbf', 'exp', 'iat', 'jti', 'aud'] as const;
const DATE_CLAIMS = ['nbf', 'exp', 'iat'] as const;

/** Seconds since the epoch from a NumericDate; W3C test tokens use ISO strings for `iat`. */
export function numericDate(v: unknown): number | undefined {
  if (typeof v === 'number' && Number.isFinite(v) && Math.abs(v) < 1e11) return v;
  if (typeof v === 'string') {
    const t = parseDateTime(v);
    return t === undefined ? undefined : t / 1000;
  }
  return undefined;
}

/** The token's date claims that are dates, in milliseconds (one that is not is the claims check's failure). */
export function tokenDates(payload: Record<string, unknown>): TokenDates {
  const dates: TokenDates = {};
  for (const claim of DATE_CLAIMS) {
    const s = numericDate(payload[claim]);
    if (s !== undefined) dates[claim] = s * 1000;
  }
  return dates;
}

export const claimsCheck: CheckUnit<CredentialSubject, 'claims'> = {
  id: 'claims',
  run: (s) =>
    s.token
      ? compareClaims(s.token.payload, s.view, s.format)
      : skip('No token claims to compare: the proof is embedded in the credential.'),
};

const sameSecond = (a: number, b: number) => Math.floor(a / 1000) === Math.floor(b / 1000);

function compareClaims(payload: Record<string, unknown>, v: CredentialView, format: Format): Outcome<never> {
  const mismatches: string[] = [];
  const tolerated: string[] = [];
  const present = REGISTERED.filter((c) => c in payload);

  if (format === 'vc-jose-jwt' && ('vc' in payload || 'vp' in payload)) {
    mismatches.push('a vc+jwt token must not carry a "vc" or "vp" claim (VC-JOSE-COSE)');
  }
  const iss = payload.iss;
  if (iss === undefined) tolerated.push('no iss claim');
  else if (iss !== v.issuerId)
    mismatches.push(
      `iss is ${JSON.stringify(iss).slice(0, 120)} but the issuer is ${clipText(v.issuerId ?? '(none)', 300)}`,
    );

  const sub = payload.sub;
  if (sub === undefined) {
    if (v.subjectId)
      tolerated.push("no sub claim although the subject has an id (1EdTech's own samples do the same)");
  } else if (sub !== v.subjectId)
    mismatches.push(
      `sub is ${JSON.stringify(sub).slice(0, 120)} but the subject id is ${clipText(v.subjectId ?? '(none)', 300)}`,
    );

  const jti = payload.jti;
  if (jti === undefined) tolerated.push('no jti claim');
  else if (jti !== v.id)
    mismatches.push(
      `jti is ${JSON.stringify(jti).slice(0, 120)} but the credential id is ${clipText(v.id ?? '(none)', 300)}`,
    );

  for (const claim of DATE_CLAIMS)
    if (payload[claim] !== undefined && numericDate(payload[claim]) === undefined)
      mismatches.push(`${claim} is not a date`);
  const dates = tokenDates(payload);
  const from = parseDateTime(v.validFrom);
  if (dates.nbf !== undefined && from !== undefined && !sameSecond(dates.nbf, from)) {
    mismatches.push(
      `nbf (${new Date(dates.nbf).toISOString()}) differs from ${v.version === '1.1' ? 'issuanceDate' : 'validFrom'} (${v.validFrom})`,
    );
  } else if (dates.nbf === undefined && format !== 'vc-jose-jwt') tolerated.push('no nbf claim');
  const until = parseDateTime(v.validUntil);
  if (dates.exp !== undefined && until !== undefined && !sameSecond(dates.exp, until)) {
    mismatches.push(
      `exp (${new Date(dates.exp).toISOString()}) differs from ${v.version === '1.1' ? 'expirationDate' : 'validUntil'} (${v.validUntil})`,
    );
  }
  if (isRecord(payload.vc) && format !== 'vc1-jwt') mismatches.push('unexpected vc claim');

  const detail = `claims present: ${present.join(', ') || 'none'}${tolerated.length ? `; tolerated: ${tolerated.join('; ')}` : ''}`;
  if (mismatches.length)
    return problem(
      'ERR_CLAIMS_MISMATCH',
      "The token's claims disagree with the credential it carries.",
      `${mismatches.join('; ')}; ${detail}`,
    );
  if (tolerated.length)
    return pass(
      `The token's claims agree with the credential (some optional-in-practice claims are absent: ${tolerated.join('; ')}).`,
      detail,
    );
  return pass("The token's claims (issuer, subject, id, dates) agree with the credential.", detail);
}
