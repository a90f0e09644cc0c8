/**
 * The headline of a report: one or two sentences written per verdict, the most important reason
 * first. A look-alike issuer is called out before anything else, whatever the verdict, for it is
 * what a person must not miss. See docs/architecture.md ("Verdicts").
 */
import type { CheckCode } from './errors.ts';
import type { Check, CheckId, Verdict } from './report.ts';

/** Codes a headline names first, whatever the verdict: a name made to pass for a registered issuer. */
const IMPERSONATION: readonly CheckCode[] = ['WARN_ISSUER_LOOKALIKE', 'WARN_ISSUER_HIDDEN_CHARACTERS'];

/** Which failing row says most about an invalid badge: revoked before expired, the key before the issuer. */
const FAIL_ORDER: readonly CheckId[] = [
  'proof',
  'structure',
  'claims',
  'key',
  'status',
  'dates',
  'issuer',
  'achievement',
  'recipient',
  'endorsements',
];

/** Which warning says most about a badge whose signature is genuine. */
const WARN_ORDER: readonly CheckId[] = [
  'issuer',
  'key',
  'achievement',
  'status',
  'dates',
  'structure',
  'claims',
  'recipient',
  'endorsements',
];

const first = (checks: readonly Check[], status: Check['status'], order: readonly CheckId[]) =>
  order.map((id) => checks.find((c) => c.id === id && c.status === status)).find(Boolean);

const sentence = (s: string) => (/[.!?]$/.test(s.trim()) ? s.trim() : `${s.trim()}.`);

export function headlineOf(verdict: Verdict, checks: readonly Check[]): string {
  const lookalike = checks.find((c) => c.code && IMPERSONATION.includes(c.code));
  const callout = lookalike ? `Look-alike issuer: ${sentence(lookalike.message)} ` : '';
  switch (verdict) {
    case 'verified':
      return 'Every check passed: the signature is genuine, the key is one its issuer publishes in this catalog, and the badge is current and not revoked.';
    case 'warnings': {
      const warn = first(checks, 'warn', WARN_ORDER);
      return `${callout}The signature is genuine and nothing failed, but not everything could be vouched for${warn && warn !== lookalike ? `: ${sentence(warn.message)}` : '.'}`;
    }
    case 'unverified': {
      const proof = checks.find((c) => c.id === 'proof');
      const why = proof && proof.status !== 'skip' ? ` ${sentence(proof.message)}` : '';
      return `${callout}The signature could not be checked, so nothing in this badge can be relied on.${why}`;
    }
    case 'invalid': {
      const fail = first(checks, 'fail', FAIL_ORDER);
      return `${callout}Do not rely on this badge. ${fail ? sentence(fail.message) : ''}`.trim();
    }
    default:
      return checks[0]?.message ?? 'This could not be read as a badge.';
  }
}
