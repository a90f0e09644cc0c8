/**
 * Stack progress math: how many credentials complete a stack, and the hours and CEUs that
 * takes. For an N-of-M stack the hours are a range: the N shortest to the N longest.
 */
import type { StackRule } from './schema/stack.ts';
import { ceus } from './ceu.ts';

export interface StackTotals {
  /** Credentials needed to complete the stack. */
  required: number;
  /** Credentials in the stack. */
  of: number;
  minHours: number;
  maxHours: number;
  minCeus: number;
  maxCeus: number;
}

export const requiredCount = (rule: StackRule, size: number) => (rule.type === 'all' ? size : rule.n);

export function stackTotals(rule: StackRule, hours: readonly number[]): StackTotals {
  const required = Math.min(requiredCount(rule, hours.length), hours.length);
  const sorted = [...hours].sort((a, b) => a - b);
  const sum = (xs: number[]) => Math.round(xs.reduce((a, b) => a + b, 0) * 10) / 10;
  const minHours = sum(sorted.slice(0, required));
  const maxHours = sum(sorted.slice(sorted.length - required));
  return { required, of: hours.length, minHours, maxHours, minCeus: ceus(minHours), maxCeus: ceus(maxHours) };
}

/** "All 4, in order" / "Any 3 of 5". */
export function describeRule(rule: StackRule, size: number, ordered: boolean): string {
  const base = rule.type === 'all' ? `All ${size}` : `Any ${rule.n} of ${size}`;
  return ordered ? `${base}, in order` : base;
}

/**
 * Whether an earner holding `earned` has completed the stack. Order is the recommended path,
 * not a completion condition: the rule counts credentials earned.
 */
export function isComplete(
  rule: StackRule,
  members: readonly string[],
  earned: ReadonlySet<string>,
): boolean {
  return members.filter((m) => earned.has(m)).length >= requiredCount(rule, members.length);
}
