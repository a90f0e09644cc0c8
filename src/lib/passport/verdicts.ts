/**
 * The five verdicts a badge can get (verified, warnings, unverified, invalid, unreadable), as
 * the passport reads them. Only `verified` counts toward anything. Compared as strings, so a
 * verdict the report type does not list yet (`unverified`: the signature could not be checked)
 * is handled the same way. See docs/architecture.md, "The educator's passport".
 */
import type { Check, Report } from '../verify/report.ts';

export const VERDICTS = ['verified', 'warnings', 'unverified', 'invalid', 'unreadable'] as const;
export type AnyVerdict = (typeof VERDICTS)[number];

export const PASSPORT_VERDICT_LABELS: Record<AnyVerdict, string> = {
  verified: 'Verified',
  warnings: 'Valid signature, not vouched for',
  unverified: 'Signature not checked',
  invalid: 'Not valid',
  unreadable: 'Not readable',
};

/** A verdict as one of the five; anything else is treated as unreadable. */
export const verdictOf = (r: Pick<Report, 'verdict'>): AnyVerdict => {
  const v = r.verdict as string;
  return (VERDICTS as readonly string[]).includes(v) ? (v as AnyVerdict) : 'unreadable';
};

/** Whether a badge with this verdict counts toward stacks, totals and credit. */
export const counts = (v: string): boolean => v === 'verified';

const WHY: Record<Exclude<AnyVerdict, 'verified'>, string> = {
  warnings: 'the signature is valid, but the catalog cannot vouch for everything in it',
  unverified: 'its signature could not be checked, so nothing in it can be relied on',
  invalid: 'it is not valid',
  unreadable: 'it could not be read as a badge',
};

const first = (checks: readonly Check[], status: Check['status']) => checks.find((c) => c.status === status);

/** Why a badge is left out, in one sentence: the verdict's reason, then the first row behind it. */
export function leftOutReason(r: Pick<Report, 'verdict' | 'checks'>): string | undefined {
  const v = verdictOf(r);
  if (v === 'verified') return undefined;
  const row =
    v === 'unreadable'
      ? r.checks.find((c) => c.id === 'format')
      : v === 'unverified'
        ? r.checks.find((c) => c.id === 'proof')
        : v === 'invalid'
          ? first(r.checks, 'fail')
          : first(r.checks, 'warn');
  const because = row ? ` ${row.title}: ${row.message}` : '';
  return `Not counted: ${WHY[v]}.${because}`;
}
