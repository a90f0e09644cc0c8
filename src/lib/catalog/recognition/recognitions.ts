/**
 * Who recognizes what, computed once for the whole catalog: for each credential, the rules that
 * take it into account (on its own, or as part of a stack); for each stack, what completing it
 * is worth under each rule. Pages, search facets, catalog.json and the CTDL exports read this.
 */
import { requiredCount } from '../stack-math.ts';
import { ruleState, type RuleState } from './dates.ts';
import { selectedCredentials } from './select.ts';
import { amountFor, unitOf, type Unit } from './value.ts';
import { allRules, type RecognitionWorld, type RuleRef, type StackFacts } from './world.ts';

export interface Recognition extends RuleRef {
  state: RuleState;
  /** Set when the credential counts only as part of this stack, once the stack is complete. */
  stack?: StackFacts;
}

export interface StackWorth extends RuleRef {
  state: RuleState;
  /** The rule accepts the stack itself, rather than some of its credentials. */
  direct: boolean;
  /** What completing the stack earns under this rule alone: the least and the most, by which credentials complete it. */
  min: number;
  max: number;
  unit: Unit;
}

export interface RecognitionIndex {
  rules: readonly RuleRef[];
  forCredential(id: string): Recognition[];
  forStack(id: string): StackWorth[];
  /** The credentials a rule takes into account, in catalog order. */
  selected(ref: RuleRef): string[];
}

const STATE_ORDER: Record<RuleState, number> = { 'in-effect': 0, upcoming: 1, ended: 2 };

/** Completing the stack with its `n` credentials that count least, and with those that count most. */
function worth(ref: RuleRef, stack: StackFacts, accepted: ReadonlySet<string>, world: RecognitionWorld) {
  const direct = ref.rule.accepts.type === 'stack';
  const active = stack.credentials.filter((id) => world.credentials.get(id)?.status === 'active');
  const pool =
    active.length >= requiredCount(stack.rule, stack.credentials.length) ? active : [...stack.credentials];
  const n = Math.min(requiredCount(stack.rule, stack.credentials.length), pool.length);
  const hours = (id: string) => world.credentials.get(id)?.hours ?? 0;
  const weight = (id: string) =>
    direct || accepted.has(id) ? (ref.rule.value.basis === 'hours' ? hours(id) : 1) : 0;
  const sorted = [...pool].sort((a, b) => weight(a) - weight(b));
  const amount = (chosen: string[]) =>
    amountFor(
      ref.rule.value,
      chosen.filter((id) => direct || accepted.has(id)).map((id) => ({ hours: hours(id) })),
      direct ? 1 : 0,
    ).amount;
  return { min: amount(sorted.slice(0, n)), max: amount(sorted.slice(sorted.length - n)) };
}

export function indexRecognitions(world: RecognitionWorld, today: Date): RecognitionIndex {
  const rules = allRules(world);
  const selected = new Map<string, string[]>();
  const key = (ref: RuleRef) => `${ref.recognizer.id}/${ref.rule.id}`;
  const byCredential = new Map<string, Recognition[]>();
  for (const ref of rules) {
    const ids = selectedCredentials(ref.rule.accepts, world);
    selected.set(key(ref), ids);
    const state = ruleState(ref.rule.effective, today);
    const sel = ref.rule.accepts;
    const stack = sel.type === 'stack' ? world.stacks.get(sel.stack) : undefined;
    for (const id of new Set(ids)) {
      const list = byCredential.get(id) ?? [];
      list.push({ ...ref, state, ...(stack ? { stack } : {}) });
      byCredential.set(id, list);
    }
  }
  for (const list of byCredential.values()) list.sort((a, b) => STATE_ORDER[a.state] - STATE_ORDER[b.state]);

  const stackCache = new Map<string, StackWorth[]>();
  const forStack = (id: string): StackWorth[] => {
    const cached = stackCache.get(id);
    if (cached) return cached;
    const stack = world.stacks.get(id);
    const out: StackWorth[] = [];
    if (stack) {
      for (const ref of rules) {
        const sel = ref.rule.accepts;
        const direct = sel.type === 'stack' && sel.stack === id;
        if (sel.type === 'stack' && !direct) continue;
        const accepted = new Set(selected.get(key(ref)));
        if (!direct && !stack.credentials.some((c) => accepted.has(c))) continue;
        const w = worth(ref, stack, accepted, world);
        if (w.max <= 0) continue;
        out.push({
          ...ref,
          state: ruleState(ref.rule.effective, today),
          direct,
          ...w,
          unit: unitOf(ref.rule.value),
        });
      }
      out.sort((a, b) => STATE_ORDER[a.state] - STATE_ORDER[b.state] || Number(b.direct) - Number(a.direct));
    }
    stackCache.set(id, out);
    return out;
  };

  return {
    rules,
    forCredential: (id) => byCredential.get(id) ?? [],
    forStack,
    selected: (ref) => selected.get(key(ref)) ?? [],
  };
}
