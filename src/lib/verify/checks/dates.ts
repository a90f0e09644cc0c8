/** Validity dates (ob3-notes.md §3 step 4), with a small tolerance for clock skew. */
import type { CredentialView } from '../credential-view.ts';
import { parseDateTime } from '../credential-view.ts';
import type { ReportLog } from '../report.ts';
import type { ClaimDates } from './claims.ts';

export const CLOCK_TOLERANCE_MS = 5 * 60 * 1000;

const fmt = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');

export function checkDates(
  v: CredentialView,
  claims: ClaimDates,
  now: number,
  log: ReportLog,
  tolerance = CLOCK_TOLERANCE_MS,
): void {
  const from = parseDateTime(v.validFrom) ?? claims.nbf;
  // When the token has an exp but the credential no validUntil, exp sets it (OB 3.0 §2.3).
  const until = parseDateTime(v.validUntil) ?? claims.exp;
  if (from === undefined) {
    log.add('dates', 'warn', 'The badge does not say from when it is valid.', { code: 'WARN_NO_VALID_FROM' });
    return;
  }
  if (from > now + tolerance) {
    log.add('dates', 'fail', `The badge is not valid yet: it becomes valid on ${fmt(from)}.`, {
      detail: `now ${fmt(now)}`,
      code: 'ERR_NOT_YET_VALID',
    });
    return;
  }
  if (until !== undefined && until < now - tolerance) {
    log.add('dates', 'fail', `The badge expired on ${fmt(until)}.`, {
      detail: `valid from ${fmt(from)}; now ${fmt(now)}`,
      code: 'ERR_EXPIRED',
    });
    return;
  }
  log.add(
    'dates',
    'pass',
    until === undefined
      ? `Valid since ${fmt(from)}, with no expiry date.`
      : `Valid from ${fmt(from)} until ${fmt(until)}.`,
    { detail: `now ${fmt(now)}; tolerance ${tolerance / 1000} s` },
  );
}
