/**
 * A recognizer: a state agency, district, university, employer or association that gives
 * credentials or stacks value in its own system, through recognition rules. Each rule says what
 * it accepts, what it counts toward, how much, under which conditions, when, and under which
 * policy. The recognition model is described in docs/architecture.md ("Recognition").
 */
import { z } from 'zod';
import { credentialId, date, email, httpUrl, maintainerLogins, nonEmpty, slug } from './common.ts';
import { CREDIT_UNITS, PURPOSES, RECOGNIZER_KINDS, keysOf } from '../vocabulary.ts';

/** What a rule accepts: named credentials, a whole stack, an issuer's credentials, or quality. */
export const ruleSelection = () =>
  z.discriminatedUnion(
    'type',
    [
      z.strictObject({
        type: z.literal('credentials'),
        credentials: z.array(credentialId()).min(1, { error: 'needs at least one credential' }),
      }),
      z.strictObject({ type: z.literal('stack'), stack: slug() }),
      z.strictObject({ type: z.literal('issuer'), issuer: slug() }),
      z.strictObject({ type: z.literal('quality-standards') }),
    ],
    { error: 'must have a type: credentials, stack, issuer or quality-standards' },
  );

const positive = (what: string) =>
  z
    .number({ error: `must be a number: ${what}` })
    .positive({ error: `must be more than 0: ${what}` })
    .max(100_000, { error: 'is implausibly large' });

/**
 * How much a rule grants. Competency-based: an amount in the recognizer's own unit, per
 * credential (optionally for every N credentials) or per completed stack. Time-based: the
 * credential's hours at 1 CEU per 10 hours.
 */
export const ruleValue = () =>
  z.discriminatedUnion(
    'basis',
    [
      z.strictObject({
        basis: z.literal('competency'),
        amount: positive('the amount the rule grants'),
        /** The recognizer's own unit, singular: "salary step", "professional learning point". */
        unit: nonEmpty(60),
        /** Plural of `unit` when adding "s" is wrong. */
        unitPlural: nonEmpty(60).optional(),
        per: z.enum(['credential', 'stack'], { error: 'must be credential or stack' }),
        /** The amount is granted for every N credentials (a threshold), not for each one. */
        every: z
          .number()
          .int()
          .min(2, { error: 'must be 2 or more (leave it out for each credential)' })
          .optional(),
        /** The most an educator can earn under the rule. */
        max: positive('the most an educator can earn under the rule').optional(),
        /** The standard credit unit this unit is, when it is one (for machine-readable exports). */
        creditUnit: z.enum(keysOf(CREDIT_UNITS)).optional(),
      }),
      z.strictObject({
        basis: z.literal('hours'),
        max: positive('the most CEUs an educator can earn under the rule').optional(),
      }),
    ],
    {
      error:
        'must have a basis: competency (an amount per credential or stack) or hours (1 CEU per 10 hours)',
    },
  );

export const effectiveDates = () =>
  z.strictObject({ from: date(), until: date().optional() }).superRefine((d, ctx) => {
    if (d.until && d.until.getTime() < d.from.getTime())
      ctx.addIssue({
        code: 'custom',
        path: ['until'],
        message: `is before "from" (${d.from.toISOString().slice(0, 10)}): a rule cannot end before it starts`,
      });
  });

/** The policy that grants a rule: a page in content/policies/<recognizer>/, or the recognizer's own URL. */
export const policyLink = () =>
  z
    .strictObject({ page: slug().optional(), title: nonEmpty(200).optional(), url: httpUrl().optional() })
    .superRefine((p, ctx) => {
      if ((p.page === undefined) === (p.url === undefined))
        ctx.addIssue({
          code: 'custom',
          path: [],
          message:
            'needs either "page" (a policy in content/policies/<recognizer>/) or "url" (the policy on your site), not both',
        });
      else if (p.url !== undefined && p.title === undefined)
        ctx.addIssue({
          code: 'custom',
          path: ['title'],
          message: 'is required with "url": the name of the policy',
        });
    });

export const recognitionRule = () =>
  z
    .strictObject({
      /** Unique within the recognizer; part of the rule's stable address. */
      id: slug(),
      title: nonEmpty(120).optional(),
      accepts: ruleSelection(),
      purpose: z.enum(keysOf(PURPOSES)),
      /** Without one, the time-based default: 1 CEU per 10 hours of each credential. */
      value: ruleValue().default({ basis: 'hours' }),
      conditions: z.array(nonEmpty(400)).default([]),
      effective: effectiveDates(),
      policy: policyLink(),
    })
    .superRefine((r, ctx) => {
      if (r.value.basis !== 'competency') return;
      if (r.value.per === 'stack' && r.accepts.type !== 'stack')
        ctx.addIssue({
          code: 'custom',
          path: ['value', 'per'],
          message: `is "stack" but the rule accepts ${r.accepts.type}, not a stack`,
        });
      if (r.value.per === 'stack' && r.value.every !== undefined)
        ctx.addIssue({
          code: 'custom',
          path: ['value', 'every'],
          message: 'applies to credentials only: a rule counts one stack',
        });
    });

export const recognizerSchema = () =>
  z.strictObject({
    name: nonEmpty(120),
    shortName: nonEmpty(40).optional(),
    kind: z.enum(keysOf(RECOGNIZER_KINDS)),
    summary: nonEmpty(400),
    /** Where its decisions apply. */
    jurisdiction: z.strictObject({ state: nonEmpty(80), district: nonEmpty(120).optional() }),
    website: httpUrl(),
    contact: z.strictObject({ email: email(), name: nonEmpty(120).optional() }),
    /** GitHub usernames allowed to change this recognizer's file and policies. */
    maintainers: maintainerLogins(),
    /** Marks the seed catalog's invented organizations. */
    fictional: z.boolean().default(false),
    rules: z.array(recognitionRule()).min(1, { error: 'needs at least one rule' }),
  });

export type RecognizerData = z.infer<ReturnType<typeof recognizerSchema>>;
export type RecognitionRule = z.infer<ReturnType<typeof recognitionRule>>;
export type RuleSelection = z.infer<ReturnType<typeof ruleSelection>>;
export type RuleValue = z.infer<ReturnType<typeof ruleValue>>;
