/** Each rule part alone: selection, dates, value. */
import { describe, expect, it } from 'vitest';
import { ruleState } from '../../../src/lib/catalog/recognition/dates.ts';
import { selectedCredentials, selects } from '../../../src/lib/catalog/recognition/select.ts';
import {
  amountFor,
  describeValue,
  formatAmount,
  formatRange,
  perCredential,
  unitOf,
} from '../../../src/lib/catalog/recognition/value.ts';
import {
  countedPhrase,
  creditLine,
  describeRule,
  describeSelection,
} from '../../../src/lib/catalog/recognition/describe.ts';
import type { RuleValue } from '../../../src/lib/catalog/schema/recognizer.ts';
import { CREDENTIALS, onlyRule, rule, world } from '../../helpers/recognition.ts';

const w = world({ id: 'board', rules: [rule({})] });
const sel = (accepts: Record<string, unknown>) =>
  onlyRule(world({ id: 'b', rules: [rule({ accepts })] })).accepts;
const value = (v: Record<string, unknown>): RuleValue =>
  onlyRule(world({ id: 'b', rules: [rule({ value: v })] })).value;
const byId = (id: string) => {
  const c = CREDENTIALS.find((x) => x.id === id);
  if (!c) throw new Error(id);
  return c;
};

describe('selection', () => {
  it('named credentials: exactly those listed that exist', () => {
    const s = sel({ type: 'credentials', credentials: ['river/c', 'lake/y', 'nobody/none'] });
    expect(selectedCredentials(s, w)).toEqual(['river/c', 'lake/y']);
    expect(selects(s, byId('river/c'), w)).toBe(true);
    expect(selects(s, byId('river/a'), w)).toBe(false);
  });

  it('a stack: its credentials, whatever their quality', () => {
    const s = sel({ type: 'stack', stack: 'mix' });
    expect(selectedCredentials(s, w)).toEqual(['river/c', 'river/d', 'lake/x', 'lake/y']);
    expect(selects(s, byId('lake/y'), w)).toBe(true);
    expect(selects(s, byId('river/a'), w)).toBe(false);
    expect(selectedCredentials(sel({ type: 'stack', stack: 'gone' }), w)).toEqual([]);
  });

  it('an issuer: every active credential of it, not its drafts or retired ones', () => {
    expect(selectedCredentials(sel({ type: 'issuer', issuer: 'river' }), w)).toEqual([
      'river/a',
      'river/b',
      'river/c',
      'river/d',
    ]);
    expect(selects(sel({ type: 'issuer', issuer: 'river' }), byId('river/old'), w)).toBe(false);
  });

  it('quality standards: active credentials that meet every standard', () => {
    expect(selectedCredentials(sel({ type: 'quality-standards' }), w)).toEqual([
      'river/a',
      'river/b',
      'river/d',
      'lake/x',
      'lake/z',
    ]);
    expect(selects(sel({ type: 'quality-standards' }), byId('river/draft'), w)).toBe(false);
  });

  it('is described in words', () => {
    const names = {
      credential: (id: string) => `“${id}”`,
      stack: (id: string) => id.toUpperCase(),
      issuer: (id: string) => `Issuer ${id}`,
    };
    expect(describeSelection(sel({ type: 'credentials', credentials: ['river/a'] }), names)).toBe(
      'The credential “river/a”',
    );
    expect(describeSelection(sel({ type: 'credentials', credentials: ['river/a', 'lake/x'] }), names)).toBe(
      '2 named credentials: “river/a”; “lake/x”',
    );
    expect(describeSelection(sel({ type: 'stack', stack: 'mix' }), names)).toBe(
      'The stack MIX, once complete',
    );
    expect(describeSelection(sel({ type: 'issuer', issuer: 'lake' }), names)).toBe(
      'Every active credential of Issuer lake',
    );
    expect(describeSelection(sel({ type: 'quality-standards' }), names)).toBe(
      'Any active credential that meets all the quality standards',
    );
  });
});

