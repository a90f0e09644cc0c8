/**
 * Validity dates (Open Badges 3.0 "Verification and Validation": https://www.imsglobal.org/spec/ob/v3p0/),
 * with a small tolerance for clock skew. A token's `nbf` and `exp` stand in for a credential's
 * missing validFrom and validUntil.
 */
import { parseDateTime } from '../credential-view.ts';
import { pass, problem, type CheckUnit } from '../pipeline/check.ts';
import type { CredentialSubject } from '../subject.ts';
import { tokenDates } from './claims.ts';

export const CLOCK_TOLERANCE_MS = 5 * 60 * 1000;

const fmt = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');

export const datesCheck: CheckUnit<CredentialSubject, 'dates'> = {
  id: 'dates',
  run(s, { now, clockToleranceMs: tolerance }) {
    const token = s.token ? tokenDates(s.token.payload) : {};
    const from = parseDateTime(s.view.validFrom) ?? token.nbf;
    // When the token has an exp but the credential no validUntil, exp sets it.
    const until = parseDateTime(s.view.validUntil) ?? token.exp;
    if (from === undefined)
      return problem('WARN_NO_VALID_FROM', 'The badge does not say from when it is valid.');
    if (from > now + tolerance)
      return problem(
        'ERR_NOT_YET_VALID',
        `The badge is not valid yet: it becomes valid on ${fmt(from)}.`,
        `now ${fmt(now)}`,
      );
    if (until !== undefined && until < now - tolerance)
      return problem(
        'ERR_EXPIRED',
        `The badge expired on ${fmt(until)}.`,
        `valid from ${fmt(from)}; now ${fmt(now)}`,
      );
    return pass(
      until === undefined
        ? `Valid since ${fmt(from)}, with no expiry date.`
        : `Valid from ${fmt(from)} until ${fmt(until)}.`,
      `now ${fmt(now)}; tolerance ${tolerance / 1000} s`,
    );
  },
};
