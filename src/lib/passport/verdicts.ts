/**
 * The verifier's five verdicts as the passport reads them: the verdict is the report's own
 * (computed once, by `verdictOf` in ../verify/report.ts), labelled with the verifier's own words,
 * and only `verified` counts toward stacks, totals and credit. A badge left out is explained by
 * the report's headline (../verify/headline.ts), the same sentence /verify/ shows. See
 * docs/architecture.md, "The educator's passport".
 */
import { VERDICT_LABELS, type Report, type Verdict } from '../verify/report.ts';

export { VERDICT_LABELS as PASSPORT_VERDICT_LABELS };
export type AnyVerdict = Verdict;

/** Whether a badge with this verdict counts toward stacks, totals and credit. */
export const counts = (v: Verdict): boolean => v === 'verified';

/** Why a badge is left out, in the verifier's own words; undefined when it is verified. */
export function leftOutReason(r: Pick<Report, 'verdict' | 'headline'>): string | undefined {
  if (counts(r.verdict)) return undefined;
  return `Not counted: ${r.headline}`;
}
