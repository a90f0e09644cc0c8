/**
 * Generated micro-credentials and stacks, with the facet spreads of a real catalog: a few
 * issuers with many credentials and many with few (a Zipf-like spread), mostly active, one or
 * two subjects, contiguous grade bands, hours clustered around 12–15, prerequisites only on
 * earlier active credentials of the same issuer (so no cycles), and stacks whose rules are met.
 */
import type { CredentialData } from '../../src/lib/catalog/schema/credential.ts';
import type { StackData } from '../../src/lib/catalog/schema/stack.ts';
import {
  AUDIENCES,
  GRADE_BANDS,
  RESOURCE_KINDS,
  SUBJECT_AREAS,
  keysOf,
  type SubjectArea,
} from '../../src/lib/catalog/vocabulary.ts';
import {
  EVIDENCE_FORMATS,
  FIRST_NAMES,
  FRAMEWORKS,
  LAST_NAMES,
  PRACTICES,
  QUALIFIERS,
  ROLES,
  SETTINGS,
  TURNAROUNDS,
} from './catalog-words.ts';
import { dateBetween, slugify, type Frontmatter, type GeneratedEntry } from './gen-orgs.ts';
import type { Rng } from './prng.ts';
import { capitalize, clip, type ProseModel } from './text.ts';

export interface IssuerRef {
  id: string;
  name: string;
  short: string;
}

export interface QualityRubricRef {
  criteria: string[];
  levels: string[];
}

type Cred = GeneratedEntry<Frontmatter<CredentialData>> & {
  issuer: string;
  status: CredentialData['status'];
  index: number;
};

const SUBJECTS = keysOf(SUBJECT_AREAS);
const GRADES = keysOf(GRADE_BANDS);
const AUDIENCE_KEYS = keysOf(AUDIENCES);
const RESOURCE_KEYS = keysOf(RESOURCE_KINDS);
const STEP_VERBS = [
  'Plan',
  'Model',
  'Practise',
  'Collect',
  'Review',
  'Adjust',
  'Share',
  'Reflect on',
  'Prepare',
  'Launch',
  'Monitor',
  'Debrief',
] as const;
const STEP_OBJECTS = [
  'the routine',
  'student evidence',
  'the first lesson',
  'the decision plan',
  'the criteria',
  'the follow-up',
  'the materials',
  'the conversation',
  'the next steps',
  'the data',
] as const;

const SMALL = new Set(['a', 'an', 'and', 'for', 'in', 'of', 'on', 'the', 'to', 'with']);
/** Title case: capitalized words, small words lower-case ("Number Talks in Early Grades"). */
const titleCase = (s: string) =>
  s
    .split(' ')
    .map((w, i) => (i > 0 && SMALL.has(w) ? w : capitalize(w)))
    .join(' ');

const OVERVIEW_PROMPTS = [
  (p: string, s: string) => `Describe how you used ${p} ${s}, and why you chose it for these learners.`,
  (p: string) => `Which needs of your learners led you to ${p}, and how did you find out about them?`,
  (p: string) => `Describe the class, the unit and the lessons in which you practised ${p}.`,
  (p: string) =>
    `What did you plan to change for learners through ${p}, and how would you know it had changed?`,
] as const;

const person = (rng: Rng) => `${rng.pick(FIRST_NAMES)} ${rng.pick(LAST_NAMES)}`;

/** Issuer for each credential: a Zipf-like spread, every issuer with at least one credential. */
function issuerSpread(rng: Rng, credentials: number, issuers: number): number[] {
  const weights = Array.from({ length: issuers }, (_, i) => 1 / (i + 1) ** 0.8);
  const cumulative: number[] = [];
  weights.reduce((sum, w, i) => (cumulative[i] = sum + w), 0);
  const total = cumulative.at(-1) ?? 1;
  return Array.from({ length: credentials }, (_, i) => {
    if (i < issuers) return i;
    const r = rng.next() * total;
    let lo = 0;
    let hi = issuers - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cumulative[mid] ?? 0) < r) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  });
}

function body(rng: Rng, prose: ProseModel, practice: string, setting: string, citations: string[]): string {
  const steps = rng.int(3, 5);
  const parts = [
    '## Overview',
    '',
    `This micro-credential is about ${practice} ${setting.toLowerCase()}. ${prose.paragraph(rng, rng.int(2, 3))}`,
    '',
    '## Method components',
    '',
  ];
  for (let s = 1; s <= steps; s++) {
    parts.push(
      `### ${s}. ${rng.pick(STEP_VERBS)} ${rng.pick(STEP_OBJECTS)}`,
      '',
      prose.paragraph(rng, rng.int(2, 3)),
      '',
    );
  }
  parts.push(
    '## Supporting research and rationale',
    '',
    `${prose.paragraph(rng, rng.int(2, 4))} (${citations.join('; ')})`,
    '',
    prose.paragraph(rng, rng.int(2, 3)),
  );
  if (rng.chance(0.5)) parts.push('', '## Notes for assessors', '', prose.paragraph(rng, 2));
  return parts.join('\n');
}

