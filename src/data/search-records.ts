/**
 * Every searchable page's search record (src/lib/search/record.ts), from the catalog: what
 * Pagefind indexes, its facet values, sort keys and result card. The one place a facet's values
 * are worked out; a new facet is an entry in FACETS (src/lib/catalog/facets.ts) and its values
 * here. See docs/architecture.md, "Search".
 */
import { ceus, formatCeus, formatHours, formatNumber } from '../lib/catalog/ceu.ts';
import { hoursBand, STATUS_LABELS, TYPE_LABELS, type FacetKey } from '../lib/catalog/facets.ts';
import { QUALITY_STATUS_LABELS } from '../lib/catalog/quality.ts';
import { describeRule } from '../lib/catalog/stack-math.ts';
import { paths } from '../lib/catalog/urls.ts';
import {
  AUDIENCES,
  GRADE_BANDS,
  ISSUER_KINDS,
  RECOGNIZER_KINDS,
  SUBJECT_AREAS,
} from '../lib/catalog/vocabulary.ts';
import type { Card, SearchRecord } from '../lib/search/record.ts';
import { href } from '../utils/href.ts';
import type { Catalog, Credential, Issuer, Rubric, Stack } from './catalog.ts';
import type { RecognitionData, Recognizer } from './recognition.ts';

const day = (d: Date | undefined) => (d ? d.toISOString().slice(0, 10) : null);
const issuerName = (i: Issuer) => i.data.shortName ?? i.data.name;

/** A credential's card: the no-JavaScript listing and the search island draw the same one. */
export function credentialCard(c: Credential, catalog: Catalog): Card {
  const d = c.data;
  return {
    title: d.title,
    url: href(paths.credential(c.id)),
    kind: 'Micro-credential',
    image: href(paths.badge(c.id)),
    issuer: issuerName(catalog.issuer(d.issuer.id)),
    facts: [
      formatHours(d.hours),
      formatCeus(ceus(d.hours)),
      d.gradeBands.map((g) => GRADE_BANDS[g]).join(', '),
    ].join(' · '),
    status: d.status,
    quality: catalog.quality(c.id).status,
    summary: d.summary,
  };
}

/** A credential's values for every facet (TypeScript asks for a new facet's values here). */
function credentialFacets(c: Credential, catalog: Catalog, rec: RecognitionData): Record<FacetKey, string[]> {
  const d = c.data;
  return {
    type: [TYPE_LABELS.credential],
    status: [STATUS_LABELS[d.status]],
    subject: d.subjects.map((x) => SUBJECT_AREAS[x]),
    grade: d.gradeBands.map((x) => GRADE_BANDS[x]),
    audience: d.audience.map((x) => AUDIENCES[x]),
    hours: [hoursBand(d.hours)],
    issuer: [issuerName(catalog.issuer(d.issuer.id))],
    framework: [...new Set(d.alignments.map((a) => a.framework))],
    stack: catalog.stacksOf(c.id).map((s) => s.data.title),
    quality: [QUALITY_STATUS_LABELS[catalog.quality(c.id).status]],
    ...rec.filters({ credential: c.id }),
  };
}

function credentialRecord(c: Credential, catalog: Catalog, rec: RecognitionData): SearchRecord {
  const d = c.data;
  return {
    text: {
      title: d.title,
      tags: d.tags,
      summary: d.summary,
      more: [
        d.competency,
        d.subjects.map((x) => SUBJECT_AREAS[x]).join(', '),
        catalog.issuer(d.issuer.id).data.name,
        `${formatHours(d.hours)}, ${formatCeus(ceus(d.hours))}`,
      ],
    },
    facets: credentialFacets(c, catalog, rec),
    sort: { hours: d.hours, newest: day(d.updated ?? d.published) },
    card: credentialCard(c, catalog),
  };
}

function stackRecord(s: Stack, catalog: Catalog, rec: RecognitionData): SearchRecord {
  const d = s.data;
  const t = catalog.totals(s);
  const curator = catalog.issuer(d.curator.id);
  const hours =
    t.minHours === t.maxHours
      ? formatHours(t.minHours)
      : `${formatNumber(t.minHours)}–${formatHours(t.maxHours)}`;
  const credits = t.minCeus === t.maxCeus ? formatCeus(t.minCeus) : `${t.minCeus}–${formatCeus(t.maxCeus)}`;
  return {
    text: { title: d.title, tags: [], summary: d.summary, more: [curator.data.name] },
    facets: {
      type: [TYPE_LABELS.stack],
      status: [STATUS_LABELS[d.status]],
      issuer: [issuerName(curator)],
      stack: [d.title],
      ...rec.filters({ stack: s.id }),
    },
    sort: { hours: t.minHours, newest: day(d.published) },
    card: {
      title: d.title,
      url: href(paths.stack(s.id)),
      kind: `Stack · ${describeRule(d.rule, d.credentials.length, d.ordered)}`,
      issuer: issuerName(curator),
      facts: `${hours} · ${credits}`,
      status: d.status,
      summary: d.summary,
    },
  };
}

function rubricRecord(r: Rubric): SearchRecord {
  const d = r.data;
  const kind = d.kind === 'quality' ? 'Quality standards' : 'Scoring rubric';
  return {
    text: { title: d.title, tags: [], summary: d.summary, more: [] },
    facets: { type: [TYPE_LABELS.rubric], status: [STATUS_LABELS[d.status]] },
    sort: { hours: null, newest: null },
    card: { title: d.title, url: href(paths.rubric(r.id)), kind, status: d.status, summary: d.summary },
  };
}

function issuerRecord(i: Issuer): SearchRecord {
  const d = i.data;
  return {
    text: { title: d.name, tags: d.shortName ? [d.shortName] : [], summary: d.summary, more: [] },
    facets: { type: [TYPE_LABELS.issuer], status: [STATUS_LABELS.active], issuer: [issuerName(i)] },
    sort: { hours: null, newest: null },
    card: {
      title: d.name,
      url: href(paths.issuer(i.id)),
      kind: `Issuer · ${ISSUER_KINDS[d.kind]}`,
      status: 'active',
      summary: d.summary,
    },
  };
}

function recognizerRecord(r: Recognizer): SearchRecord {
  const d = r.data;
  return {
    text: { title: d.name, tags: d.shortName ? [d.shortName] : [], summary: d.summary, more: [] },
    facets: { type: [TYPE_LABELS.recognizer], status: [STATUS_LABELS.active] },
    sort: { hours: null, newest: null },
    card: {
      title: d.name,
      url: href(paths.recognizer(r.id)),
      kind: `Recognizer · ${RECOGNIZER_KINDS[d.kind]}`,
      status: 'active',
      summary: d.summary,
    },
  };
}

/** Every searchable page's record: credentials, stacks, rubrics, issuers and recognizers. */
export function searchRecords(catalog: Catalog, rec: RecognitionData): SearchRecord[] {
  return [
    ...catalog.credentials.map((c) => credentialRecord(c, catalog, rec)),
    ...catalog.stacks.map((s) => stackRecord(s, catalog, rec)),
    ...catalog.rubrics.map(rubricRecord),
    ...catalog.issuers.map(issuerRecord),
    ...rec.recognizers.map(recognizerRecord),
  ];
}
