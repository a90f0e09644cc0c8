/** A stack: an ordered or unordered set of micro-credentials with a completion rule. */
import { z } from 'zod';
import { credentialId, date, lifecycleStatus, nonEmpty, slug } from './common.ts';

export const stackRule = () =>
  z.discriminatedUnion('type', [
    z.strictObject({ type: z.literal('all') }),
    z.strictObject({ type: z.literal('n-of-m'), n: z.number().int().min(1) }),
  ]);

export const stackSchema = () =>
  z.strictObject({
    title: nonEmpty(120),
    summary: nonEmpty(400),
    /** The issuer that curates the stack. */
    curator: slug(),
    status: lifecycleStatus().default('active'),
    published: date(),
    credentials: z.array(credentialId()).min(2, { error: 'needs at least two credentials' }),
    rule: stackRule(),
    /** When true the credentials are meant to be earned in the listed order. */
    ordered: z.boolean(),
    featured: z.boolean().default(false),
    // Who counts the stack toward something is said by recognizers (content/recognizers/).
  });

export type StackData = z.infer<ReturnType<typeof stackSchema>>;
export type StackRule = z.infer<ReturnType<typeof stackRule>>;
