/**
 * Generated issuers and assessment rubrics: invented organizations of every kind, with
 * realistic name and summary lengths, and rubrics of two to four levels that pass the
 * content check's rubric rules.
 */
import type { IssuerData } from '../../src/lib/catalog/schema/issuer.ts';
import type { RubricData } from '../../src/lib/catalog/schema/rubric.ts';
import type { ISSUER_KINDS } from '../../src/lib/catalog/vocabulary.ts';
import { ORG_PLACES, ORG_SUFFIXES } from './catalog-words.ts';
import type { Rng } from './prng.ts';
import { capitalize, clip, type ProseModel } from './text.ts';

export type IssuerKind = keyof typeof ISSUER_KINDS;

/** What a generated file holds before it is written: its frontmatter and body. */
export interface GeneratedEntry<T> {
  id: string;
  data: T;
  body: string;
}

/** Frontmatter as written to disk: dates as YYYY-MM-DD strings, everything else as the schema reads it. */
export type Frontmatter<T> = {
  [K in keyof T]: T[K] extends Date ? string : T[K] extends Date | undefined ? string | undefined : unknown;
};

export const slugify = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');

export const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/** A date between two years, as YYYY-MM-DD. */
export function dateBetween(rng: Rng, fromYear: number, toYear: number): string {
  const from = Date.UTC(fromYear, 0, 1);
  const to = Date.UTC(toYear, 11, 28);
  return isoDay(new Date(from + Math.floor(rng.next() * (to - from))));
}

const KIND_WEIGHTS: Record<IssuerKind, number> = {
  'school-district': 50,
  university: 20,
  nonprofit: 15,
  'state-agency': 10,
  company: 5,
};

const ORG_NAME: Record<IssuerKind, (place: string) => { name: string; short: string }> = {
  'school-district': (p) => ({ name: `${p} Unified School District`, short: `${p} USD` }),
  university: (p) => ({ name: `${p} University College of Education`, short: `${p} University` }),
  nonprofit: (p) => ({ name: `${p} Teaching Collaborative`, short: `${p} Collaborative` }),
  'state-agency': (p) => ({ name: `${p} State Department of Education`, short: `${p} DOE` }),
  company: (p) => ({ name: `${p} Learning Company`, short: `${p} Learning` }),
};

/** `n` issuers with distinct names and slugs. */
export function generateIssuers(
  rng: Rng,
  prose: ProseModel,
  n: number,
): GeneratedEntry<Frontmatter<IssuerData>>[] {
  const out: GeneratedEntry<Frontmatter<IssuerData>>[] = [];
  const used = new Set<string>();
  for (let i = 0; i < n; i++) {
    const kind = rng.weighted(KIND_WEIGHTS);
    let place = `${rng.pick(ORG_PLACES)} ${rng.pick(ORG_SUFFIXES)}`;
    for (let k = 2; used.has(`${kind}:${place}`); k++) place = `${place.replace(/ \d+$/, '')} ${k}`;
    used.add(`${kind}:${place}`);
    const { name, short } = ORG_NAME[kind](place);
    const id = slugify(name);
    const domain = `${id}.example`;
    out.push({
      id,
      data: {
        name,
        shortName: short.length <= 40 ? short : undefined,
        kind,
        summary: clip(`${capitalize(prose.sentence(rng, 14, 30))} ${prose.sentence(rng, 10, 24)}`, 380),
        url: `https://${domain}/`,
        email: `credentials@${domain}`,
        location: `${place} (fictional)`,
        color: `#${rng.int(0x10, 0x7f).toString(16)}${rng.int(0x20, 0x9f).toString(16)}${rng.int(0x30, 0xaf).toString(16)}`,
        maintainers: [`bench-${id}`.slice(0, 39).replace(/-+$/, '')],
        fictional: true,
        established: rng.int(1890, 2020),
      } as Frontmatter<IssuerData>,
      body: [
        prose.paragraph(rng, rng.int(3, 5)),
        prose.paragraph(rng, rng.int(2, 3)),
        `*${name} is a fictional organization generated for benchmarks.*`,
      ].join('\n\n'),
    });
  }
  return out;
}

const LEVEL_SETS = [
  [
    ['not-yet', 'Not yet demonstrated'],
    ['demonstrated', 'Demonstrated'],
  ],
  [
    ['does-not-meet', 'Does not meet'],
    ['meets', 'Meets'],
    ['exceeds', 'Exceeds'],
  ],
  [
    ['beginning', 'Beginning'],
    ['developing', 'Developing'],
    ['proficient', 'Proficient'],
    ['exemplary', 'Exemplary'],
  ],
] as const;

const CRITERIA = [
  'Evidence matches the competency',
  'Key method carried out',
  'Effect on learners',
  'Reflection on practice',
  'Use of student data',
  'Collaboration with colleagues',
  'Clarity of the plan',
  'Adjustment during instruction',
] as const;

/** `n` assessment rubrics, each with a descriptor for every level of every criterion. */
export function generateRubrics(
  rng: Rng,
  prose: ProseModel,
  n: number,
  owners: readonly string[],
): GeneratedEntry<Frontmatter<RubricData>>[] {
  return Array.from({ length: n }, (_, i) => {
    const set = rng.pick(LEVEL_SETS);
    const criteria = rng.sample(CRITERIA, rng.int(3, 6));
    const withPoints = rng.chance(0.5);
    const passIndex = set.length === 2 ? 1 : rng.int(1, set.length - 2);
    const owner = owners[i % owners.length] ?? 'catalog';
    const title = `${capitalize(owner.split('-').slice(0, 2).join(' '))} Evidence Rubric ${i + 1}`;
    return {
      id: slugify(title),
      data: {
        title,
        summary: clip(prose.sentence(rng, 14, 30), 380),
        kind: 'assessment',
        version: `${rng.int(1, 3)}.${rng.int(0, 9)}`,
        levels: set.map(([id, name], k) => ({ id, name, ...(withPoints ? { points: k } : {}) })),
        criteria: criteria.map((name) => ({
          id: slugify(name),
          name,
          description: clip(prose.sentence(rng, 10, 22), 580),
          descriptors: Object.fromEntries(set.map(([id]) => [id, clip(prose.sentence(rng, 10, 24), 780)])),
        })),
        pass: {
          level: set[passIndex]?.[0] ?? 'demonstrated',
          of: rng.chance(0.7) ? 'all' : Math.max(1, criteria.length - 1),
        },
      } as Frontmatter<RubricData>,
      body: [prose.paragraph(rng, rng.int(2, 4)), prose.paragraph(rng, rng.int(1, 3))].join('\n\n'),
    };
  });
}
