/** Assembles /catalog.json from the loaded catalog via the shared builder in src/lib. */
import { buildCatalogIndex } from '../lib/catalog/index-builder.ts';
import type { CatalogIndex } from '../lib/catalog/index-json.ts';
import type { SiteUrls } from '../lib/ob3/site.ts';
import type { Catalog } from './catalog.ts';
import {
  credentialRecognitionsJson,
  indexRulesJson,
  stackRecognitionsJson,
} from '../lib/catalog/recognition/json.ts';
import { paths } from '../lib/catalog/urls.ts';
import type { RecognitionData } from './recognition.ts';
import { plainCredential } from './documents.ts';
import { plainData } from './plain.ts';
import { loadStatusLists } from './status-lists.ts';

/** With `recognition`, the index also says who recognizes what (the published /catalog.json does). */
export function catalogIndex(catalog: Catalog, urls: SiteUrls, recognition?: RecognitionData): CatalogIndex {
  const src = recognition?.jsonSource(urls);
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
      ...(recognition && src
        ? {
            recognition: {
              recognizers: recognition.recognizers.map((r) => ({
                id: r.id,
                name: r.data.name,
                kind: r.data.kind,
                page: urls.absolute(paths.recognizer(r.id)),
                json: urls.absolute(paths.recognizerJson(r.id)),
                ctdl: urls.absolute(paths.recognizerCtdl(r.id)),
                rules: indexRulesJson(src, r.id),
              })),
              credential: (id: string) => credentialRecognitionsJson(src, id),
              stack: (id: string) => stackRecognitionsJson(src, id),
            },
          }
        : {}),
    },
    urls,
  );
}
