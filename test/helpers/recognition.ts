/**
 * A small recognition world for unit tests: two issuers' credentials with known hours, quality
 * and status, two stacks (all-of and n-of-m), and recognizers built from rule objects parsed by
 * the real schema, so tests exercise exactly what content files can say.
 */
import { recognizerSchema, type RecognitionRule } from '../../src/lib/catalog/schema/recognizer.ts';
import {
  makeWorld,
  type CredentialFacts,
  type RecognitionWorld,
  type StackFacts,
} from '../../src/lib/catalog/recognition/world.ts';

const c = (
  id: string,
  hours: number,
  meetsQuality: boolean,
  status: CredentialFacts['status'] = 'active',
): CredentialFacts => ({
  id,
  title: id.split('/')[1] ?? id,
  issuer: id.split('/')[0] ?? '',
  status,
  hours,
  meetsQuality,
});

export const CREDENTIALS: CredentialFacts[] = [
  c('river/a', 10, true),
  c('river/b', 12, true),
  c('river/c', 15, false),
  c('river/d', 20, true),
  c('river/draft', 8, true, 'draft'),
  c('river/old', 16, true, 'retired'),
  c('lake/x', 12, true),
  c('lake/y', 18, false),
  c('lake/z', 9, true),
];

export const STACKS: StackFacts[] = [
  {
    id: 'assess',
    title: 'Assessment',
    status: 'active',
    credentials: ['river/a', 'river/b', 'river/c'],
    rule: { type: 'all' },
  },
  {
    id: 'mix',
    title: 'Mixed pathway',
    status: 'active',
    credentials: ['river/c', 'river/d', 'lake/x', 'lake/y'],
    rule: { type: 'n-of-m', n: 2 },
  },
];

type RuleInput = Record<string, unknown>;

/** A rule as a content file would write it, with defaults for what a test does not care about. */
export const rule = (over: RuleInput): RuleInput => ({
  id: 'r',
  accepts: { type: 'quality-standards' },
  purpose: 'license-renewal',
  value: { basis: 'competency', amount: 10, unit: 'point', per: 'credential' },
  effective: { from: '2024-01-01' },
  policy: { page: 'policy' },
  ...over,
});

/** A rule that ended: CEUs by hours for every credential of the issuer `river`, until mid-2024. */
export const endedIssuerRule = (): RuleInput =>
  rule({
    id: 'old-ceus',
    purpose: 'ceus',
    accepts: { type: 'issuer', issuer: 'river' },
    value: { basis: 'hours' },
    effective: { from: '2019-01-01', until: '2024-06-30' },
  });

/** A rule that grants `amount` of `unit` for completing a stack. */
export const stackRule = (
  id: string,
  stack: string,
  purpose: string,
  amount: number,
  unit: string,
): RuleInput =>
  rule({
    id,
    purpose,
    accepts: { type: 'stack', stack },
    value: { basis: 'competency', amount, unit, per: 'stack' },
  });

/** A recognizer file's fields around its rules, as a content file would write them. */
export const recognizerFields = (rules: RuleInput[], extra: RuleInput = {}): RuleInput => ({
  name: 'State Board',
  kind: 'state-agency',
  summary: 'Licenses teachers.',
  jurisdiction: { state: 'Somewhere' },
  website: 'https://board.example/',
  contact: { email: 'board@board.example' },
  maintainers: ['board-team'],
  rules,
  ...extra,
});

export const recognizer = (rules: RuleInput[], extra: RuleInput = {}) =>
  recognizerSchema().parse(recognizerFields(rules, extra));

export function world(...recognizers: { id: string; rules: RuleInput[] }[]): RecognitionWorld {
  return makeWorld({
    credentials: CREDENTIALS,
    stacks: STACKS,
    recognizers: recognizers.map((r) => ({ id: r.id, data: recognizer(r.rules) })),
  });
}

export const TODAY = new Date('2026-03-01T12:00:00Z');

export const onlyRule = (w: RecognitionWorld): RecognitionRule => {
  const r = w.recognizers[0]?.data.rules[0];
  if (!r) throw new Error('no rule');
  return r;
};
