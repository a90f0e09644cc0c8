/** The catalog registry (what /catalog.json publishes) built straight from content, for the CLIs. */
import { buildCatalogIndex } from '../../src/lib/catalog/index-builder.ts';
import type { CatalogIndex } from '../../src/lib/catalog/index-json.ts';
import { reviewQuality } from '../../src/lib/catalog/quality.ts';
import { siteUrls } from '../../src/lib/ob3/site.ts';
import { loadValidCatalogWithStatus } from './catalog.ts';

export async function registryFromContent(content: string, site: string): Promise<CatalogIndex> {
  const { catalog, statusLists } = await loadValidCatalogWithStatus(content);
  const quality = catalog.rubrics.get('quality-assurance');
  const credentials = [...catalog.credentials.values()].map((c) => ({
    id: c.id,
    data: c.data,
    quality: quality
      ? reviewQuality(
          { data: c.data, body: c.body, rubric: catalog.rubrics.get(c.data.rubric)?.data },
          { id: quality.id, data: quality.data },
        ).status
      : ('not-reviewed' as const),
  }));
  return buildCatalogIndex(
    {
      issuers: [...catalog.issuers.values()].map((i) => ({ id: i.id, data: i.data })),
      credentials,
      stacks: [...catalog.stacks.values()].map((s) => ({ id: s.id, data: s.data })),
      rubrics: [...catalog.rubrics.values()].map((r) => ({ id: r.id, data: r.data })),
      statusLists: statusLists.map((l) => l.data),
    },
    siteUrls(site),
  );
}
