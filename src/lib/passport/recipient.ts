/**
 * The recipient check across a set: one email, typed by the person reading the passport, hashed
 * here and compared with every badge by the verifier's own recipient check; and, with or without
 * an email, the earners the badges name, so badges awarded to different people are called out.
 */
import { recipientCheck } from '../verify/checks/recipient.ts';
import { viewCredential } from '../verify/credential-view.ts';
import { isRecord } from '../verify/json.ts';
import { RegistryIndex } from '../verify/registry.ts';
import { Resources } from '../verify/resources.ts';
import type { Report } from '../verify/report.ts';
import type { CredentialSubject } from '../verify/subject.ts';

/** `match`: awarded to that email; `other`: to another address; `unknown`: the badge names no email to compare. */
export type RecipientMatch = 'match' | 'other' | 'unknown';

export async function matchRecipient(
  report: Pick<Report, 'credential' | 'format'>,
  email: string,
): Promise<RecipientMatch> {
  const c = report.credential;
  if (!isRecord(c) || report.format.startsWith('ob2')) return 'unknown';
  const subject = { format: report.format, view: viewCredential(c), credential: c } as CredentialSubject;
  const outcome = await recipientCheck.run(subject, {
    registry: RegistryIndex.empty(),
    resources: new Resources(),
    now: Date.now(),
    clockToleranceMs: 0,
    recipientEmail: email,
  });
  if (outcome.status === 'pass') return 'match';
  return outcome.code === 'ERR_RECIPIENT_MISMATCH' ? 'other' : 'unknown';
}

/** A name as people compare them: case, spacing and accents aside. */
export const personKey = (s: string) =>
  s.normalize('NFKD').replace(/\p{M}/gu, '').replace(/\s+/g, ' ').trim().toLowerCase();

const ANONYMOUS = 'An earner identified by a hashed email address';

export interface Earner {
  /** As the first badge names them. */
  label: string;
  /** The badges (their `n`) that name them. */
  badges: number[];
}

/** Whether a badge names an earner other than `earner` (a badge that names nobody does not). */
export const namesOther = (recipient: string | undefined, earner: string) =>
  recipient !== undefined && recipient !== ANONYMOUS && personKey(recipient) !== personKey(earner);

/** The distinct earners the badges name (by name, plain email or identifier); hashed-only badges name none. */
export function earnersOf(badges: readonly { n: number; recipient?: string | undefined }[]): Earner[] {
  const by = new Map<string, Earner>();
  for (const b of badges) {
    if (!b.recipient || b.recipient === ANONYMOUS) continue;
    const key = personKey(b.recipient);
    const e = by.get(key) ?? { label: b.recipient, badges: [] };
    e.badges.push(b.n);
    by.set(key, e);
  }
  return [...by.values()];
}
