/**
 * Each badge of a set as one line of the passport: its verdict, what it claims, whether it
 * counts, and if not, why. Only a verified badge counts; a second badge for a credential already
 * counted, and a badge awarded to another email than the one typed, are listed but not counted.
 */
import type { Report } from '../verify/report.ts';
import type { HolderBinding } from './presentation/holder.ts';
import type { RecipientMatch } from './recipient.ts';
import { counts, leftOutReason, PASSPORT_VERDICT_LABELS, type AnyVerdict } from './verdicts.ts';

export interface BadgeLine {
  n: number;
  source: string;
  verdict: AnyVerdict;
  verdictLabel: string;
  name?: string;
  /**
   * The issuer: the catalog's when the report is confirmed (signed with a key this registered
   * issuer publishes), else only as the badge claims it; then its name, earner and dates are
   * claims too.
   */
  issuer: { id?: string; name: string; confirmed: boolean };
  recipient?: string;
  issued?: string;
  credential?: { id: string; title: string; page: string };
  hours?: number;
  counted: boolean;
  /** Why it does not count: a sentence, and its kind (the verdict, or what left a verified badge out). */
  reason?: string;
  leftOut?: LeftOut;
  recipientMatch?: RecipientMatch;
  holder?: HolderBinding;
  presentation?: number;
}

export type LeftOut = 'verdict' | 'other-email' | 'other-earner' | 'duplicate';

export interface LineInput {
  n: number;
  source: string;
  report: Report;
  holder?: HolderBinding;
  presentation?: number;
  recipientMatch?: RecipientMatch;
  /** The record is this earner's, and the badge names someone else. */
  otherThan?: string;
}

export function badgeLines(entries: readonly LineInput[], hoursOf: ReadonlyMap<string, number>): BadgeLine[] {
  const firstFor = new Map<string, number>();
  return entries.map((e) => {
    const r = e.report;
    const verdict = r.verdict;
    const cat = r.confirmed ? r.catalog.issuer : undefined;
    const credential = r.catalog.credential;
    let reason = leftOutReason(r);
    let leftOut: LeftOut | undefined = reason ? 'verdict' : undefined;
    const earlier = credential ? firstFor.get(credential.id) : undefined;
    if (!reason && e.recipientMatch === 'other') {
      reason = 'Not counted: it was awarded to another email address than the one typed.';
      leftOut = 'other-email';
    } else if (!reason && e.otherThan !== undefined) {
      reason = `Not counted: it names another earner than ${e.otherThan}.`;
      leftOut = 'other-earner';
    } else if (!reason && earlier !== undefined) {
      reason = `Not counted again: badge ${earlier} is the same credential.`;
      leftOut = 'duplicate';
    }
    const counted = counts(verdict) && !reason && credential !== undefined;
    if (counted && credential) firstFor.set(credential.id, e.n);
    const hours = credential ? hoursOf.get(credential.id) : undefined;
    return {
      n: e.n,
      source: e.source,
      verdict,
      verdictLabel: PASSPORT_VERDICT_LABELS[verdict],
      ...(r.summary.name ? { name: r.summary.name } : {}),
      issuer: cat
        ? { id: cat.id, name: cat.name, confirmed: true }
        : { name: r.summary.issuerName ?? r.summary.issuerId ?? 'Unknown issuer', confirmed: false },
      ...(r.summary.recipient ? { recipient: r.summary.recipient } : {}),
      ...(r.summary.validFrom ? { issued: r.summary.validFrom } : {}),
      ...(credential
        ? { credential: { id: credential.id, title: credential.title, page: credential.page } }
        : {}),
      ...(hours !== undefined ? { hours } : {}),
      counted,
      ...(reason && !counted ? { reason, ...(leftOut ? { leftOut } : {}) } : {}),
      ...(e.recipientMatch ? { recipientMatch: e.recipientMatch } : {}),
      ...(e.holder ? { holder: e.holder } : {}),
      ...(e.presentation !== undefined ? { presentation: e.presentation } : {}),
    };
  });
}

/** Lines grouped by issuer: catalog issuers first, by name; claimed issuers after. */
export function byIssuer(
  lines: readonly BadgeLine[],
): { issuer: BadgeLine['issuer']; badges: BadgeLine[] }[] {
  const groups = new Map<string, { issuer: BadgeLine['issuer']; badges: BadgeLine[] }>();
  for (const l of lines) {
    const key = l.issuer.confirmed ? `a:${l.issuer.id ?? ''}` : `b:${l.issuer.name}`;
    const g = groups.get(key) ?? { issuer: l.issuer, badges: [] };
    g.badges.push(l);
    groups.set(key, g);
  }
  return [...groups.entries()]
    .sort(([a, x], [b, y]) => (a[0] === b[0] ? x.issuer.name.localeCompare(y.issuer.name) : a < b ? -1 : 1))
    .map(([, g]) => g);
}
