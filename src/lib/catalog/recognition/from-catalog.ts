/** The recognition world of a checked catalog (what `checkCatalog` returns), for the CLIs and tests. */
import type { Catalog } from '../model.ts';
import { meetsAllStandards, reviewQuality } from '../quality.ts';
import { makeWorld, type RecognitionWorld } from './world.ts';

export const QUALITY_RUBRIC = 'quality-assurance';

export function worldFromCatalog(c: Catalog): RecognitionWorld {
  const quality = c.rubrics.get(QUALITY_RUBRIC);
  return makeWorld({
    credentials: [...c.credentials.values()].map((e) => ({
      id: e.id,
      title: e.data.title,
      issuer: e.data.issuer,
      status: e.data.status,
      hours: e.data.hours,
      meetsQuality: quality
        ? meetsAllStandards(
            reviewQuality(
              { data: e.data, body: e.body, rubric: c.rubrics.get(e.data.rubric)?.data },
              { id: quality.id, data: quality.data },
            ),
          )
        : false,
    })),
    stacks: [...c.stacks.values()].map((s) => ({
      id: s.id,
      title: s.data.title,
      status: s.data.status,
      credentials: s.data.credentials,
      rule: s.data.rule,
    })),
    recognizers: [...c.recognizers.values()].map((r) => ({ id: r.id, data: r.data })),
  });
}
