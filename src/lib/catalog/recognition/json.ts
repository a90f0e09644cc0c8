/**
 * Recognition as plain JSON: each recognizer's document (/recognizers/<id>/recognizer.json) and
 * the recognition entries /catalog.json carries for each credential, stack and recognizer.
 * Dates, not states: whether a rule is in effect depends on the day it is read.
 *
 * In /catalog.json each rule is described once, under its recognizer, and a credential names the
 * rules that take it into account. Rules and credentials grow together in a federated catalog
 * (more districts, each accepting a share of more credentials), so the pairs grow with the square
 * of the catalog: repeating the rule's words in every pair made the index 34 MB at 10,000
 * credentials, and at 50,000 larger than a JavaScript string can hold.
 */
import type { SiteUrls } from '../../ob3/site.ts';
import type { RecognitionRule, RuleSelection } from '../schema/recognizer.ts';
import { paths } from '../urls.ts';
import type { Purpose, RecognizerKind } from '../vocabulary.ts';
import { isoDay } from './describe.ts';
import type { RecognitionIndex } from './recognitions.ts';
import { describeValue, unitOf } from './value.ts';
import type { RecognitionWorld } from './world.ts';

export interface RecognitionJsonSource {
  urls: SiteUrls;
  world: RecognitionWorld;
  index: RecognitionIndex;
  policy(recognizer: string, rule: RecognitionRule): { title: string; url: string };
}

export interface EffectiveJson {
  from: string;
  until?: string;
}

export interface RuleJson {
  id: string;
  title?: string;
  /** The rule on the recognizer's page. */
  url: string;
  accepts: RuleSelection;
  purpose: Purpose;
  value: RecognitionRule['value'] & { description: string; unitPlural: string };
  conditions: string[];
  effective: EffectiveJson;
  policy: { title: string; url: string };
  /** The credentials the rule takes into account today, by id. */
  credentials: string[];
}

export interface RecognizerJson {
  id: string;
  name: string;
  shortName?: string;
  kind: RecognizerKind;
  jurisdiction: { state: string; district?: string | undefined };
  website: string;
  contact: { email: string; name?: string | undefined };
  fictional: boolean;
  page: string;
  json: string;
  ctdl: string;
  rules: RuleJson[];
}

/** A rule as /catalog.json describes it, once, under its recognizer. */
export interface IndexRuleJson {
  id: string;
  title?: string;
  /** The rule on the recognizer's page. */
  url: string;
  purpose: Purpose;
  /** What it is worth, in words ("10 professional learning points per credential"). */
  value: string;
  effective: EffectiveJson;
  policy: { title: string; url: string };
}

/**
 * One rule that takes a credential into account: `rule` is the id of one of
 * `recognizers[id = recognizer].rules` in the same index.
 */
export interface CredentialRecognitionJson {
  recognizer: string;
  rule: string;
  /** Set when the credential counts as part of this stack, once it is complete. */
  stack?: string;
}

/** What completing a stack is worth under one rule. */
export interface StackRecognitionJson {
  recognizer: string;
  rule: string;
  purpose: Purpose;
  /** The rule accepts the stack itself (rather than some of its credentials). */
  direct: boolean;
  min: number;
  max: number;
  unit: string;
  effective: EffectiveJson;
}

const effective = (r: RecognitionRule): EffectiveJson => ({
  from: isoDay(r.effective.from),
  ...(r.effective.until ? { until: isoDay(r.effective.until) } : {}),
});

function recognizerOf(src: RecognitionJsonSource, id: string) {
  const r = src.world.recognizers.find((x) => x.id === id);
  if (!r) throw new Error(`Unknown recognizer "${id}"`);
  return r;
}

/** What both documents say of a rule: who made it, where it is, what for, when, under which policy. */
const ruleFacts = (src: RecognitionJsonSource, id: string, rule: RecognitionRule) => ({
  id: rule.id,
  ...(rule.title ? { title: rule.title } : {}),
  url: src.urls.absolute(paths.rule(id, rule.id)),
  purpose: rule.purpose,
  effective: effective(rule),
  policy: src.policy(id, rule),
});

export function recognizerJson(src: RecognitionJsonSource, id: string): RecognizerJson {
  const r = recognizerOf(src, id);
  const d = r.data;
  return {
    id,
    name: d.name,
    ...(d.shortName ? { shortName: d.shortName } : {}),
    kind: d.kind,
    jurisdiction: d.jurisdiction,
    website: d.website,
    contact: d.contact,
    fictional: d.fictional,
    page: src.urls.absolute(paths.recognizer(id)),
    json: src.urls.absolute(paths.recognizerJson(id)),
    ctdl: src.urls.absolute(paths.recognizerCtdl(id)),
    rules: d.rules.map((rule) => ({
      ...ruleFacts(src, id, rule),
      accepts: rule.accepts,
      value: { ...rule.value, description: describeValue(rule.value), unitPlural: unitOf(rule.value).plural },
      conditions: rule.conditions,
      credentials: src.index.selected({ recognizer: r, rule }),
    })),
  };
}

/** A recognizer's rules as /catalog.json lists them (without the credentials each takes in). */
export const indexRulesJson = (src: RecognitionJsonSource, id: string): IndexRuleJson[] =>
  recognizerOf(src, id).data.rules.map((rule) => ({
    ...ruleFacts(src, id, rule),
    value: describeValue(rule.value),
  }));

export const credentialRecognitionsJson = (
  src: RecognitionJsonSource,
  id: string,
): CredentialRecognitionJson[] =>
  src.index.forCredential(id).map((x) => ({
    recognizer: x.recognizer.id,
    rule: x.rule.id,
    ...(x.stack ? { stack: x.stack.id } : {}),
  }));

export const stackRecognitionsJson = (src: RecognitionJsonSource, id: string): StackRecognitionJson[] =>
  src.index.forStack(id).map((x) => ({
    recognizer: x.recognizer.id,
    rule: x.rule.id,
    purpose: x.rule.purpose,
    direct: x.direct,
    min: x.min,
    max: x.max,
    unit: x.unit.plural,
    effective: effective(x.rule),
  }));
