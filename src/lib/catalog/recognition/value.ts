/**
 * How much a rule grants for what it counts. Competency-based: an amount in the recognizer's
 * unit per credential, for every N credentials, or per completed stack. Time-based: each
 * credential's hours at 1 CEU per 10 hours. Either may be capped by `max`.
 */
import { ceus } from '../ceu.ts';
import type { RuleValue } from '../schema/recognizer.ts';

export interface Unit {
  singular: string;
  plural: string;
}

const pluralOf = (unit: string) => (/(s|ch|sh|x)$/.test(unit) ? `${unit}es` : `${unit}s`);

export function unitOf(value: RuleValue): Unit {
  if (value.basis === 'hours') return { singular: 'CEU', plural: 'CEUs' };
  return { singular: value.unit, plural: value.unitPlural ?? pluralOf(value.unit) };
}

/** The unit as the credit totals group it: one key per unit, however it is capitalized. */
export const unitKey = (value: RuleValue) => unitOf(value).singular.toLowerCase();

/** Rounds to one decimal place, as CEUs are shown. */
export const round1 = (n: number) => Math.round(n * 10) / 10;

export interface Amount {
  amount: number;
  /** The rule's `max` held the amount down. */
  capped: boolean;
}

/**
 * The amount granted for `counted` credentials (their hours) and `stacks` completed stacks.
 * A per-stack value ignores credentials; a per-credential value ignores stacks.
 */
export function amountFor(value: RuleValue, counted: readonly { hours: number }[], stacks: number): Amount {
  let raw: number;
  if (value.basis === 'hours') raw = round1(counted.reduce((sum, c) => sum + ceus(c.hours), 0));
  else if (value.per === 'stack') raw = stacks * value.amount;
  else
    raw =
      value.every !== undefined
        ? Math.floor(counted.length / value.every) * value.amount
        : counted.length * value.amount;
  raw = round1(raw);
  if (value.max !== undefined && raw > value.max) return { amount: value.max, capped: true };
  return { amount: raw, capped: false };
}

/** What one credential is worth on its own under the value, when that can be said. */
export function perCredential(value: RuleValue, hours: number): number | undefined {
  if (value.basis === 'hours') return ceus(hours);
  if (value.per === 'credential' && value.every === undefined) return value.amount;
  return undefined;
}

export const formatNumber = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1));

/** "1 salary step", "2.5 CEUs". */
export function formatAmount(n: number, unit: Unit): string {
  return `${formatNumber(n)} ${n === 1 ? unit.singular : unit.plural}`;
}

/** "3 graduate credit hours", or "5 to 10 professional learning points" for a range. */
export function formatRange(min: number, max: number, unit: Unit): string {
  return min === max ? formatAmount(min, unit) : `${formatNumber(min)} to ${formatAmount(max, unit)}`;
}

/** The value rule in words: "10 professional learning points per credential, at most 60". */
export function describeValue(value: RuleValue): string {
  const unit = unitOf(value);
  const cap = value.max !== undefined ? `, at most ${formatAmount(value.max, unit)}` : '';
  if (value.basis === 'hours') return `CEUs by time: 1 CEU per 10 hours of learning${cap}`;
  const amount = formatAmount(value.amount, unit);
  if (value.per === 'stack') return `${amount} per completed stack${cap}`;
  if (value.every !== undefined) return `${amount} for every ${value.every} credentials${cap}`;
  return `${amount} per credential${cap}`;
}
