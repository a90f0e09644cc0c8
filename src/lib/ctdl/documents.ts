/**
 * The catalog's CTDL documents, one per credential, stack, issuer and recognizer, built from
 * plain catalog data and the recognition index. The Astro endpoints and the tests both call
 * these, so what is published is what is validated.
 */
import { describeValue, perCredential, unitOf } from '../catalog/recognition/value.ts';
import { ruleState } from '../catalog/recognition/dates.ts';
import type { Recognition, RecognitionIndex } from '../catalog/recognition/recognitions.ts';
import type { RecognizerData, IssuerData, RecognitionRule, StackRule } from '../catalog/schema/index.ts';
import { describeRule as describeStackRule, requiredCount } from '../catalog/stack-math.ts';
import { paths } from '../catalog/urls.ts';
import { PURPOSES, type IssuerKind, type RecognizerKind } from '../catalog/vocabulary.ts';
import { purposePhrase } from '../catalog/recognition/describe.ts';
import type { SiteUrls } from '../ob3/site.ts';
import { credentialCtdl, type RecognitionProfile } from './credential.ts';
import { organizationCtdl } from './organization.ts';
import { pathwayCtdl } from './pathway.ts';
import type { OrganizationKind, Sector } from './terms.ts';

export interface CtdlSource {
  urls: SiteUrls;
  index: RecognitionIndex;
  today: Date;
  credential(id: string): {
    title: string;
    summary: string;
    status: 'draft' | 'active' | 'retired';
    hours: number;
    tags: readonly string[];
    published: Date;
    issuer: string;
  };
  stack(id: string): {
    title: string;
    summary: string;
    curator: string;
    rule: StackRule;
    ordered: boolean;
    credentials: readonly string[];
  };
  issuer(id: string): IssuerData;
  recognizer(id: string): RecognizerData;
  /** The URL of the policy a rule links to. */
  policyUrl(recognizer: string, rule: RecognitionRule): string;
}

/** Drafts are not published to the Credential Registry: they cannot be earned. */
export const publishesCtdl = (status: string) => status !== 'draft';

const ISSUER_ORG: Record<IssuerKind, [OrganizationKind, Sector]> = {
  'school-district': ['government', 'public'],
  'state-agency': ['government', 'public'],
  university: ['postsecondary', 'public'],
  nonprofit: ['training-provider', 'private-nonprofit'],
  company: ['business', 'private-for-profit'],
};

const RECOGNIZER_ORG: Record<RecognizerKind, [OrganizationKind, Sector]> = {
  'state-agency': ['government', 'public'],
  district: ['government', 'public'],
  university: ['postsecondary', 'public'],
  employer: ['business', 'private-for-profit'],
  association: ['professional-association', 'private-nonprofit'],
};

const ctdlUrl = {
  credential: (s: CtdlSource, id: string) => s.urls.absolute(paths.credentialCtdl(id)),
  issuer: (s: CtdlSource, id: string) => s.urls.absolute(paths.issuerCtdl(id)),
  recognizer: (s: CtdlSource, id: string) => s.urls.absolute(paths.recognizerCtdl(id)),
};

function profile(s: CtdlSource, r: Recognition, hours: number): RecognitionProfile {
  const { rule } = r;
  const rz = r.recognizer.data;
  const stack = r.stack;
  const stackRule = stack ? describeStackRule(stack.rule, stack.credentials.length, false) : '';
  return {
    purpose: rule.purpose,
    recognizer: ctdlUrl.recognizer(s, r.recognizer.id),
    name: `${PURPOSES[rule.purpose]}: ${rz.name}`,
    description: stack
      ? `Counts toward ${purposePhrase(rule.purpose)} as part of the stack ${stack.title} (${stackRule.toLowerCase()}), once it is complete: ${describeValue(rule.value)}.`
      : `Counts toward ${purposePhrase(rule.purpose)}: ${describeValue(rule.value)}.`,
    amount: stack ? undefined : perCredential(rule.value, hours),
    unit: unitOf(rule.value),
    creditUnit: rule.value.basis === 'competency' ? rule.value.creditUnit : undefined,
    conditions: [
      ...(stack ? [`Complete the stack ${stack.title}: ${stackRule.toLowerCase()}.`] : []),
      ...rule.conditions,
    ],
    from: rule.effective.from,
    until: rule.effective.until,
    policy: s.policyUrl(r.recognizer.id, rule),
  };
}

export function credentialDocument(s: CtdlSource, id: string): Record<string, unknown> {
  const c = s.credential(id);
  const current = s.index.forCredential(id).filter((r) => r.state !== 'ended');
  return credentialCtdl({
    id: ctdlUrl.credential(s, id),
    page: s.urls.page(id),
    image: s.urls.badge(id),
    title: c.title,
    summary: c.summary,
    status: c.status === 'retired' ? 'retired' : 'active',
    hours: c.hours,
    tags: c.tags,
    published: c.published,
    issuer: ctdlUrl.issuer(s, c.issuer),
    recognizedBy: [
      ...new Set(
        current.filter((r) => r.state === 'in-effect').map((r) => ctdlUrl.recognizer(s, r.recognizer.id)),
      ),
    ],
    recognitions: current.map((r) => profile(s, r, c.hours)),
  });
}

export function stackDocument(s: CtdlSource, id: string): Record<string, unknown> {
  const st = s.stack(id);
  return pathwayCtdl({
    id: s.urls.absolute(paths.stackCtdl(id)),
    page: s.urls.absolute(paths.stack(id)),
    title: st.title,
    summary: st.summary,
    curator: ctdlUrl.issuer(s, st.curator),
    ruleText: describeStackRule(st.rule, st.credentials.length, st.ordered),
    required: requiredCount(st.rule, st.credentials.length),
    members: st.credentials.map((m) => {
      const c = s.credential(m);
      return {
        id: m,
        title: c.title,
        summary: c.summary,
        page: s.urls.page(m),
        ctdl: publishesCtdl(c.status) ? ctdlUrl.credential(s, m) : undefined,
      };
    }),
  });
}

export function issuerDocument(s: CtdlSource, id: string): Record<string, unknown> {
  const d = s.issuer(id);
  const [kind, sector] = ISSUER_ORG[d.kind];
  return organizationCtdl({
    id: ctdlUrl.issuer(s, id),
    page: s.urls.absolute(paths.issuer(id)),
    name: d.name,
    shortName: d.shortName,
    description: d.summary,
    website: d.url,
    email: d.email,
    kind,
    sector,
    place: { description: d.location },
  });
}

export function recognizerDocument(s: CtdlSource, id: string): Record<string, unknown> {
  const d = s.recognizer(id);
  const [kind, sector] = RECOGNIZER_ORG[d.kind];
  const recognizes = s.index.rules
    .filter((ref) => ref.recognizer.id === id && ruleState(ref.rule.effective, s.today) === 'in-effect')
    .flatMap((ref) => s.index.selected(ref))
    .filter((c) => publishesCtdl(s.credential(c).status));
  return organizationCtdl({
    id: ctdlUrl.recognizer(s, id),
    page: s.urls.absolute(paths.recognizer(id)),
    name: d.name,
    shortName: d.shortName,
    description: d.summary,
    website: d.website,
    email: d.contact.email,
    kind,
    sector,
    place: { region: d.jurisdiction.state, locality: d.jurisdiction.district },
    jurisdiction: { region: d.jurisdiction.state, locality: d.jurisdiction.district },
    recognizes: [...new Set(recognizes)].map((c) => ctdlUrl.credential(s, c)),
  });
}
