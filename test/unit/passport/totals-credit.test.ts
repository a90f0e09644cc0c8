/** Totals (hours and CEUs of what counts) and what a set is worth to each recognizer. */
import { describe, expect, it } from 'vitest';
import type { PassportCatalog } from '../../../src/lib/passport/catalog.ts';
import { catalogFromJson, catalogToJson } from '../../../src/lib/passport/catalog.ts';
import { worthOf } from '../../../src/lib/passport/credit.ts';
import { totalsOf } from '../../../src/lib/passport/totals.ts';
import { CREDENTIALS, recognizer, rule, stackRule, STACKS, TODAY } from '../../helpers/recognition.ts';

const STEP = { basis: 'competency', amount: 1, unit: 'salary step', per: 'credential', every: 2 };
const CATALOG: PassportCatalog = {
  site: 'https://stackable.example/',
  credentials: CREDENTIALS,
  stacks: STACKS.map((s) => ({ ...s, ordered: false })),
  recognizers: [
    {
      id: 'district',
      data: recognizer([
        stackRule('assess-step', 'assess', 'salary-advancement', 1, 'salary step'),
        rule({ id: 'pairs', purpose: 'salary-advancement', value: STEP }),
        rule({
          id: 'ceus',
          purpose: 'ceus',
          accepts: { type: 'issuer', issuer: 'river' },
          value: { basis: 'hours' },
        }),
      ]),
    },
  ],
};

describe('totals', () => {
  it('adds hours of distinct credentials; CEUs at 10 hours each', () => {
    expect(totalsOf(['river/a', 'river/b', 'river/a'], CATALOG)).toEqual({
      credentials: 2,
      hours: 22,
      ceus: 2.2,
    });
    expect(totalsOf([], CATALOG)).toEqual({ credentials: 0, hours: 0, ceus: 0 });
  });
});

describe('what the set is worth', () => {
  it('per purpose, with the rule titles and the next step in words', () => {
    const { recognizers, report } = worthOf(['river/a', 'river/b'], CATALOG, TODAY);
    expect(report.completedStacks).toEqual([]);
    const d = recognizers[0];
    expect(d?.name).toBe('State Board');
    expect(d?.purposes).toEqual([
      { purpose: 'salary-advancement', label: 'Salary advancement', amount: 1, unit: 'salary step' },
      { purpose: 'ceus', label: 'Continuing education units (CEUs)', amount: 2.2, unit: 'CEUs' },
    ]);
    const stack = d?.rules.find((r) => r.rule === 'assess-step');
    expect(stack?.amount).toBe(0);
    expect(stack?.nextText).toBe('1 more credential for 1 salary step more (c).');
  });

  it('a completed stack is worth its step, and its credentials are not counted again', () => {
    const { recognizers, report } = worthOf(['river/a', 'river/b', 'river/c'], CATALOG, TODAY);
    expect(report.completedStacks).toEqual(['assess']);
    const rules = recognizers[0]?.rules ?? [];
    expect(rules.find((r) => r.rule === 'assess-step')).toMatchObject({ amount: 1, stacks: ['assess'] });
    expect(rules.find((r) => r.rule === 'pairs')).toMatchObject({ amount: 0, credentials: [] });
  });

  it('the embedded catalog keeps rule dates through JSON', () => {
    const back = catalogFromJson(catalogToJson(CATALOG));
    expect(back.recognizers[0]?.data.rules[0]?.effective.from).toEqual(new Date('2024-01-01T00:00:00Z'));
    expect(worthOf(['river/a', 'river/b'], back, TODAY).recognizers).toEqual(
      worthOf(['river/a', 'river/b'], CATALOG, TODAY).recognizers,
    );
  });
});
