/**
 * Stack progress for a set of held credentials: for every stack any of them belongs to, which
 * members are held and which are missing, whether its completion rule (all, or N of M) is met,
 * and for a stack meant to be earned in order, whether it was. Completion follows the catalog's
 * own rule (catalog/stack-math.ts): order is the recommended path, not a condition.
 */
import { describeRule, isComplete, requiredCount } from '../catalog/stack-math.ts';
import type { StackRule } from '../catalog/schema/stack.ts';
import type { PassportCatalog } from './catalog.ts';

/** A held credential: the badge that shows it, and when the badge says it was issued. */
export interface Held {
  n: number;
  issued?: string | undefined;
}

export interface StackMember {
  id: string;
  title: string;
  held?: Held;
}

/**
 * `met`: earned in the listed order so far; `skipped`: a later credential is held without an
 * earlier one; `out-of-order`: held ones were issued out of order; `unknown`: a date is missing.
 */
export type OrderState = 'met' | 'skipped' | 'out-of-order' | 'unknown';

export interface StackProgress {
  id: string;
  title: string;
  rule: StackRule;
  ordered: boolean;
  /** "All 4, in order", "Any 3 of 5". */
  ruleText: string;
  members: StackMember[];
  held: number;
  required: number;
  complete: boolean;
  /** How many more credentials complete it (0 when complete). */
  toGo: number;
  missing: string[];
  order?: OrderState;
}

const time = (s: string | undefined) => (s ? Date.parse(s) : NaN);

export function orderState(members: readonly StackMember[]): OrderState {
  const heldAt = members.map((m) => m.held !== undefined);
  const last = heldAt.lastIndexOf(true);
  if (heldAt.slice(0, last).includes(false)) return 'skipped';
  const times = members.filter((m) => m.held).map((m) => time(m.held?.issued));
  if (times.some((t) => Number.isNaN(t))) return 'unknown';
  return times.every((t, i) => i === 0 || t >= (times[i - 1] ?? 0)) ? 'met' : 'out-of-order';
}

export function stackProgress(held: ReadonlyMap<string, Held>, catalog: PassportCatalog): StackProgress[] {
  const titles = new Map(catalog.credentials.map((c) => [c.id, c.title]));
  return catalog.stacks
    .filter((s) => s.credentials.some((id) => held.has(id)))
    .map((s) => {
      const members = s.credentials.map((id) => {
        const h = held.get(id);
        return { id, title: titles.get(id) ?? id, ...(h ? { held: h } : {}) };
      });
      const count = members.filter((m) => m.held).length;
      const required = requiredCount(s.rule, s.credentials.length);
      const complete = isComplete(s.rule, s.credentials, new Set(held.keys()));
      return {
        id: s.id,
        title: s.title,
        rule: s.rule,
        ordered: s.ordered,
        ruleText: describeRule(s.rule, s.credentials.length, s.ordered),
        members,
        held: count,
        required,
        complete,
        toGo: Math.max(0, required - count),
        missing: members.filter((m) => !m.held).map((m) => m.id),
        ...(s.ordered ? { order: orderState(members) } : {}),
      };
    });
}
