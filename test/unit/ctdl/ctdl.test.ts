/**
 * CTDL exports of the seed catalog, validated with a real JSON Schema validator against Credential
 * Engine's published validation schemas (test/fixtures/ctdl): every credential, stack, issuer and
 * recognizer. Also what the documents say: who recognizes a credential, for what and how much,
 * and a stack's completion condition.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { checkCatalog } from '../../../src/lib/catalog/check.ts';
import type { Catalog } from '../../../src/lib/catalog/model.ts';
import { ctdlSourceFromCatalog } from '../../../src/lib/ctdl/from-catalog.ts';
import {
  credentialDocument,
  issuerDocument,
  publishesCtdl,
  recognizerDocument,
  stackDocument,
  type CtdlSource,
} from '../../../src/lib/ctdl/documents.ts';
import { ctidFor } from '../../../src/lib/ctdl/terms.ts';
import { siteUrls } from '../../../src/lib/ob3/site.ts';
import { REPO_ROOT, loadFixture } from '../../helpers/content.ts';
import { validateCtdl } from '../../helpers/ctdl.ts';

const SITE = 'https://stackable.example/';
const TODAY = new Date('2026-03-01T12:00:00Z');
let catalog: Catalog;
let source: CtdlSource;

beforeAll(async () => {
  const r = await checkCatalog(await loadFixture(REPO_ROOT));
  expect(r.ok).toBe(true);
  catalog = r.catalog;
  source = ctdlSourceFromCatalog(catalog, siteUrls(SITE), TODAY);
});

type Json = Record<string, unknown>;
const profiles = (doc: Json) => (doc['ceterms:isAdvancedStandingFor'] ?? []) as Json[];

describe("CTDL documents are valid against Credential Engine's schemas", () => {
  it('every published credential (drafts are not published)', () => {
    const ids = [...catalog.credentials.values()]
      .filter((c) => publishesCtdl(c.data.status))
      .map((c) => c.id);
    expect(ids.length).toBeGreaterThan(20);
    for (const id of ids) expect(validateCtdl(credentialDocument(source, id)), id).toEqual([]);
  });

  it('every stack, as a pathway graph', () => {
    for (const id of catalog.stacks.keys()) expect(validateCtdl(stackDocument(source, id)), id).toEqual([]);
  });

  it('every issuer and recognizer, as organizations', () => {
    for (const id of catalog.issuers.keys()) expect(validateCtdl(issuerDocument(source, id)), id).toEqual([]);
    for (const id of catalog.recognizers.keys())
      expect(validateCtdl(recognizerDocument(source, id)), id).toEqual([]);
  });

  it('and the validator does reject a broken document', () => {
    const doc = credentialDocument(source, 'riverbend-usd/hinge-questions');
    const { 'ceterms:ownedBy': _owned, 'ceterms:offeredBy': _offered, ...orphan } = doc;
    expect(validateCtdl(orphan).join('\n')).toContain('ceterms:ownedBy');
    expect(validateCtdl({ ...doc, 'ceterms:recognizedBy': 'https://x.example/' }).join('\n')).toContain(
      '/ceterms:recognizedBy must be array',
    );
    const stack = stackDocument(source, 'adult-sel') as { '@graph': Json[] };
    const [pathway, ...rest] = stack['@graph'];
    expect(
      validateCtdl({ ...stack, '@graph': [{ ...pathway, 'ceterms:name': 'not a language map' }, ...rest] }),
    ).not.toEqual([]);
  });
});

describe('what the CTDL documents say', () => {
  it('a credential names who recognizes it, with the credit value, unit, conditions, date and policy', () => {
    const doc = credentialDocument(source, 'riverbend-usd/hinge-questions');
    expect(doc['@id']).toBe(`${SITE}credentials/riverbend-usd/hinge-questions/ctdl.json`);
    expect(doc['ceterms:ctid']).toBe(ctidFor(`${SITE}credentials/riverbend-usd/hinge-questions/`));
    expect(doc['ceterms:ctid']).toMatch(
      /^ce-[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect((doc['ceterms:recognizedBy'] as string[]).toSorted()).toEqual([
      `${SITE}recognizers/harbor-county-schools/ctdl.json`,
      `${SITE}recognizers/westhaven-esb/ctdl.json`,
    ]);
    const renewal = profiles(doc).find((p) => String(p['ceterms:name']).startsWith('License renewal'));
    expect(renewal).toMatchObject({
      'ceterms:assertedBy': [`${SITE}recognizers/westhaven-esb/ctdl.json`],
      'ceterms:creditUnitValue': 10,
      'ceterms:creditUnitTypeDescription': 'professional learning points',
      'ceterms:dateEffective': '2024-07-01',
      'ceterms:subjectWebpage': `${SITE}recognizers/westhaven-esb/policies/competency-based-renewal/`,
    });
    // A stack rule: no per-credential value, and completing the stack is the first condition.
    const step = profiles(doc).find((p) => String(p['ceterms:description']).includes('as part of the stack'));
    expect(step?.['ceterms:creditUnitValue']).toBeUndefined();
    expect((step?.['ceterms:condition'] as string[])[0]).toBe(
      'Complete the stack Formative Assessment Foundations: all 4.',
    );
    expect(doc['ceterms:estimatedDuration']).toMatchObject([{ 'ceterms:exactDuration': 'PT12H' }]);
  });

  it('a standard unit becomes a CTDL credit unit concept', () => {
    const doc = credentialDocument(source, 'lakemont-cli/lateral-reading');
    const hours = profiles(doc).find((p) =>
      String(p['ceterms:name']).startsWith('Professional development hours'),
    );
    expect(hours).toMatchObject({
      'ceterms:creditUnitValue': 10,
      'ceterms:creditUnitType': { 'ceterms:targetNode': 'creditUnit:ClockHour' },
    });
  });

  it('ended rules are left out; rules not yet in effect are listed with their date but not as recognizedBy', () => {
    const doc = credentialDocument(source, 'riverbend-usd/flexible-grouping');
    expect(JSON.stringify(doc)).not.toContain('clock-hour-renewal');
    const upcoming = profiles(doc).find((p) => p['ceterms:dateEffective'] === '2027-08-01');
    expect(upcoming?.['ceterms:name']).toBe(
      'Graduate credit: Northlake State University College of Education',
    );
    expect(doc['ceterms:recognizedBy']).not.toContain(`${SITE}recognizers/northlake-state/ctdl.json`);
  });

  it('a stack is a pathway whose destination needs N of its M credential components', () => {
    const doc = stackDocument(source, 'personalized-learning-pathway') as { '@graph': Json[] };
    const condition = doc['@graph'].find((n) => n['@type'] === 'ceterms:ComponentCondition');
    expect(condition?.['ceterms:requiredNumber']).toBe(3);
    expect((condition?.['ceterms:targetComponent'] as Json[]).map((m) => m['ceterms:sourceData'])).toEqual([
      `${SITE}credentials/riverbend-usd/student-goal-setting/ctdl.json`,
      `${SITE}credentials/riverbend-usd/flexible-grouping/ctdl.json`,
      `${SITE}credentials/riverbend-usd/learning-playlists/ctdl.json`,
      `${SITE}credentials/lakemont-cli/blended-station-rotation/ctdl.json`,
      `${SITE}credentials/lakemont-cli/udl-lesson-design/ctdl.json`,
    ]);
    const pathway = doc['@graph'][0];
    expect(pathway?.['ceterms:ownedBy']).toEqual([`${SITE}issuers/riverbend-usd/ctdl.json`]);
    expect(pathway?.['ceasn:hasDestinationComponent']).toEqual([
      `${SITE}stacks/personalized-learning-pathway/ctdl.json#completion`,
    ]);
  });

  it('a recognizer lists the credentials its rules in effect recognize, and where it decides', () => {
    const doc = recognizerDocument(source, 'northlake-state');
    expect(doc['ceterms:recognizes']).toEqual([
      `${SITE}credentials/open-practice-collaborative/adult-sel-self-awareness/ctdl.json`,
      `${SITE}credentials/open-practice-collaborative/adult-sel-self-management/ctdl.json`,
      `${SITE}credentials/open-practice-collaborative/community-circles/ctdl.json`,
    ]);
    expect(doc['ceterms:agentType']).toMatchObject([{ 'ceterms:targetNode': 'orgType:Postsecondary' }]);
    expect(doc['ceterms:jurisdiction']).toMatchObject([
      { 'ceterms:mainJurisdiction': { 'ceterms:addressRegion': { en: 'Westhaven (fictional)' } } },
    ]);
  });
});
