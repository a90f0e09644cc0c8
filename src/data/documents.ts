/** Builds the published OB 3.0 documents from the loaded catalog (Astro side). */
import { buildAchievement } from '../lib/ob3/achievement.ts';
import { buildProfile } from '../lib/ob3/profile.ts';
import { siteUrls, type SiteUrls } from '../lib/ob3/site.ts';
import type { Catalog } from './catalog.ts';
import { plainData } from './plain.ts';

/** The site root including the base path, from astro.config.mjs `site` and `base`. */
export function urlsFor(site: URL | undefined): SiteUrls {
  if (!site) throw new Error('astro.config.mjs must set `site`: badge ids are absolute URLs');
  return siteUrls(new URL(import.meta.env.BASE_URL, site).href);
}

/** Plain credential data with references flattened to ids, as src/lib expects. */
export const plainCredential = (c: ReturnType<Catalog['credential']>) => plainData('credentials', c.data);

export function achievementFor(catalog: Catalog, id: string, urls: SiteUrls) {
  const c = catalog.credential(id);
  // Only the titles it cites: a map of the whole catalog per document made builds quadratic.
  const titles = new Map(c.data.prerequisites.map((p) => [p.id, catalog.credential(p.id).data.title]));
  return buildAchievement(
    {
      id,
      data: plainCredential(c),
      issuer: catalog.issuer(c.data.issuer.id).data,
      rubric: catalog.rubric(c.data.rubric.id).data,
      titles,
    },
    urls,
  );
}

export function profileFor(catalog: Catalog, id: string, urls: SiteUrls) {
  return buildProfile(id, catalog.issuer(id).data, urls);
}

/** Compact JSON: these documents are for programs (browsers pretty-print JSON for people). */
export const json = (value: unknown, type = 'application/json') =>
  new Response(JSON.stringify(value), { headers: { 'Content-Type': type } });
