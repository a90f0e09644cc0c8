/** Assembles /catalog.json from the loaded catalog. */
import { ceus } from '../lib/catalog/ceu.ts';
import type { CatalogIndex } from '../lib/catalog/index-json.ts';
import { describeRule } from '../lib/catalog/stack-math.ts';
import { paths } from '../lib/catalog/urls.ts';
import { publishedJwk } from '../lib/keys/jwk.ts';
import type { SiteUrls } from '../lib/ob3/site.ts';
import type { Catalog } from './catalog.ts';
import { loadStatusLists } from './status-lists.ts';

const iso = (d: Date) => d.toISOString();

export async function buildCatalogIndex(catalog: Catalog, urls: SiteUrls): Promise<CatalogIndex> {
  const lists = loadStatusLists();
  const dates = catalog.credentials.map((c) => (c.data.updated ?? c.data.published).getTime());
  return {
    site: urls.root,
    // The newest content date, not the build time, so identical content gives identical output.
    generated: new Date(Math.max(0, ...dates)).toISOString(),
    issuers: catalog.issuers.map((i) => ({
      id: i.id,
      name: i.data.name,
      profile: urls.profile(i.id),
      page: urls.absolute(paths.issuer(i.id)),
      jwks: urls.absolute(paths.jwks(i.id)),
      url: i.data.url,
      keys: i.data.keys.map((k) => {
        const { kid, alg, use: _use, iss: _iss, ...jwk } = publishedJwk(i.id, k, urls);
        return {
          kid,
          thumbprint: k.kid,
          alg,
          jwk: jwk as Record<string, string>,
          validFrom: iso(k.validFrom),
          ...(k.validUntil ? { validUntil: iso(k.validUntil) } : {}),
          ...(k.revoked ? { revoked: { date: iso(k.revoked.date), reason: k.revoked.reason } } : {}),
        };
      }),
      statusLists: lists.filter((l) => l.issuer === i.id).map((l) => ({ url: urls.statusList(i.id, l.list), jwt: l.credential })),
    })),
    credentials: catalog.credentials.map((c) => ({
      id: c.id,
      title: c.data.title,
      issuer: c.data.issuer.id,
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
      stacks: catalog.stacksOf(c.id).map((s) => s.id),
      prerequisites: c.data.prerequisites.map((p) => p.id),
      quality: catalog.quality(c.id).status,
      published: iso(c.data.published),
      ...(c.data.updated ? { updated: iso(c.data.updated) } : {}),
    })),
    stacks: catalog.stacks.map((s) => {
      const t = catalog.totals(s);
      return {
        id: s.id,
        title: s.data.title,
        page: urls.absolute(paths.stack(s.id)),
        curator: s.data.curator.id,
        rule: describeRule(s.data.rule, s.data.credentials.length, s.data.ordered),
        ordered: s.data.ordered,
        credentials: s.data.credentials.map((x) => x.id),
        minHours: t.minHours,
        maxHours: t.maxHours,
      };
    }),
    rubrics: catalog.rubrics.map((r) => ({ id: r.id, title: r.data.title, page: urls.absolute(paths.rubric(r.id)), kind: r.data.kind })),
  };
}