describe('dates', () => {
  const d = (s: string) => new Date(`${s}T00:00:00Z`);
  const eff = { from: d('2024-07-01'), until: d('2025-06-30') };
  it('is upcoming before its first day, in effect through its last day, ended after it', () => {
    expect(ruleState(eff, new Date('2024-06-30T23:59:59Z'))).toBe('upcoming');
    expect(ruleState(eff, new Date('2024-07-01T00:00:00Z'))).toBe('in-effect');
    expect(ruleState(eff, new Date('2025-06-30T23:59:59Z'))).toBe('in-effect');
    expect(ruleState(eff, new Date('2025-07-01T00:00:00Z'))).toBe('ended');
  });
  it('without an end it never ends', () => {
    expect(ruleState({ from: d('2020-01-01') }, new Date('2099-01-01T00:00:00Z'))).toBe('in-effect');
  });
});

describe('value', () => {
  const hours = (...h: number[]) => h.map((x) => ({ hours: x }));
  it('competency per credential: the amount for each credential counted, whatever its hours', () => {
    const v = value({ basis: 'competency', amount: 10, unit: 'point', per: 'credential' });
    expect(amountFor(v, hours(5, 40), 0)).toEqual({ amount: 20, capped: false });
    expect(amountFor(v, [], 3)).toEqual({ amount: 0, capped: false });
    expect(perCredential(v, 40)).toBe(10);
  });
  it('competency for every N credentials: a threshold, counted in whole steps', () => {
    const v = value({ basis: 'competency', amount: 1, unit: 'salary step', per: 'credential', every: 4 });
    expect(amountFor(v, hours(1, 1, 1), 0).amount).toBe(0);
    expect(amountFor(v, hours(1, 1, 1, 1), 0).amount).toBe(1);
    expect(amountFor(v, hours(1, 1, 1, 1, 1, 1, 1), 0).amount).toBe(1);
    expect(amountFor(v, hours(1, 1, 1, 1, 1, 1, 1, 1), 0).amount).toBe(2);
    expect(perCredential(v, 10)).toBeUndefined();
  });
  it('competency per stack: the amount for each completed stack', () => {
    const v = value({ basis: 'competency', amount: 3, unit: 'graduate credit hour', per: 'credential' });
    const perStack = onlyRule(
      world({
        id: 'u',
        rules: [
          rule({
            accepts: { type: 'stack', stack: 'assess' },
            value: { basis: 'competency', amount: 3, unit: 'graduate credit hour', per: 'stack' },
          }),
        ],
      }),
    ).value;
    expect(amountFor(perStack, hours(10, 12, 15), 1).amount).toBe(3);
    expect(amountFor(perStack, hours(10, 12, 15), 0).amount).toBe(0);
    expect(amountFor(v, hours(10), 1).amount).toBe(3);
  });
  it('time-based: 1 CEU per 10 hours of each credential, to one decimal', () => {
    const v = value({ basis: 'hours' });
    expect(amountFor(v, hours(12, 15), 0)).toEqual({ amount: 2.7, capped: false });
    expect(perCredential(v, 14)).toBe(1.4);
    expect(unitOf(v)).toEqual({ singular: 'CEU', plural: 'CEUs' });
  });
  it('a maximum caps the amount and says so', () => {
    expect(
      amountFor(
        value({ basis: 'competency', amount: 10, unit: 'point', per: 'credential', max: 25 }),
        hours(1, 1, 1),
        0,
      ),
    ).toEqual({
      amount: 25,
      capped: true,
    });
    expect(amountFor(value({ basis: 'hours', max: 2 }), hours(12, 15), 0)).toEqual({
      amount: 2,
      capped: true,
    });
  });
  it('is written in words, with the unit pluralized (or as the recognizer spells it)', () => {
    expect(
      describeValue(
        value({
          basis: 'competency',
          amount: 10,
          unit: 'professional learning point',
          per: 'credential',
          max: 60,
        }),
      ),
    ).toBe('10 professional learning points per credential, at most 60 professional learning points');
    expect(
      describeValue(
        value({ basis: 'competency', amount: 1, unit: 'salary step', per: 'credential', every: 4 }),
      ),
    ).toBe('1 salary step for every 4 credentials');
    expect(describeValue(value({ basis: 'hours' }))).toBe('CEUs by time: 1 CEU per 10 hours of learning');
    expect(unitOf(value({ basis: 'competency', amount: 2, unit: 'class', per: 'credential' })).plural).toBe(
      'classes',
    );
    expect(
      unitOf(value({ basis: 'competency', amount: 2, unit: 'PDP', unitPlural: 'PDP', per: 'credential' }))
        .plural,
    ).toBe('PDP');
    expect(formatAmount(2.5, { singular: 'CEU', plural: 'CEUs' })).toBe('2.5 CEUs');
    expect(formatRange(2, 3, { singular: 'step', plural: 'steps' })).toBe('2 to 3 steps');
    expect(formatRange(1, 1, { singular: 'step', plural: 'steps' })).toBe('1 step');
  });
  it('a whole rule reads as a sentence', () => {
    expect(
      describeRule(
        onlyRule(world({ id: 'b', rules: [rule({ purpose: 'ceus', value: { basis: 'hours' } })] })),
      ),
    ).toBe('Counts toward continuing education units (CEUs): CEUs by time: 1 CEU per 10 hours of learning.');
  });
});

