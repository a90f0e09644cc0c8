/** Assembles /catalog.json from the loaded catalog via the shared builder in src/lib. */
import { buildCatalogIndex } from '../lib/catalog/index-builder.ts';
import type { CatalogIndex } from '../lib/catalog/index-json.ts';
import type { SiteUrls } from '../lib/ob3/site.ts';
import type { Catalog } from './catalog.ts';
import { plainCredential } from './documents.ts';
import { plainData } from './plain.ts';
import { loadStatusLists } from './status-lists.ts';

export function catalogIndex(catalog: Catalog, urls: SiteUrls): CatalogIndex {
  return buildCatalogIndex(
    {
      issuers: catalog.issuers.map((i) => ({ id: i.id, data: i.data })),
      credentials: catalog.credentials.map((c) => ({
        id: c.id,
        data: plainCredential(c),
        quality: catalog.quality(c.id).status,
      })),
      stacks: catalog.stacks.map((s) => ({
        id: s.id,
        data: plainData('stacks', s.data),
      })),
      rubrics: catalog.rubrics.map((r) => ({ id: r.id, data: r.data })),
      statusLists: loadStatusLists(),
    },
    urls,
  );
}
