/**
 * Builds /catalog.json (the registry the verifier trusts) from plain catalog data. The Astro
 * endpoint, the CLIs and the tests all call this, so they agree on what the catalog vouches for.
 */
import { publishedJwk } from '../keys/jwk.ts';
import { issuerDid, methodId } from '../ob3/issuer-did.ts';
import type { SiteUrls } from '../ob3/site.ts';
import { ceus } from './ceu.ts';
import type { CatalogIndex, CatalogIndexRecognizer } from './index-json.ts';
import type { CredentialRecognitionJson, StackRecognitionJson } from './recognition/json.ts';
import type { QualityStatus } from './quality.ts';
import type { CredentialData, IssuerData, RubricData, StackData, StatusFile } from './schema/index.ts';
import { describeRule, stackTotals } from './stack-math.ts';
import { paths } from './urls.ts';

export interface IndexInput {
  issuers: { id: string; data: IssuerData }[];
  credentials: { id: string; data: CredentialData; quality: QualityStatus }[];
  stacks: { id: string; data: StackData }[];
  rubrics: { id: string; data: RubricData }[];
  statusLists: StatusFile[];
  /** Who recognizes what; the site passes it, the CLIs' registries do without. */
  recognition?: {
    recognizers: CatalogIndexRecognizer[];
    credential(id: string): CredentialRecognitionJson[];
    stack(id: string): StackRecognitionJson[];
  };
}

const iso = (d: Date) => d.toISOString();

export function buildCatalogIndex(input: IndexInput, urls: SiteUrls): CatalogIndex {
  const hours = new Map(input.credentials.map((c) => [c.id, c.data.hours]));
  const dates = input.credentials.map((c) => (c.data.updated ?? c.data.published).getTime());
  const stacksOf = new Map<string, string[]>();
  for (const s of input.stacks)
    for (const id of new Set(s.data.credentials)) stacksOf.set(id, [...(stacksOf.get(id) ?? []), s.id]);
  return {
    site: urls.root,
    // The newest content date, not the build time, so identical content gives identical output.
    generated: new Date(Math.max(0, ...dates)).toISOString(),
    issuers: input.issuers.map((i) => ({
      id: i.id,
      name: i.data.name,
      profile: urls.profile(i.id),
      did: issuerDid(urls, i.id),
      page: urls.absolute(paths.issuer(i.id)),
      jwks: urls.absolute(paths.jwks(i.id)),
      url: i.data.url,
      keys: i.data.keys.map((k) => {
        const { kid, alg, use: _use, iss: _iss, ...jwk } = publishedJwk(i.id, k, urls);
        return {
          kid,
          method: methodId(issuerDid(urls, i.id), k.kid),
          thumbprint: k.kid,
          alg,
          jwk: jwk as Record<string, string>,
          validFrom: iso(k.validFrom),
          ...(k.validUntil ? { validUntil: iso(k.validUntil) } : {}),
          ...(k.revoked ? { revoked: { date: iso(k.revoked.date), reason: k.revoked.reason } } : {}),
        };
      }),
      statusLists: input.statusLists
        .filter((l) => l.issuer === i.id)
        .flatMap((l) => [
          { url: urls.statusList(i.id, l.list), jwt: l.credential },
          ...(l.dataIntegrity
            ? [{ url: urls.absolute(paths.statusListJson(i.id, l.list)), credential: l.dataIntegrity }]
            : []),
        ]),
    })),
    credentials: input.credentials.map((c) => ({
      id: c.id,
      title: c.data.title,
      issuer: c.data.issuer,
      status: c.data.status,
      version: c.data.version,
      hours: c.data.hours,
      ceus: ceus(c.data.hours),
      page: urls.page(c.id),
      achievement: urls.achievement(c.id),
      badge: urls.badge(c.id),
      subjects: c.data.subjects,
      gradeBands: c.data.gradeBands,
      audience: c.data.audience,
      tags: c.data.tags,
      stacks: stacksOf.get(c.id) ?? [],
      prerequisites: c.data.prerequisites,
      quality: c.quality,
      published: iso(c.data.published),
      ...(c.data.updated ? { updated: iso(c.data.updated) } : {}),
      ...(c.data.status !== 'draft' ? { ctdl: urls.absolute(paths.credentialCtdl(c.id)) } : {}),
      ...(input.recognition ? { recognitions: input.recognition.credential(c.id) } : {}),
    })),
    stacks: input.stacks.map((s) => {
      const t = stackTotals(
        s.data.rule,
        s.data.credentials.map((id) => hours.get(id) ?? 0),
      );
      return {
        id: s.id,
        title: s.data.title,
        page: urls.absolute(paths.stack(s.id)),
        curator: s.data.curator,
        rule: describeRule(s.data.rule, s.data.credentials.length, s.data.ordered),
        ordered: s.data.ordered,
        credentials: s.data.credentials,
        minHours: t.minHours,
        maxHours: t.maxHours,
        ctdl: urls.absolute(paths.stackCtdl(s.id)),
        ...(input.recognition ? { recognitions: input.recognition.stack(s.id) } : {}),
      };
    }),
    ...(input.recognition ? { recognizers: input.recognition.recognizers } : {}),
    rubrics: input.rubrics.map((r) => ({
      id: r.id,
      title: r.data.title,
      page: urls.absolute(paths.rubric(r.id)),
      kind: r.data.kind,
    })),
  };
}
