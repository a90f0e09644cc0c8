/** A CtdlSource over a checked catalog (what `checkCatalog` returns), for the CLIs and tests. */
import type { Catalog } from '../catalog/model.ts';
import { worldFromCatalog } from '../catalog/recognition/from-catalog.ts';
import { indexRecognitions } from '../catalog/recognition/recognitions.ts';
import { paths } from '../catalog/urls.ts';
import type { SiteUrls } from '../ob3/site.ts';
import type { CtdlSource } from './documents.ts';

export function ctdlSourceFromCatalog(c: Catalog, urls: SiteUrls, today: Date): CtdlSource {
  const get = <T>(m: ReadonlyMap<string, { data: T }>, kind: string, id: string): T => {
    const e = m.get(id);
    if (!e) throw new Error(`Unknown ${kind} "${id}"`);
    return e.data;
  };
  return {
    urls,
    today,
    index: indexRecognitions(worldFromCatalog(c), today),
    credential: (id) => get(c.credentials, 'credential', id),
    stack: (id) => get(c.stacks, 'stack', id),
    issuer: (id) => get(c.issuers, 'issuer', id),
    recognizer: (id) => get(c.recognizers, 'recognizer', id),
    policyUrl: (recognizer, rule) =>
      rule.policy.url ?? urls.absolute(paths.policy(recognizer, rule.policy.page ?? '')),
  };
}
