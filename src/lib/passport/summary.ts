/**
 * The passport of a verified set: every badge as a line (badges.ts), grouped by issuer; the
 * earners the badges name and, with an email, which badges were awarded to it (recipient.ts);
 * stack progress (stacks.ts), totals (totals.ts) and what the set is worth to each recognizer
 * (credit.ts), all from the verified badges only. See docs/architecture.md, "The educator's passport".
 */
import type { PassportCatalog } from './catalog.ts';
import { badgeLines, byIssuer, type BadgeLine } from './badges.ts';
import { worthOf, type RecognizerWorth } from './credit.ts';
import { earnersOf, matchRecipient, namesOther, type Earner } from './recipient.ts';
import { stackProgress, type Held, type StackProgress } from './stacks.ts';
import { totalsOf, type Totals } from './totals.ts';
import type { PresentationEntry, VerifiedSet } from './verify-set.ts';

export interface PassportOptions {
  /** The educator's email: hashed here, compared with every badge, never kept. */
  email?: string;
  /** Whose record this is, when the badges name several earners: the others' badges are left out. */
  earner?: string;
  today?: Date;
}

export interface Passport {
  /** When it was made (ISO), and the catalog it was checked against. */
  made: string;
  catalog: string;
  badges: BadgeLine[];
  groups: ReturnType<typeof byIssuer>;
  presentations: Omit<PresentationEntry, 'credentials' | 'text'>[];
  /** Whether an email was typed; the email itself is never kept. */
  emailChecked: boolean;
  /** The earners the verified badges name; more than one is called out. */
  earners: Earner[];
  /** Whose record it is: the earner chosen, or the only one the verified badges name. */
  educator?: string;
  stacks: StackProgress[];
  totals: Totals;
  recognizers: RecognizerWorth[];
  /** Stacks complete, by id. */
  completedStacks: string[];
  counted: number;
  leftOut: number;
}

export async function summarizePassport(
  set: VerifiedSet,
  catalog: PassportCatalog,
  options: PassportOptions = {},
): Promise<Passport> {
  const today = options.today ?? new Date();
  const email = options.email?.trim();
  const inputs = await Promise.all(
    set.entries.map(async (e) => ({
      ...e,
      ...(email ? { recipientMatch: await matchRecipient(e.report, email) } : {}),
      ...(options.earner && namesOther(e.report.summary.recipient, options.earner)
        ? { otherThan: options.earner }
        : {}),
    })),
  );
  const hoursOf = new Map(catalog.credentials.map((c) => [c.id, c.hours]));
  const badges = badgeLines(inputs, hoursOf);
  const held = new Map<string, Held>();
  for (const b of badges)
    if (b.counted && b.credential) held.set(b.credential.id, { n: b.n, issued: b.issued });
  const worth = worthOf(held.keys(), catalog, today);
  const counted = badges.filter((b) => b.counted).length;
  const earners = earnersOf(badges.filter((b) => b.verdict === 'verified'));
  const educator = options.earner ?? (earners.length === 1 ? earners[0]?.label : undefined);
  return {
    made: today.toISOString(),
    catalog: catalog.site,
    badges,
    groups: byIssuer(badges),
    presentations: set.presentations.map(({ credentials: _c, text: _t, ...p }) => p),
    emailChecked: Boolean(email),
    earners,
    ...(educator ? { educator } : {}),
    stacks: stackProgress(held, catalog),
    totals: totalsOf(held.keys(), catalog),
    recognizers: worth.recognizers,
    completedStacks: worth.report.completedStacks,
    counted,
    leftOut: badges.length - counted,
  };
}