/** `n` credentials spread over the issuers and rubrics. */
export function generateCredentials(
  rng: Rng,
  prose: ProseModel,
  n: number,
  issuers: readonly IssuerRef[],
  rubrics: readonly string[],
  quality: QualityRubricRef,
): Cred[] {
  const spread = issuerSpread(rng, n, issuers.length);
  const titles = new Set<string>();
  const slugs = new Set<string>();
  const activeByIssuer = new Map<string, string[]>();
  const out: Cred[] = [];
  for (let i = 0; i < n; i++) {
    const issuer = issuers[spread[i] ?? 0] as IssuerRef;
    const subjects = rng.chance(0.7) ? [rng.pick(SUBJECTS)] : rng.sample(SUBJECTS, 2);
    const primary = subjects[0] as SubjectArea;
    const practice = rng.pick(PRACTICES[primary]);
    const setting = rng.pick(SETTINGS);
    let title = `${rng.pick(QUALIFIERS)} ${titleCase(practice)} ${setting}`;
    for (let k = 2; titles.has(title.toLowerCase()); k++)
      title = `${title.replace(/ \(Part \d+\)$/, '')} (Part ${k})`;
    titles.add(title.toLowerCase());
    let slug = slugify(title);
    for (let k = 2; slugs.has(`${issuer.id}/${slug}`); k++)
      slug = `${slugify(title).slice(0, 54).replace(/-+$/, '')}-${k}`;
    slugs.add(`${issuer.id}/${slug}`);
    const id = `${issuer.id}/${slug}`;
    const status = rng.weighted({ active: 85, draft: 10, retired: 5 });
    const firstGrade = rng.int(0, GRADES.length - 1);
    const published = dateBetween(rng, 2018, 2025);
    const citeCount = rng.int(2, 4);
    const citations = Array.from({ length: citeCount }, () => ({
      authors: `Synthetic Author ${rng.int(1, 9999)}`,
      year: rng.int(1995, 2024),
    }));
    const earlier = activeByIssuer.get(issuer.id) ?? [];
    const prerequisites =
      status === 'active' && earlier.length && rng.chance(0.15) ? [rng.pick(earlier)] : [];
    const domain = `${issuer.id}.example`;
    const data = {
      title,
      summary: clip(`${capitalize(practice)} ${setting.toLowerCase()}: ${prose.sentence(rng, 14, 34)}`, 390),
      issuer: issuer.id,
      status,
      version: `${rng.int(1, 3)}.${rng.int(0, 9)}${rng.chance(0.5) ? `.${rng.int(0, 9)}` : ''}`,
      published,
      ...(rng.chance(0.4) ? { updated: dateBetween(rng, Number(published.slice(0, 4)) + 1, 2026) } : {}),
      ...(status === 'retired' ? { retired: dateBetween(rng, 2025, 2026) } : {}),
      competency: clip(
        `The educator uses ${practice} ${setting.toLowerCase()} and ${prose.sentence(rng, 10, 26).replace(/^\S+/, (w) => w.toLowerCase())}`,
        490,
      ).replace(/\.\s.*$/, '.'),
      keyMethod: clip(`${prose.sentence(rng, 12, 28)} ${prose.sentence(rng, 10, 24)}`, 590),
      hours: Math.min(60, Math.max(3, Math.round(rng.logNormal(13, 0.4)))),
      subjects,
      gradeBands: GRADES.slice(firstGrade, Math.min(GRADES.length, firstGrade + rng.int(1, 4))),
      audience: rng.sample(AUDIENCE_KEYS, rng.weighted({ 1: 50, 2: 35, 3: 15 }) === '1' ? 1 : rng.int(2, 3)),
      tags: [
        ...new Set([
          practice
            .replace(/[^a-z0-9 -]/gi, '')
            .toLowerCase()
            .slice(0, 40)
            .trim(),
          ...rng.sample(PRACTICES[rng.pick(SUBJECTS)], rng.int(1, 3)),
        ]),
      ].filter((t) => /^[a-z0-9][a-z0-9 -]{0,38}[a-z0-9]$/.test(t)),
      rubric: rng.pick(rubrics),
      ...(prerequisites.length ? { prerequisites } : {}),
      alignments: rng
        .sample(FRAMEWORKS, rng.weighted({ 0: 20, 1: 45, 2: 30, 3: 5 }) === '0' ? 0 : rng.int(1, 3))
        .map((f) => ({
          framework: f.name,
          code: `${rng.int(1, 9)}.${rng.int(1, 9)}`,
          name: clip(capitalize(rng.pick(PRACTICES[primary])), 280),
          url: `https://frameworks.example/${f.slug}`,
        })),
      research: citations.map((c, k) => ({
        authors: c.authors,
        year: c.year,
        title: `Synthetic study ${k + 1} of ${practice} ${setting.toLowerCase()}`,
        source: 'Synthetic benchmark data',
      })),
      resources: Array.from({ length: rng.int(1, 3) }, (_, k) => ({
        title: `${capitalize(practice)}: ${rng.pick(['a guide', 'planning template', 'video walkthrough', 'reading list', 'toolkit'])}`,
        url: `https://${domain}/resources/${slug}-${k + 1}`,
        kind: rng.pick(RESOURCE_KEYS),
        free: rng.chance(0.65),
        description: clip(prose.sentence(rng, 10, 22), 590),
      })),
      submission: {
        overview: rng.sample(OVERVIEW_PROMPTS, rng.int(1, 3)).map((f) => ({
          prompt: f(practice, setting.toLowerCase()),
          length: `${rng.pick([100, 150, 200])}–${rng.pick([250, 300])} words`,
        })),
        evidence: Array.from({ length: rng.int(1, 4) }, (_, k) => ({
          title: `${capitalize(rng.pick(['lesson plan', 'student work samples', 'video clip', 'response record', 'reflection log', 'planning notes']))} ${k + 1}`,
          description: clip(`${prose.sentence(rng, 12, 26)} ${prose.sentence(rng, 8, 20)}`, 790),
          formats: rng.sample(EVIDENCE_FORMATS, rng.int(1, 2)),
        })),
        reflection: Array.from({ length: rng.int(1, 2) }, () => ({
          prompt: `What changed for your learners when you used ${practice}, and what will you do differently next time?`,
          length: '150–250 words',
        })),
      },
      resubmission: clip(prose.sentence(rng, 12, 26), 790),
      contentExperts: Array.from({ length: rng.int(1, 3) }, () => ({
        name: person(rng),
        role: rng.pick(ROLES),
        affiliation: issuer.name,
      })),
      cost: rng.chance(0.6)
        ? { amount: 0, note: 'Free to educators in partner districts.' }
        : { amount: rng.pick([25, 50, 75, 100, 150]) },
      access: clip(prose.sentence(rng, 12, 30), 590),
      support: {
        email: `help@${domain}`,
        ...(rng.chance(0.5) ? { note: clip(prose.sentence(rng, 8, 20), 390) } : {}),
      },
      assessment: { assessors: clip(prose.sentence(rng, 10, 24), 390), turnaround: rng.pick(TURNAROUNDS) },
      ...(rng.chance(0.6)
        ? {
            reviews: [
              {
                reviewer: { name: person(rng), role: 'Catalog reviewer', affiliation: 'Stackable' },
                date: dateBetween(rng, Number(published.slice(0, 4)), 2026),
                levels: Object.fromEntries(
                  quality.criteria.map((k) => [
                    k,
                    rng.chance(0.9) ? (quality.levels.at(-1) ?? '') : (quality.levels.at(-2) ?? ''),
                  ]),
                ),
                ...(rng.chance(0.5) ? { notes: clip(prose.paragraph(rng, 2), 1400) } : {}),
              },
            ],
          }
        : {}),
    } as Frontmatter<CredentialData>;
    out.push({
      id,
      data,
      body: body(
        rng,
        prose,
        practice,
        setting,
        citations.map((c) => `${c.authors}, ${c.year}`),
      ),
      issuer: issuer.id,
      status,
      index: i,
    });
    if (status === 'active') activeByIssuer.set(issuer.id, [...earlier, id]);
  }
  return out;
}

