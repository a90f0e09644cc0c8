/** Recognition rules in plain words, for pages and machine-readable descriptions. */
import type { RecognitionRule, RuleSelection } from '../schema/recognizer.ts';
import { PURPOSES } from '../vocabulary.ts';
import { describeValue } from './value.ts';

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