describe('what a rule grants one credential', () => {
  const line = (
    v: Record<string, unknown>,
    stack?: string,
    accepts: Record<string, unknown> = { type: 'quality-standards' },
  ) => creditLine(onlyRule(world({ id: 'b', rules: [rule({ value: v, accepts })] })), 12, stack);
  it('says the amount, the threshold, the stack and the cap', () => {
    expect(line({ basis: 'competency', amount: 10, unit: 'point', per: 'credential' })).toBe('10 points');
    expect(line({ basis: 'competency', amount: 10, unit: 'point', per: 'credential', max: 60 })).toBe(
      '10 points (at most 60 points in all)',
    );
    expect(line({ basis: 'competency', amount: 1, unit: 'salary step', per: 'credential', every: 4 })).toBe(
      '1 salary step for every 4 credentials it accepts',
    );
    const names = {
      credential: (id: string) => id,
      stack: (id: string) => id,
      issuer: (id: string) => `Issuer ${id}`,
    };
    const every = onlyRule(
      world({
        id: 'b',
        rules: [
          rule({
            accepts: { type: 'issuer', issuer: 'lake' },
            value: { basis: 'competency', amount: 1, unit: 'step', per: 'credential', every: 3 },
          }),
        ],
      }),
    );
    expect(creditLine(every, 10, undefined, countedPhrase(every.accepts, names))).toBe(
      '1 step for every 3 credentials from Issuer lake',
    );
    expect(countedPhrase(sel({ type: 'quality-standards' }), names)).toBe(
      'credentials that meet the quality standards',
    );
    expect(countedPhrase(sel({ type: 'stack', stack: 'mix' }), names)).toBe('credentials of the stack mix');
    expect(countedPhrase(sel({ type: 'credentials', credentials: ['river/a'] }), names)).toBe(
      'credentials the rule names',
    );
    expect(line({ basis: 'hours' })).toBe('1.2 CEUs');
    expect(line({ basis: 'hours' }, 'Mixed pathway', { type: 'stack', stack: 'mix' })).toBe(
      '1.2 CEUs, once the stack Mixed pathway is complete',
    );
    expect(
      line({ basis: 'competency', amount: 3, unit: 'graduate credit hour', per: 'stack' }, 'Mixed pathway', {
        type: 'stack',
        stack: 'mix',
      }),
    ).toBe('3 graduate credit hours for completing the stack Mixed pathway');
  });
});
