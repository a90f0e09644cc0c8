/**
 * A scoring rubric: criteria × performance levels and a pass rule.
 * Levels are ordered from lowest to highest, as Open Badges 3.0 `rubricCriterionLevel` is.
 */
import { z } from 'zod';
import { httpUrl, lifecycleStatus, nonEmpty, slug } from './common.ts';

export const rubricLevel = () =>
  z.strictObject({
    id: slug(),
    name: nonEmpty(60),
    description: nonEmpty(400).optional(),
    points: z.number().min(0).optional(),
  });

export const rubricCriterion = () =>
  z.strictObject({
    id: slug(),
    name: nonEmpty(120),
    description: nonEmpty(600),
    /** What a reviewer looks for; used by the quality rubric. */
    indicators: z.array(nonEmpty(400)).optional(),
    /** What performance at each level looks like, keyed by level id. */
    descriptors: z.record(z.string(), nonEmpty(800)).optional(),
  });

/**
 * Pass rule: at least `level` on `of` criteria (`all`, or a number N).
 * "At least" uses the level order, so a higher level also passes.
 */
export const passRule = () =>
  z.strictObject({
    level: slug(),
    of: z.union([z.literal('all'), z.number().int().min(1)]).default('all'),
  });

export const rubricSchema = () =>
  z.strictObject({
    title: nonEmpty(120),
    summary: nonEmpty(400),
    /** `assessment` scores an earner's evidence; `quality` reviews a credential's design. */
    kind: z.enum(['assessment', 'quality']).default('assessment'),
    status: lifecycleStatus().default('active'),
    version: z
      .string()
      .regex(/^\d+\.\d+(?:\.\d+)?$/, { error: 'must be a version such as "1.0" or "1.2.0"' }),
    levels: z.array(rubricLevel()).min(2, { error: 'needs at least two levels' }),
    criteria: z.array(rubricCriterion()).min(1, { error: 'needs at least one criterion' }),
    pass: passRule(),
    source: z
      .strictObject({ name: nonEmpty(200), url: httpUrl().optional(), note: nonEmpty(800).optional() })
      .optional(),
  });

export type RubricData = z.infer<ReturnType<typeof rubricSchema>>;
export type RubricLevel = z.infer<ReturnType<typeof rubricLevel>>;
export type RubricCriterion = z.infer<ReturnType<typeof rubricCriterion>>;
export type PassRule = z.infer<ReturnType<typeof passRule>>;
