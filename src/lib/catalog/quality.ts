/**
 * Quality review against the Micro-Credential Quality Assurance rubric: what the content
 * itself shows (automatic checks, one per indicator a machine can see) alongside what a named
 * reviewer attested (a level per standard). Neither stands in for the other.
 */
import type { CredentialData, QualityReview } from './schema/credential.ts';
import type { RubricData } from './schema/rubric.ts';
import { CREDENTIAL_BODY_HEADINGS } from './schema/credential.ts';
import { ALL_PLACEHOLDERS, PLACEHOLDERS } from './scaffold/placeholders.ts';

/** Text the author wrote: present, and not one of the sentences npm run new leaves to replace. */
export const written = (s: string | undefined): s is string =>
  Boolean(s?.trim()) && !ALL_PLACEHOLDERS.some((p) => s?.includes(p));

export interface AutoCheck {
  ok: boolean;
  /** What was looked for, in plain words. */
  label: string;
  /** What was found. */
  detail: string;
}

export interface StandardResult {
  id: string;
  name: string;
  checks: AutoCheck[];
  /** Level the reviewer recorded, if any. */
  attested?: { id: string; name: string; meetsPass: boolean };
}

export type QualityStatus = 'meets' | 'gaps' | 'not-reviewed';

export const QUALITY_STATUS_LABELS: Record<QualityStatus, string> = {
  meets: 'Meets the quality standards',
  gaps: 'Review found gaps',
  'not-reviewed': 'Not yet reviewed',
};

export interface QualityResult {
  status: QualityStatus;
  standards: StandardResult[];
  review?: QualityReview;
  /** Automatic checks passed / run. */
  passed: number;
  total: number;
}

/** Sentences in a statement, ignoring abbreviations such as "e.g." and decimals. */
export const sentenceCount = (s: string) =>
  s
    .replace(/\b(e\.g|i\.e|etc|vs|Dr|Mr|Ms|Mrs)\./g, '$1')
    .split(/(?<=[.!?])\s+(?=[A-Z])/)
    .filter((x) => x.trim().length > 0).length;

const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;

type Input = { data: CredentialData; body: string; rubric: RubricData | undefined };