/** `n` stacks, each curated by an issuer from two to six of its active credentials. */
export function generateStacks(
  rng: Rng,
  prose: ProseModel,
  n: number,
  credentials: readonly Cred[],
  issuers: readonly IssuerRef[],
): GeneratedEntry<Frontmatter<StackData>>[] {
  const byIssuer = new Map<string, string[]>();
  for (const c of credentials)
    if (c.status === 'active') byIssuer.set(c.issuer, [...(byIssuer.get(c.issuer) ?? []), c.id]);
  const curators = issuers.filter((i) => (byIssuer.get(i.id)?.length ?? 0) >= 2);
  if (!curators.length) return [];
  const slugs = new Set<string>();
  return Array.from({ length: n }, (_, i) => {
    const curator = curators[i % curators.length] as IssuerRef;
    const pool = byIssuer.get(curator.id) ?? [];
    const members = rng.sample(pool, rng.int(2, Math.min(6, pool.length)));
    const all = members.length === 2 || rng.chance(0.65);
    const subject = rng.pick(SUBJECTS);
    let title = `${titleCase(rng.pick(PRACTICES[subject]))} Pathway`;
    let slug = slugify(`${curator.short} ${title}`);
    for (let k = 2; slugs.has(slug); k++)
      slug = `${slugify(`${curator.short} ${title}`).slice(0, 54).replace(/-+$/, '')}-${k}`;
    slugs.add(slug);
    title = `${title} (${curator.short})`;
    return {
      id: slug,
      data: {
        title: clip(title, 118),
        summary: clip(prose.sentence(rng, 14, 32), 390),
        curator: curator.id,
        status: 'active',
        published: dateBetween(rng, 2019, 2025),
        credentials: members,
        rule: all ? { type: 'all' } : { type: 'n-of-m', n: members.length - 1 },
        ordered: rng.chance(0.4),
        featured: rng.chance(0.1),
      },
      body: [prose.paragraph(rng, rng.int(2, 4)), prose.paragraph(rng, rng.int(1, 3))].join('\n\n'),
    };
  });
}
