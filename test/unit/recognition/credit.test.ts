/**
 * The credit a set of credentials earns under each rule type, and what is missing for the next
 * step: the function the educator passport builds on.
 */
import { describe, expect, it } from 'vitest';
import { creditFor } from '../../../src/lib/catalog/recognition/credit.ts';
import { rule, stackRule, TODAY, world } from '../../helpers/recognition.ts';

const STEP = { basis: 'competency', amount: 1, unit: 'salary step', per: 'credential', every: 4 };
const ruleCredit = (report: ReturnType<typeof creditFor>, recognizer: string, id: string) => {
  const r = report.recognizers.find((x) => x.recognizer === recognizer)?.rules.find((x) => x.rule === id);
  if (!r) throw new Error(`no credit for ${recognizer}/${id}`);
  return r;
};

describe('credit of a set of credentials', () => {
  it('per credential: each accepted credential held counts; others do not', () => {
    const w = world({ id: 'board', rules: [rule({ id: 'q' })] });
    const r = ruleCredit(
      creditFor({ credentials: ['river/a', 'river/c', 'lake/x', 'nobody/none'] }, w, TODAY),
      'board',
      'q',
    );
    expect(r).toMatchObject({
      amount: 20,
      credentials: ['river/a', 'lake/x'],
      purpose: 'license-renewal',
      capped: false,
    });
    expect(r.unit).toEqual({ singular: 'point', plural: 'points' });
    // The next credential that meets the standards is worth 10 more.
    expect(r.next).toEqual({ need: 1, gain: 10, candidates: ['river/b', 'river/d', 'lake/z'] });
  });

  it('a threshold: one more credential for a salary step', () => {
    const w = world({
      id: 'district',
      rules: [rule({ id: 'steps', purpose: 'salary-advancement', value: STEP })],
    });
    const three = ruleCredit(
      creditFor({ credentials: ['river/a', 'river/b', 'river/d'] }, w, TODAY),
      'district',
      'steps',
    );
    expect(three.amount).toBe(0);
    expect(three.next).toEqual({ need: 1, gain: 1, candidates: ['lake/x', 'lake/z'] });
    const four = ruleCredit(
      creditFor({ credentials: ['river/a', 'river/b', 'river/d', 'lake/x'] }, w, TODAY),
      'district',
      'steps',
    );
    expect(four.amount).toBe(1);
    // Only one credential that meets the standards is left: no second step is reachable.
    expect(four.next).toBeUndefined();
    const one = ruleCredit(creditFor({ credentials: ['river/a'] }, w, TODAY), 'district', 'steps');
    expect(one.next).toMatchObject({ need: 3, gain: 1 });
  });

  it('a whole stack: nothing until it is complete, then the value per stack', () => {
    const w = world({
      id: 'district',
      rules: [stackRule('assess-step', 'assess', 'salary-advancement', 1, 'salary step')],
    });
    const partial = ruleCredit(
      creditFor({ credentials: ['river/a', 'river/b'] }, w, TODAY),
      'district',
      'assess-step',
    );
    expect(partial).toMatchObject({
      amount: 0,
      stacks: [],
      next: { need: 1, gain: 1, candidates: ['river/c'] },
    });
    const done = creditFor({ credentials: ['river/a', 'river/b', 'river/c'] }, w, TODAY);
    expect(done.completedStacks).toEqual(['assess']);
    expect(ruleCredit(done, 'district', 'assess-step')).toMatchObject({ amount: 1, stacks: ['assess'] });
    expect(ruleCredit(done, 'district', 'assess-step').next).toBeUndefined();
  });

  it('an N-of-M stack completes with any N, and a completed stack can be given directly', () => {
    const w = world({
      id: 'uni',
      rules: [stackRule('credit', 'mix', 'graduate-credit', 3, 'graduate credit hour')],
    });
    expect(
      ruleCredit(creditFor({ credentials: ['lake/y', 'river/c'] }, w, TODAY), 'uni', 'credit').amount,
    ).toBe(3);
    expect(ruleCredit(creditFor({ credentials: ['lake/y'] }, w, TODAY), 'uni', 'credit').next).toEqual({
      need: 1,
      gain: 3,
      candidates: ['river/c', 'river/d', 'lake/x'],
    });
    const given = creditFor({ credentials: [], stacks: ['mix'] }, w, TODAY);
    expect(given.completedStacks).toEqual(['mix']);
    expect(ruleCredit(given, 'uni', 'credit')).toMatchObject({ amount: 3, credentials: [], stacks: ['mix'] });
  });

  it('an issuer: every active credential of it; time-based CEUs from their hours', () => {
    const w = world({
      id: 'board',
      rules: [
        rule({
          id: 'ceu',
          purpose: 'ceus',
          accepts: { type: 'issuer', issuer: 'lake' },
          value: { basis: 'hours' },
        }),
      ],
    });
    const r = ruleCredit(
      creditFor({ credentials: ['lake/x', 'lake/y', 'river/a'] }, w, TODAY),
      'board',
      'ceu',
    );
    expect(r).toMatchObject({
      amount: 3,
      credentials: ['lake/x', 'lake/y'],
      unit: { singular: 'CEU', plural: 'CEUs' },
    });
    expect(r.next).toEqual({ need: 1, gain: 0.9, candidates: ['lake/z'] });
  });

  it('named credentials, with a maximum: capped, and then no next step', () => {
    const w = world({
      id: 'board',
      rules: [
        rule({
          id: 'named',
          accepts: { type: 'credentials', credentials: ['river/a', 'river/b', 'river/c'] },
          value: { basis: 'competency', amount: 10, unit: 'point', per: 'credential', max: 15 },
        }),
      ],
    });
    const r = ruleCredit(creditFor({ credentials: ['river/a', 'river/b'] }, w, TODAY), 'board', 'named');
    expect(r).toMatchObject({ amount: 15, capped: true, credentials: ['river/a', 'river/b'] });
    expect(r.next).toBeUndefined();
  });

  it('rules that have ended, or have not started, grant nothing', () => {
    const w = world({
      id: 'board',
      rules: [
        rule({ id: 'old', effective: { from: '2019-07-01', until: '2024-06-30' } }),
        rule({ id: 'future', effective: { from: '2030-01-01' } }),
      ],
    });
    const report = creditFor({ credentials: ['river/a'] }, w, TODAY);
    expect(report.recognizers).toEqual([]);
    const then = creditFor({ credentials: ['river/a'] }, w, new Date('2020-01-01T00:00:00Z'));
    expect(ruleCredit(then, 'board', 'old').amount).toBe(10);
  });

  it('conditions travel with the credit: the catalog cannot check them', () => {
    const w = world({ id: 'd', rules: [rule({ id: 'q', conditions: ['Employed by the district.'] })] });
    expect(ruleCredit(creditFor({ credentials: ['river/a'] }, w, TODAY), 'd', 'q').conditions).toEqual([
      'Employed by the district.',
    ]);
  });

  it('a credential counts once per recognizer, purpose and unit: earlier rules take it first', () => {
    const w = world({
      id: 'district',
      rules: [
        stackRule('assess-step', 'assess', 'salary-advancement', 1, 'salary step'),
        rule({ id: 'quality-steps', purpose: 'salary-advancement', value: STEP }),
        rule({
          id: 'hours',
          purpose: 'pd-hours',
          value: { basis: 'competency', amount: 10, unit: 'hour', per: 'credential' },
        }),
      ],
    });
    const held = ['river/a', 'river/b', 'river/c', 'river/d', 'lake/x', 'lake/z'];
    const report = creditFor({ credentials: held }, w, TODAY);
    // The stack's credentials went to its step; river/d, lake/x and lake/z are three, not four.
    expect(ruleCredit(report, 'district', 'assess-step').amount).toBe(1);
    expect(ruleCredit(report, 'district', 'quality-steps')).toMatchObject({
      amount: 0,
      credentials: ['river/d', 'lake/x', 'lake/z'],
    });
    // Every credential that meets the standards is held or taken: no fourth one to earn.
    expect(ruleCredit(report, 'district', 'quality-steps').next).toBeUndefined();
    // Another purpose counts them all again.
    expect(ruleCredit(report, 'district', 'hours').amount).toBe(50);
    expect(report.recognizers[0]?.purposes).toEqual([
      {
        purpose: 'salary-advancement',
        unit: { singular: 'salary step', plural: 'salary steps' },
        amount: 1,
        rules: ['assess-step', 'quality-steps'],
      },
      { purpose: 'pd-hours', unit: { singular: 'hour', plural: 'hours' }, amount: 50, rules: ['hours'] },
    ]);
  });

  it('can count only the stacks it is told are complete, and skip next steps', () => {
    const w = world({
      id: 'uni',
      rules: [stackRule('mix-credit', 'mix', 'graduate-credit', 3, 'graduate credit hour')],
    });
    // river/c and river/d complete "mix" (any 2): without inference, only the given stack counts.
    const given = creditFor({ credentials: ['river/c', 'river/d'], stacks: ['assess'] }, w, TODAY, {
      inferStacks: false,
      next: false,
    });
    expect(given.completedStacks).toEqual(['assess']);
    expect(ruleCredit(given, 'uni', 'mix-credit')).toMatchObject({ amount: 0 });
    expect(ruleCredit(given, 'uni', 'mix-credit').next).toBeUndefined();
    expect(creditFor({ credentials: ['river/c', 'river/d'] }, w, TODAY).completedStacks).toEqual(['mix']);
  });

  it('each recognizer keeps its own account', () => {
    const w = world(
      { id: 'a', rules: [rule({ id: 'q' })] },
      { id: 'b', rules: [rule({ id: 'q', value: STEP, purpose: 'salary-advancement' })] },
    );
    const report = creditFor({ credentials: ['river/a', 'river/b', 'river/d', 'lake/x'] }, w, TODAY);
    expect(report.recognizers.map((r) => [r.recognizer, r.purposes.map((p) => p.amount)])).toEqual([
      ['a', [40]],
      ['b', [1]],
    ]);
  });
});