const AUTO: Record<string, (c: Input) => AutoCheck[]> = {
  'distinct-competency': ({ data }) => [
    {
      ok: written(data.competency) && sentenceCount(data.competency) === 1,
      label: 'One competency statement',
      detail: written(data.competency)
        ? `The competency is written as ${plural(sentenceCount(data.competency), 'sentence')}.`
        : 'The competency still has the placeholder from npm run new.',
    },
    {
      ok: written(data.keyMethod),
      label: 'A key method',
      detail: written(data.keyMethod)
        ? 'The key method is stated.'
        : 'The key method still has the placeholder.',
    },
  ],
  'research-based': ({ data, body }) => {
    const heading =
      CREDENTIAL_BODY_HEADINGS.find((h) => h.text.startsWith('Supporting research'))?.text ?? '';
    return [
      {
        ok: data.research.length >= 2,
        label: 'At least two research citations',
        detail: `${plural(data.research.length, 'citation')} listed.`,
      },
      {
        ok: body.includes(`## ${heading}`) && !body.includes(PLACEHOLDERS.research),
        label: 'A research rationale',
        detail: !body.includes(`## ${heading}`)
          ? 'The body has no research and rationale section.'
          : body.includes(PLACEHOLDERS.research)
            ? 'The research section still has the placeholder.'
            : 'The body explains the research.',
      },
    ];
  },
  'content-experts': ({ data }) => [
    {
      ok: data.contentExperts.length >= 1 && data.contentExperts.every((p) => p.role || p.affiliation),
      label: 'Named content experts with their role',
      detail: data.contentExperts.length
        ? data.contentExperts.map((p) => p.name).join(', ')
        : 'No content experts are named.',
    },
  ],
  'clear-criteria': ({ rubric }) => {
    if (!rubric) return [{ ok: false, label: 'A rubric', detail: 'The rubric could not be found.' }];
    const complete = rubric.criteria.every((k) => rubric.levels.every((l) => k.descriptors?.[l.id]));
    return [
      {
        ok: rubric.criteria.length >= 1 && rubric.levels.length >= 2,
        label: 'Criteria and levels',
        detail: `${rubric.criteria.length} ${rubric.criteria.length === 1 ? 'criterion' : 'criteria'}, ${plural(rubric.levels.length, 'level')}.`,
      },
      {
        ok: complete,
        label: 'A descriptor for every level of every criterion',
        detail: complete ? 'Every cell of the rubric is written.' : 'Some rubric cells are empty.',
      },
    ];
  },
  'evidence-based-assessment': ({ data }) => [
    {
      ok:
        data.submission.evidence.length >= 1 && data.submission.evidence.every((e) => written(e.description)),
      label: 'Artifacts from practice',
      detail: data.submission.evidence.every((e) => written(e.description))
        ? `${plural(data.submission.evidence.length, 'piece')} of evidence required.`
        : 'The evidence is still described by the placeholder.',
    },
    {
      ok: data.submission.overview.length >= 1,
      label: 'Overview questions for context',
      detail: `${plural(data.submission.overview.length, 'overview question')}.`,
    },
  ],
  'feedback-reflection-resubmission': ({ data }) => [
    {
      ok: data.submission.reflection.length >= 1,
      label: 'A reflection prompt',
      detail: `${plural(data.submission.reflection.length, 'reflection prompt')}.`,
    },
    {
      ok: written(data.resubmission),
      label: 'A resubmission policy',
      detail: written(data.resubmission)
        ? 'Stated.'
        : data.resubmission
          ? 'The resubmission policy still has the placeholder.'
          : 'No resubmission policy is stated.',
    },
  ],
  'access-and-support': ({ data }) => [
    { ok: true, label: 'Cost', detail: data.cost.amount === 0 ? 'Free.' : `$${data.cost.amount}.` },
    { ok: data.hours > 0, label: 'Estimated hours', detail: `${data.hours} hours.` },
    {
      ok: written(data.access) && Boolean(data.support.email),
      label: 'How to apply and whom to ask',
      detail: written(data.access)
        ? `Support: ${data.support.email}.`
        : 'How to apply still has the placeholder.',
    },
  ],
};

/** The latest review recorded against `rubricId`. */
export const latestReview = (reviews: readonly QualityReview[], rubricId: string) =>
  [...reviews].filter((r) => r.rubric === rubricId).sort((a, b) => b.date.getTime() - a.date.getTime())[0];

export function reviewQuality(input: Input, quality: { id: string; data: RubricData }): QualityResult {
  const { levels, criteria, pass } = quality.data;
  const passIndex = levels.findIndex((l) => l.id === pass.level);
  const review = latestReview(input.data.reviews, quality.id);
  const standards: StandardResult[] = criteria.map((k) => {
    const levelId = review?.levels[k.id];
    const index = levels.findIndex((l) => l.id === levelId);
    const level = levels[index];
    return {
      id: k.id,
      name: k.name,
      checks: AUTO[k.id]?.(input) ?? [],
      ...(level ? { attested: { id: level.id, name: level.name, meetsPass: index >= passIndex } } : {}),
    };
  });
  const checks = standards.flatMap((s) => s.checks);
  const passed = checks.filter((c) => c.ok).length;
  const attestedAll = standards.every((s) => s.attested);
  const needed = pass.of === 'all' ? standards.length : pass.of;
  const meetsCount = standards.filter((s) => s.attested?.meetsPass).length;
  const status: QualityStatus =
    !review || !attestedAll
      ? passed < checks.length
        ? 'gaps'
        : 'not-reviewed'
      : meetsCount >= needed && passed === checks.length
        ? 'meets'
        : 'gaps';
  return { status, standards, ...(review ? { review } : {}), passed, total: checks.length };
}

/** Every standard attested at or above its pass level, and every automatic check passed. */
export const meetsAllStandards = (q: QualityResult) =>
  q.status === 'meets' && q.standards.length > 0 && q.standards.every((s) => s.attested?.meetsPass === true);
