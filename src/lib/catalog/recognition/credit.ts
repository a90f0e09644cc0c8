/**
 * The credit a set of earned credentials (and completed stacks) earns under each recognizer's
 * rules, and what is missing for the next step of each rule: "one more credential for a salary
 * step". Pure: the caller gives the catalog as a RecognitionWorld and today's date.
 *
 * - Only rules in effect today count.
 * - A rule that accepts a stack counts nothing until the stack is complete (by its own rule),
 *   or the caller says it is complete.
 * - Within one recognizer, a credential or stack counts once per purpose and unit: rules are
 *   applied in the order the recognizer lists them, and a later rule skips what an earlier one
 *   counted (a stack's rule also claims the stack's credentials).
 */
import { isComplete } from '../stack-math.ts';
import type { RecognitionRule } from '../schema/recognizer.ts';
import type { Purpose } from '../vocabulary.ts';
import { ruleState } from './dates.ts';
import { selectedCredentials, selectedSet } from './select.ts';
import { amountFor, round1, unitKey, unitOf, type Unit } from './value.ts';
import type { RecognitionWorld, RecognizerFacts, StackFacts } from './world.ts';

export interface Earned {
  credentials: Iterable<string>;
  /** Stacks known to be complete (for example from a stack badge), besides those the credentials complete. */
  stacks?: Iterable<string>;
}

export interface NextStep {
  /** How many more credentials, from `candidates`, earn `gain` more. */
  need: number;
  gain: number;
  /** Credentials that would count, in catalog order; for a stack rule, the stack's missing ones. */
  candidates: string[];
}

export interface RuleCredit {
  recognizer: string;
  rule: string;
  purpose: Purpose;
  unit: Unit;
  amount: number;
  /** The rule's maximum was reached. */
  capped: boolean;
  /** Credentials counted under this rule. */
  credentials: string[];
  /** Completed stacks counted under this rule. */
  stacks: string[];
  /** What the recognizer still requires, which no catalog can check (enrolment, employment…). */
  conditions: string[];
  next?: NextStep;
}

export interface PurposeCredit {
  purpose: Purpose;
  unit: Unit;
  amount: number;
  /** Ids of the rules that add up to it. */
  rules: string[];
}

export interface RecognizerCredit {
  recognizer: string;
  purposes: PurposeCredit[];
  rules: RuleCredit[];
}

export interface CreditReport {
  /** Stacks complete, given or completed by the credentials. */
  completedStacks: string[];
  recognizers: RecognizerCredit[];
}

interface Holding {
  held: ReadonlySet<string>;
  completed: ReadonlySet<string>;
}

const stackKey = (id: string) => `stack:${id}`;

/** What a rule counts from a holding, leaving out what an earlier rule already took. */
function counted(rule: RecognitionRule, h: Holding, world: RecognitionWorld, taken: ReadonlySet<string>) {
  const sel = rule.accepts;
  if (sel.type === 'stack') {
    const stack = world.stacks.get(sel.stack);
    if (!stack || !h.completed.has(stack.id) || taken.has(stackKey(stack.id)))
      return { credentials: [], stacks: [] };
    return {
      credentials: stack.credentials.filter((id) => h.held.has(id) && !taken.has(id)),
      stacks: [stack.id],
    };
  }
  // The holding is small and the selection may be the whole catalog: walk the holding.
  const accepted = selectedSet(sel, world);
  const rank = order(world);
  return {
    credentials: [...h.held]
      .filter((id) => accepted.has(id) && !taken.has(id))
      .sort((a, b) => (rank.get(a) ?? 0) - (rank.get(b) ?? 0)),
    stacks: [],
  };
}

const orders = new WeakMap<RecognitionWorld, Map<string, number>>();
/** Each credential's position in the catalog, so results list credentials in catalog order. */
function order(world: RecognitionWorld) {
  let o = orders.get(world);
  if (!o) orders.set(world, (o = new Map([...world.credentials.keys()].map((id, i) => [id, i]))));
  return o;
}

function amountOf(rule: RecognitionRule, h: Holding, world: RecognitionWorld, taken: ReadonlySet<string>) {
  const c = counted(rule, h, world, taken);
  const hours = c.credentials.map((id) => ({ hours: world.credentials.get(id)?.hours ?? 0 }));
  return { ...c, ...amountFor(rule.value, hours, c.stacks.length) };
}

const completes = (stack: StackFacts, held: ReadonlySet<string>) =>
  isComplete(stack.rule, stack.credentials, held);

