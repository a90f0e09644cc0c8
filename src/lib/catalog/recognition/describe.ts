/** Recognition rules in plain words, for pages and machine-readable descriptions. */
import type { RecognitionRule, RuleSelection } from '../schema/recognizer.ts';
import { PURPOSES } from '../vocabulary.ts';
import { ceus } from '../ceu.ts';
import { describeValue, formatAmount, unitOf } from './value.ts';

export interface Names {
  credential(id: string): string;
  stack(id: string): string;
  issuer(id: string): string;
}

/** "Every active credential of Lakemont CLI". */
export function describeSelection(sel: RuleSelection, names: Names): string {
  switch (sel.type) {
    case 'credentials':
      return sel.credentials.length === 1
        ? `The credential ${names.credential(sel.credentials[0] ?? '')}`
        : `${sel.credentials.length} named credentials: ${sel.credentials.map((id) => names.credential(id)).join('; ')}`;
    case 'stack':
      return `The stack ${names.stack(sel.stack)}, once complete`;
    case 'issuer':
      return `Every active credential of ${names.issuer(sel.issuer)}`;
    case 'quality-standards':
      return 'Any active credential that meets all the quality standards';
  }
}

/** The credentials a selection counts, as a plural noun phrase: "credentials from Lakemont CLI". */
export function countedPhrase(sel: RuleSelection, names: Names): string {
  switch (sel.type) {
    case 'credentials':
      return 'credentials the rule names';
    case 'stack':
      return `credentials of the stack ${names.stack(sel.stack)}`;
    case 'issuer':
      return `credentials from ${names.issuer(sel.issuer)}`;
    case 'quality-standards':
      return 'credentials that meet the quality standards';
  }
}

/** "Counts toward salary advancement: 1 salary step per completed stack." */
export function describeRule(rule: RecognitionRule): string {
  return `Counts toward ${purposePhrase(rule.purpose)}: ${describeValue(rule.value)}.`;
}

/** The purpose inside a sentence: "license renewal", "continuing education units (CEUs)". */
export const purposePhrase = (p: keyof typeof PURPOSES) => {
  const label: string = PURPOSES[p];
  return label.charAt(0).toLowerCase() + label.slice(1);
};

export const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/**
 * What a rule grants one credential, in a few words: "10 professional learning points",
 * "1 salary step for completing the stack Formative Assessment Foundations".
 */
export function creditLine(
  rule: RecognitionRule,
  hours: number,
  stack?: string,
  /** What "every N" counts, e.g. "credentials that meet the quality standards". */
  counted = 'credentials it accepts',
): string {
  const v = rule.value;
  const unit = unitOf(v);
  const cap = v.max !== undefined ? ` (at most ${formatAmount(v.max, unit)} in all)` : '';
  const once = stack ? `, once the stack ${stack} is complete` : '';
  if (v.basis === 'hours') return `${formatAmount(ceus(hours), unit)}${once}${cap}`;
  const amount = formatAmount(v.amount, unit);
  if (v.per === 'stack') return `${amount} for completing the stack${stack ? ` ${stack}` : ''}${cap}`;
  if (v.every !== undefined) return `${amount} for every ${v.every} ${counted}${once}${cap}`;
  return `${amount}${once}${cap}`;
}
