/** Who recognizes each credential, and what completing each stack is worth under each rule. */
import { describe, expect, it } from 'vitest';
import {
  completions,
  indexRecognitions,
  MAX_COMPLETIONS,
} from '../../../src/lib/catalog/recognition/recognitions.ts';
import { makeWorld } from '../../../src/lib/catalog/recognition/world.ts';
import { endedIssuerRule, rule, stackRule, TODAY, world } from '../../helpers/recognition.ts';

const w = world(
  {
    id: 'board',
    rules: [rule({ id: 'quality' }), endedIssuerRule()],
  },
  {
    id: 'uni',
    rules: [
      stackRule('mix-credit', 'mix', 'graduate-credit', 3, 'graduate credit hour'),
      rule({
        id: 'mix-hours',
        purpose: 'pd-hours',
        accepts: { type: 'stack', stack: 'mix' },
        value: { basis: 'hours' },
        effective: { from: '2030-01-01' },
      }),
    ],
  },
);
const index = indexRecognitions(w, TODAY);
const summary = (id: string) =>
  index
    .forCredential(id)
    .map((r) => `${r.recognizer.id}/${r.rule.id} ${r.state}${r.stack ? ` via ${r.stack.id}` : ''}`);

describe('recognitions of a credential', () => {
  it('lists direct and stack rules, in effect first, then upcoming, then ended', () => {
    expect(summary('river/d')).toEqual([
      'board/quality in-effect',
      'uni/mix-credit in-effect via mix',
      'uni/mix-hours upcoming via mix',
      'board/old-ceus ended',
    ]);
    expect(summary('river/c')).toEqual([
      'uni/mix-credit in-effect via mix',
      'uni/mix-hours upcoming via mix',
      'board/old-ceus ended',
    ]);
    expect(summary('lake/z')).toEqual(['board/quality in-effect']);
    expect(summary('river/draft')).toEqual([]);
  });

  it('knows which credentials each rule takes into account', () => {
    const ref = index.rules.find((r) => r.rule.id === 'quality');
    if (!ref) throw new Error('no rule');
    expect(index.selected(ref)).toEqual(['river/a', 'river/b', 'river/d', 'lake/x', 'lake/z']);
  });
});

describe('what completing a stack is worth', () => {
  it("to each recognizer: its own stack rules first, then rules on the stack's credentials, as a range", () => {
    const worth = index.forStack('mix').map((x) => ({
      rule: `${x.recognizer.id}/${x.rule.id}`,
      state: x.state,
      direct: x.direct,
      min: x.min,
      max: x.max,
      unit: x.unit.plural,
    }));
    expect(worth).toEqual([
      {
        rule: 'uni/mix-credit',
        state: 'in-effect',
        direct: true,
        min: 3,
        max: 3,
        unit: 'graduate credit hours',
      },
      // Any two of river/c (no), river/d (yes), lake/x (yes), lake/y (no) meet the standards: 0 to 2 of them.
      { rule: 'board/quality', state: 'in-effect', direct: false, min: 0, max: 20, unit: 'points' },
      // Time-based: the two shortest (15 + 12 hours) to the two longest (20 + 18 hours).
      { rule: 'uni/mix-hours', state: 'upcoming', direct: true, min: 2.7, max: 3.8, unit: 'CEUs' },
      // River credentials only (river/c, river/d), under a rule that has ended: 0 to 3.5 CEUs.
      { rule: 'board/old-ceus', state: 'ended', direct: false, min: 0, max: 3.5, unit: 'CEUs' },
    ]);
  });

  it('counts a credential once per recognizer, purpose and unit, as the credit calculation does', () => {
    const district = indexRecognitions(
      world({
        id: 'district',
        rules: [
          stackRule('assess-step', 'assess', 'salary-advancement', 1, 'salary step'),
          rule({
            id: 'any-two',
            purpose: 'salary-advancement',
            value: { basis: 'competency', amount: 1, unit: 'salary step', per: 'credential', every: 2 },
          }),
        ],
      }),
      TODAY,
    );
    // The stack's step takes its credentials: the "every two credentials" rule adds nothing for it.
    expect(district.forStack('assess').map((x) => `${x.rule.id} ${x.min}-${x.max}`)).toEqual([
      'assess-step 1-1',
    ]);
    // For another stack, the per-credential rule is what counts: river/d and lake/x meet the standards.
    expect(district.forStack('mix').map((x) => `${x.rule.id} ${x.min}-${x.max}`)).toEqual(['any-two 0-1']);
  });

  it('considers every way of completing an N-of-M stack, up to a limit', () => {
    expect(completions(w.stacks.get('mix')!, w)).toHaveLength(6);
    expect(completions(w.stacks.get('assess')!, w)).toEqual([['river/a', 'river/b', 'river/c']]);
    const members = Array.from({ length: 14 }, (_, i) => `big/c${i}`);
    const big = makeWorld({
      credentials: members.map((id, i) => ({
        id,
        title: id,
        issuer: 'big',
        status: 'active',
        hours: i + 1,
        meetsQuality: true,
      })),
      stacks: [
        { id: 'big', title: 'Big', status: 'active', credentials: members, rule: { type: 'n-of-m', n: 7 } },
      ],
      recognizers: [],
    });
    expect(3432).toBeGreaterThan(MAX_COMPLETIONS); // 14 choose 7
    // Too many ways: the shortest and the longest completions stand for them.
    expect(completions(big.stacks.get('big')!, big)).toEqual([members.slice(0, 7), members.slice(7)]);
  });

  it('is empty for a stack nobody recognizes', () => {
    const none = indexRecognitions(
      world({ id: 'board', rules: [rule({ accepts: { type: 'credentials', credentials: ['lake/z'] } })] }),
      TODAY,
    );
    expect(none.forStack('assess')).toEqual([]);
    expect(none.forStack('nope')).toEqual([]);
  });
});