/** The fewest more credentials that raise the rule's amount, and by how much. */
function nextStep(
  rule: RecognitionRule,
  h: Holding,
  world: RecognitionWorld,
  taken: ReadonlySet<string>,
  current: number,
): NextStep | undefined {
  const sel = rule.accepts;
  const stack = sel.type === 'stack' ? world.stacks.get(sel.stack) : undefined;
  if (sel.type === 'stack' && (!stack || h.completed.has(stack.id))) return undefined;
  const pool = stack ? [...stack.credentials] : selectedCredentials(sel, world);
  const candidates = pool.filter(
    (id) => !h.held.has(id) && !taken.has(id) && world.credentials.get(id)?.status === 'active',
  );
  // Longest first when hours are what counts, so the fewest credentials reach the next step.
  const order =
    rule.value.basis === 'hours'
      ? [...candidates].sort(
          (a, b) => (world.credentials.get(b)?.hours ?? 0) - (world.credentials.get(a)?.hours ?? 0),
        )
      : candidates;
  for (let k = 1; k <= order.length; k++) {
    const held = new Set([...h.held, ...order.slice(0, k)]);
    const completed = stack && completes(stack, held) ? new Set([...h.completed, stack.id]) : h.completed;
    const after = amountOf(rule, { held, completed }, world, taken).amount;
    if (after > current) return { need: k, gain: round1(after - current), candidates };
  }
  return undefined;
}

export interface CreditOptions {
  /**
   * Count rules whatever their dates (rules in effect first), to say what a holding would be
   * worth under rules that have ended or not yet begun. Default: rules in effect only.
   */
  allRules?: boolean;
  /** Work out each rule's next step (default true). */
  next?: boolean;
  /**
   * Find the stacks the credentials complete (default true). When false, only the stacks given
   * as complete are: what completing one stack is worth must not include others it completes.
   */
  inferStacks?: boolean;
}

function creditOf(
  r: RecognizerFacts,
  h: Holding,
  world: RecognitionWorld,
  today: Date,
  options: CreditOptions,
): RecognizerCredit {
  const claimed = new Map<string, Set<string>>();
  const rules: RuleCredit[] = [];
  const inEffect = (rule: RecognitionRule) => ruleState(rule.effective, today) === 'in-effect';
  const order = options.allRules
    ? [...r.data.rules.filter(inEffect), ...r.data.rules.filter((x) => !inEffect(x))]
    : r.data.rules.filter(inEffect);
  for (const rule of order) {
    const key = `${rule.purpose}|${unitKey(rule.value)}`;
    const taken = claimed.get(key) ?? new Set<string>();
    const got = amountOf(rule, h, world, taken);
    const next =
      got.capped || options.next === false ? undefined : nextStep(rule, h, world, taken, got.amount);
    rules.push({
      recognizer: r.id,
      rule: rule.id,
      purpose: rule.purpose,
      unit: unitOf(rule.value),
      amount: got.amount,
      capped: got.capped,
      credentials: got.credentials,
      stacks: got.stacks,
      conditions: rule.conditions,
      ...(next ? { next } : {}),
    });
    const now = new Set(taken);
    for (const id of got.credentials) now.add(id);
    for (const s of got.stacks) {
      now.add(stackKey(s));
      for (const id of world.stacks.get(s)?.credentials ?? []) if (h.held.has(id)) now.add(id);
    }
    claimed.set(key, now);
  }
  const purposes = new Map<string, PurposeCredit>();
  for (const rc of rules) {
    const key = `${rc.purpose}|${rc.unit.singular.toLowerCase()}`;
    const p = purposes.get(key) ?? { purpose: rc.purpose, unit: rc.unit, amount: 0, rules: [] };
    p.amount = round1(p.amount + rc.amount);
    p.rules.push(rc.rule);
    purposes.set(key, p);
  }
  return { recognizer: r.id, purposes: [...purposes.values()], rules };
}

export function creditFor(
  earned: Earned,
  world: RecognitionWorld,
  today: Date = new Date(),
  options: CreditOptions = {},
): CreditReport {
  const held = new Set(earned.credentials);
  const completed = new Set(earned.stacks ?? []);
  if (options.inferStacks !== false)
    for (const s of world.stacks.values()) if (completes(s, held)) completed.add(s.id);
  const h = { held, completed };
  return {
    completedStacks: [...world.stacks.keys()].filter((id) => completed.has(id)),
    recognizers: world.recognizers
      .map((r) => creditOf(r, h, world, today, options))
      .filter((rc) => rc.rules.length > 0),
  };
}
