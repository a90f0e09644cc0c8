/**
 * When a rule applies. Dates are whole days (UTC): a rule is in effect from its `from` day
 * through its `until` day; after that it has ended, and before it, it is upcoming.
 */
export type RuleState = 'upcoming' | 'in-effect' | 'ended';

const day = (d: Date) => d.toISOString().slice(0, 10);

export function ruleState(effective: { from: Date; until?: Date | undefined }, today: Date): RuleState {
  const t = day(today);
  if (t < day(effective.from)) return 'upcoming';
  if (effective.until && t > day(effective.until)) return 'ended';
  return 'in-effect';
}

export const RULE_STATE_LABELS: Record<RuleState, string> = {
  upcoming: 'Not yet in effect',
  'in-effect': 'In effect',
  ended: 'Ended',
};
