/** The recognizer schema: every rule part is validated, with a readable message at the field. */
import { describe, expect, it } from 'vitest';
import { recognizerSchema } from '../../../src/lib/catalog/schema/recognizer.ts';
import { recognizer, recognizerFields, rule } from '../../helpers/recognition.ts';

const issues = (rules: Record<string, unknown>[], extra: Record<string, unknown> = {}) => {
  const base = recognizerFields(rules, extra);
  const r = recognizerSchema().safeParse(base);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('recognizer schema', () => {
  it('accepts each kind of selection', () => {
    const r = recognizer([
      rule({ id: 'a', accepts: { type: 'credentials', credentials: ['river/a', 'lake/x'] } }),
      rule({ id: 'b', accepts: { type: 'stack', stack: 'assess' } }),
      rule({ id: 'c', accepts: { type: 'issuer', issuer: 'river' } }),
      rule({ id: 'd', accepts: { type: 'quality-standards' } }),
    ]);
    expect(r.rules.map((x) => x.accepts.type)).toEqual([
      'credentials',
      'stack',
      'issuer',
      'quality-standards',
    ]);
    expect(r.fictional).toBe(false);
    expect(r.rules[0]?.conditions).toEqual([]);
  });

  it('rejects an unknown selection type and an empty credential list', () => {
    expect(issues([rule({ accepts: { type: 'everything' } })])).toEqual([
      'rules.0.accepts.type: must have a type: credentials, stack, issuer or quality-standards',
    ]);
    expect(issues([rule({ accepts: { type: 'credentials', credentials: [] } })])).toEqual([
      'rules.0.accepts.credentials: needs at least one credential',
    ]);
    expect(issues([rule({ accepts: { type: 'credentials', credentials: ['no-slash'] } })])[0]).toMatch(
      /^rules\.0\.accepts\.credentials\.0: must be "<issuer>\/<slug>"/,
    );
  });

  it('accepts every purpose and rejects others', () => {
    for (const purpose of [
      'license-renewal',
      'ceus',
      'salary-advancement',
      'pd-hours',
      'endorsement',
      'graduate-credit',
      'hiring-preference',
    ])
      expect(issues([rule({ purpose })])).toEqual([]);
    expect(issues([rule({ purpose: 'bragging-rights' })])[0]).toMatch(/^rules\.0\.purpose:/);
  });

  it('values: competency per credential, per N credentials, per stack; time-based', () => {
    expect(
      issues([
        rule({
          value: { basis: 'competency', amount: 1, unit: 'step', per: 'credential', every: 4, max: 2 },
        }),
      ]),
    ).toEqual([]);
    expect(
      issues([
        rule({
          accepts: { type: 'stack', stack: 's' },
          value: {
            basis: 'competency',
            amount: 3,
            unit: 'credit hour',
            per: 'stack',
            creditUnit: 'semester-hour',
          },
        }),
      ]),
    ).toEqual([]);
    expect(issues([rule({ value: { basis: 'hours' } })])).toEqual([]);
    // Without a value, the time-based default.
    const { value: _value, ...valueless } = rule({});
    expect(recognizer([valueless]).rules[0]?.value).toEqual({ basis: 'hours' });
    expect(issues([rule({ value: { basis: 'hours', max: 8 } })])).toEqual([]);
  });

  it('rejects a negative or zero amount, a missing unit, and an unknown basis', () => {
    expect(
      issues([rule({ value: { basis: 'competency', amount: -5, unit: 'point', per: 'credential' } })]),
    ).toEqual(['rules.0.value.amount: must be more than 0: the amount the rule grants']);
    expect(
      issues([rule({ value: { basis: 'competency', amount: 0, unit: 'point', per: 'credential' } })]),
    ).toHaveLength(1);
    expect(issues([rule({ value: { basis: 'competency', amount: 2, per: 'credential' } })])[0]).toMatch(
      /^rules\.0\.value\.unit:/,
    );
    expect(issues([rule({ value: { basis: 'seat-time' } })])).toEqual([
      'rules.0.value.basis: must have a basis: competency (an amount per credential or stack) or hours (1 CEU per 10 hours)',
    ]);
    expect(issues([rule({ value: { basis: 'hours', max: -1 } })])).toHaveLength(1);
  });

  it('a value per stack needs a stack selection, and "every" applies to credentials only', () => {
    expect(issues([rule({ value: { basis: 'competency', amount: 1, unit: 'step', per: 'stack' } })])).toEqual(
      ['rules.0.value.per: is "stack" but the rule accepts quality-standards, not a stack'],
    );
    expect(
      issues([
        rule({
          accepts: { type: 'stack', stack: 's' },
          value: { basis: 'competency', amount: 1, unit: 'step', per: 'stack', every: 2 },
        }),
      ]),
    ).toEqual(['rules.0.value.every: applies to credentials only: a rule counts one stack']);
    expect(
      issues([
        rule({ value: { basis: 'competency', amount: 1, unit: 'step', per: 'credential', every: 1 } }),
      ]),
    ).toEqual(['rules.0.value.every: must be 2 or more (leave it out for each credential)']);
  });

  it('dates: an end before the start is impossible; an open end is fine', () => {
    expect(issues([rule({ effective: { from: '2025-01-01', until: '2024-12-31' } })])).toEqual([
      'rules.0.effective.until: is before "from" (2025-01-01): a rule cannot end before it starts',
    ]);
    expect(issues([rule({ effective: { from: '2025-01-01', until: '2025-01-01' } })])).toEqual([]);
    expect(issues([rule({ effective: { from: 'soon' } })])).toEqual([
      'rules.0.effective.from: must be a date written as YYYY-MM-DD',
    ]);
    expect(issues([rule({ effective: {} })])[0]).toMatch(/^rules\.0\.effective\.from:/);
    // JavaScript would read 30 February as 1 March; the schema refuses a day that does not exist.
    expect(issues([rule({ effective: { from: '2024-02-30' } })])).toEqual([
      'rules.0.effective.from: is not a day on the calendar: 2024-02-30',
    ]);
    expect(issues([rule({ effective: { from: '2024-02-29' } })])).toEqual([]);
  });

  it('conditions are a list of sentences', () => {
    expect(recognizer([rule({ conditions: ['Employed by the district.'] })]).rules[0]?.conditions).toEqual([
      'Employed by the district.',
    ]);
    expect(issues([rule({ conditions: [''] })])).toEqual(['rules.0.conditions.0: must not be empty']);
  });

  it('policy: a page of the recognizer, or a URL with a title; not both, not neither', () => {
    expect(issues([rule({ policy: { url: 'https://board.example/rule', title: 'Rule 7' } })])).toEqual([]);
    expect(issues([rule({ policy: { url: 'https://board.example/rule' } })])).toEqual([
      'rules.0.policy.title: is required with "url": the name of the policy',
    ]);
    expect(issues([rule({ policy: {} })])[0]).toMatch(/^rules\.0\.policy: needs either "page"/);
    expect(issues([rule({ policy: { page: 'p', url: 'https://board.example/' } })])).toHaveLength(1);
    expect(issues([rule({ policy: { url: 'javascript:alert(1)', title: 'x' } })])[0]).toMatch(
      /^rules\.0\.policy\.url:/,
    );
  });

  it('the recognizer needs at least one rule, a known kind and a jurisdiction state', () => {
    expect(issues([])).toEqual(['rules: needs at least one rule']);
    expect(issues([rule({})], { kind: 'church' })[0]).toMatch(/^kind:/);
    expect(issues([rule({})], { jurisdiction: {} })[0]).toMatch(/^jurisdiction\.state:/);
    expect(issues([rule({})], { colour: 'red' })[0]).toMatch(/Unrecognized key/);
  });
});
