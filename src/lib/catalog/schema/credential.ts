/**
 * A micro-credential definition, structured as educators know it (Digital Promise, NEA):
 * competency, key method, method components, research, resources, submission requirements,
 * rubric and pass rule. Structured parts live here in frontmatter; prose lives in the MDX
 * body under the fixed headings in `CREDENTIAL_BODY_HEADINGS`.
 */
import { z } from 'zod';
import { credentialId, date, email, httpUrl, lifecycleStatus, nonEmpty, person, slug } from './common.ts';
import { AUDIENCES, GRADE_BANDS, RESOURCE_KINDS, SUBJECT_AREAS, keysOf } from '../vocabulary.ts';

/** The fewest hours a credential may claim; hours are written in quarter hours. */
export const MIN_HOURS = 0.5;

/** Level-2 headings allowed in a credential body, in the order they must appear. */
export const CREDENTIAL_BODY_HEADINGS = [
  { text: 'Overview', required: false },
  { text: 'Method components', required: true },
  { text: 'Supporting research and rationale', required: true },
  { text: 'Notes for assessors', required: false },
] as const;

export const citation = () =>
  z.strictObject({
    /** Authors as printed in APA style: "Black, P., & Wiliam, D." */
    authors: nonEmpty(400),
    year: z.number().int().min(1850).max(2100),
    title: nonEmpty(400),
    /** Journal, publisher or report series. */
    source: nonEmpty(300),
    volume: z.union([z.string(), z.number()]).optional(),
    issue: z.union([z.string(), z.number()]).optional(),
    pages: z.string().optional(),
    doi: z
      .string()
      .regex(/^10\.\d{4,9}\/\S+$/, { error: 'must be a bare DOI such as "10.3102/003465430298487"' })
      .optional(),
    url: httpUrl().optional(),
  });

export const alignment = () =>
  z.strictObject({
    framework: nonEmpty(120),
    code: nonEmpty(60).optional(),
    name: nonEmpty(300),
    url: httpUrl(),
    description: nonEmpty(600).optional(),
  });

export const resource = () =>
  z.strictObject({
    title: nonEmpty(300),
    url: httpUrl(),
    kind: z.enum(keysOf(RESOURCE_KINDS)),
    free: z.boolean(),
    description: nonEmpty(600).optional(),
  });

const prompt = () =>
  z.strictObject({
    prompt: nonEmpty(600),
    /** Suggested length, e.g. "150–250 words". */
    length: nonEmpty(60).optional(),
  });

export const submission = () =>
  z.strictObject({
    /** Part 1: overview and context questions for the assessor. */
    overview: z.array(prompt()).min(1, { error: 'needs at least one overview question' }),
    /** Part 2: work examples and artifacts. */
    evidence: z
      .array(
        z.strictObject({
          title: nonEmpty(200),
          description: nonEmpty(800),
          formats: z.array(nonEmpty(60)).optional(),
        }),
      )
      .min(1, { error: 'needs at least one piece of evidence' }),
    /** Part 3: reflection. */
    reflection: z.array(prompt()).default([]),
  });

/** A reviewer's attestation against the Micro-Credential Quality Assurance rubric. */
export const qualityReview = () =>
  z.strictObject({
    reviewer: person(),
    date: date(),
    rubric: slug().default('quality-assurance'),
    /** Level id per standard (criterion) id of the quality rubric. */
    levels: z.record(slug(), slug()),
    notes: nonEmpty(1500).optional(),
  });

export const credentialSchema = () =>
  z.strictObject({
    title: nonEmpty(120),
    summary: nonEmpty(400),
    issuer: slug(),
    status: lifecycleStatus(),
    version: z
      .string()
      .regex(/^\d+\.\d+(?:\.\d+)?$/, { error: 'must be a version such as "1.0" or "1.2.0"' }),
    published: date(),
    updated: date().optional(),
    retired: date().optional(),
    /** For a retired credential: the one that replaces it. */
    supersededBy: credentialId().optional(),

    competency: nonEmpty(500),
    keyMethod: nonEmpty(600),

    hours: z
      .number({
        error: (iss) =>
          iss.input === undefined
            ? 'is required: the estimated hours of learning (1 CEU = 10 hours)'
            : 'must be a number of hours, e.g. 15',
      })
      .min(MIN_HOURS, {
        error: `must be at least ${MIN_HOURS} hours (half an hour): a credential takes some time to earn`,
      })
      .multipleOf(0.25, { error: 'must be written in quarter hours, e.g. 7.5 or 12.25' })
      .max(200, { error: 'must be at most 200 hours; a longer programme is a stack of credentials' }),
    subjects: z.array(z.enum(keysOf(SUBJECT_AREAS))).min(1),
    gradeBands: z.array(z.enum(keysOf(GRADE_BANDS))).min(1),
    audience: z.array(z.enum(keysOf(AUDIENCES))).min(1),
    tags: z
      .array(
        z.string().regex(/^[a-z0-9][a-z0-9 -]{0,38}[a-z0-9]$/, { error: 'must be a short lower-case tag' }),
      )
      .default([]),

    rubric: slug(),
    prerequisites: z.array(credentialId()).default([]),
    alignments: z.array(alignment()).default([]),
    research: z.array(citation()).default([]),
    resources: z.array(resource()).default([]),
    submission: submission(),
    resubmission: nonEmpty(800).optional(),

    contentExperts: z.array(person()).default([]),
    cost: z.strictObject({
      amount: z.number().min(0),
      currency: z.literal('USD').default('USD'),
      note: nonEmpty(300).optional(),
    }),
    access: nonEmpty(600),
    support: z.strictObject({ email: email(), note: nonEmpty(400).optional() }),
    assessment: z.strictObject({ assessors: nonEmpty(400), turnaround: nonEmpty(120).optional() }),

    reviews: z.array(qualityReview()).default([]),
    /**
     * Badge artwork: a path relative to this file to a PNG in `content/images/<issuer>/`, at most
     * 256 KB (checked by rules/images.ts), e.g. `../../images/riverbend-usd/hinge-questions.png`.
     * Without it a badge is generated.
     */
    image: z.strictObject({ src: nonEmpty(300), alt: nonEmpty(300) }).optional(),
  });

export type CredentialData = z.infer<ReturnType<typeof credentialSchema>>;
export type Citation = z.infer<ReturnType<typeof citation>>;
export type Alignment = z.infer<ReturnType<typeof alignment>>;
export type QualityReview = z.infer<ReturnType<typeof qualityReview>>;
