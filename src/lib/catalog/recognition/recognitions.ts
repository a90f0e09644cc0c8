/**
 * Who recognizes what, computed once for the whole catalog: for each credential, the rules that
 * take it into account (on its own, or as part of a stack); for each stack, what completing it
 * is worth under each rule. Pages, search facets, catalog.json and the CTDL exports read this.
 */
import { requiredCount } from '../stack-math.ts';
import { ruleState, type RuleState } from './dates.ts';
import { selectedCredentials } from './select.ts';
import { creditFor } from './credit.ts';
import { unitOf, type Unit } from './value.ts';
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

/** Beyond this many ways to complete a stack, its shortest and longest completions stand for all. */
export const MAX_COMPLETIONS = 64;

/** The sets of credentials that complete a stack: every choice of its required number of active credentials. */
export function completions(stack: StackFacts, world: RecognitionWorld): string[][] {
  const active = stack.credentials.filter((id) => world.credentials.get(id)?.status === 'active');
  const need = requiredCount(stack.rule, stack.credentials.length);
  const pool = active.length >= need ? active : [...stack.credentials];
  const n = Math.min(need, pool.length);
  const count = choose(pool.length, n);
  if (count <= MAX_COMPLETIONS) return combinations(pool, n);
  const hours = (id: string) => world.credentials.get(id)?.hours ?? 0;
  const sorted = [...pool].sort((a, b) => hours(a) - hours(b));
  return [sorted.slice(0, n), sorted.slice(sorted.length - n)];
}

const choose = (m: number, k: number): number => {
  let c = 1;
  for (let i = 0; i < k; i++) c = (c * (m - i)) / (i + 1);
  return Math.round(c);
};

function combinations<T>(xs: readonly T[], k: number): T[][] {
  if (k === 0) return [[]];
  const out: T[][] = [];
  xs.forEach((x, i) => {
    for (const rest of combinations(xs.slice(i + 1), k - 1)) out.push([x, ...rest]);
  });
  return out;
}

/**
 * What completing the stack is worth under each rule, as the credit calculation counts it (a
 * credential counts once per recognizer, purpose and unit), over every way of completing it:
 * the least and the most. Rules of any date are counted, so ended and upcoming rules can say
 * what they grant(ed); rules that grant nothing for this stack are left out.
 */
function stackWorth(stack: StackFacts, world: RecognitionWorld, today: Date) {
  const range = new Map<string, { min: number; max: number }>();
  for (const set of completions(stack, world)) {
    // Only this stack is complete: completing it must not earn credit for other stacks it completes.
    const report = creditFor({ credentials: set, stacks: [stack.id] }, world, today, {
      allRules: true,
      next: false,
      inferStacks: false,
    });
    for (const rc of report.recognizers)
      for (const r of rc.rules) {
        const key = `${rc.recognizer}/${r.rule}`;
        const was = range.get(key);
        range.set(
          key,
          was
            ? { min: Math.min(was.min, r.amount), max: Math.max(was.max, r.amount) }
            : { min: r.amount, max: r.amount },
        );
      }
  }
  return range;
}

export function indexRecognitions(world: RecognitionWorld, today: Date): RecognitionIndex {
  const rules = allRules(world);
  const selected = new Map<string, string[]>();
  const key = (ref: RuleRef) => `${ref.recognizer.id}/${ref.rule.id}`;
  const byCredential = new Map<string, Recognition[]>();
  for (const ref of rules) {
    const ids = [...selectedCredentials(ref.rule.accepts, world)];
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
      const range = stackWorth(stack, world, today);
      for (const ref of rules) {
        const sel = ref.rule.accepts;
        const w = range.get(`${ref.recognizer.id}/${ref.rule.id}`);
        if (!w || w.max <= 0) continue;
        out.push({
          ...ref,
          state: ruleState(ref.rule.effective, today),
          direct: sel.type === 'stack' && sel.stack === id,
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
