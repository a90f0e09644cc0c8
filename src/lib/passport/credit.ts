/**
 * What the held credentials are worth to each recognizer, under its rules in effect today: the
 * catalog's own calculation (`creditFor`, catalog/recognition/credit.ts), with each recognizer's
 * name and each rule's title and the next step in words.
 */
import { creditFor, type CreditReport, type RuleCredit } from '../catalog/recognition/credit.ts';
import { PURPOSES } from '../catalog/vocabulary.ts';
import { worldOf, type PassportCatalog } from './catalog.ts';

export interface RecognizerWorth {
  id: string;
  name: string;
  purposes: { purpose: string; label: string; amount: number; unit: string }[];
  /** `nextText` in words; `nextStep` the same without the credentials that would count, `nextCandidates` those. */
  rules: (RuleCredit & { title: string; nextText?: string; nextStep?: string; nextCandidates?: string })[];
}

const unitText = (amount: number, unit: { singular: string; plural: string }) =>
  `${amount} ${amount === 1 ? unit.singular : unit.plural}`;

function nextWords(r: RuleCredit, titles: ReadonlyMap<string, string>) {
  if (!r.next) return {};
  const { need, gain, candidates } = r.next;
  const some = candidates.slice(0, 3).map((id) => titles.get(id) ?? id);
  const more = candidates.length > 3 ? `, or ${candidates.length - 3} more` : '';
  const nextStep = `${need} more credential${need === 1 ? '' : 's'} for ${unitText(gain, r.unit)} more`;
  const nextCandidates = `(${some.join(', ')}${more})`;
  return { nextText: `${nextStep} ${nextCandidates}.`, nextStep, nextCandidates };
}

export function worthOf(
  held: Iterable<string>,
  catalog: PassportCatalog,
  today: Date,
): {
  report: CreditReport;
  recognizers: RecognizerWorth[];
} {
  const world = worldOf(catalog);
  const report = creditFor({ credentials: held }, world, today);
  const titles = new Map(catalog.credentials.map((c) => [c.id, c.title]));
  const recognizers = report.recognizers.map((rc) => {
    const facts = world.recognizers.find((r) => r.id === rc.recognizer);
    const ruleTitle = (id: string) => facts?.data.rules.find((x) => x.id === id)?.title ?? id;
    return {
      id: rc.recognizer,
      name: facts?.data.name ?? rc.recognizer,
      purposes: rc.purposes.map((p) => ({
        purpose: p.purpose,
        label: PURPOSES[p.purpose],
        amount: p.amount,
        unit: p.amount === 1 ? p.unit.singular : p.unit.plural,
      })),
      rules: rc.rules.map((r) => ({ ...r, title: ruleTitle(r.rule), ...nextWords(r, titles) })),
    };
  });
  return { report, recognizers };
}
