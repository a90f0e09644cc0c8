/**
 * A recognizer's policy, published in the catalog at content/policies/<recognizer>/<slug>.md
 * for recognizers whose policy is not on a public web page of their own. Rules link to it.
 */
import { z } from 'zod';
import { date, nonEmpty } from './common.ts';

export const policySchema = () =>
  z.strictObject({
    title: nonEmpty(160),
    /** The recognizer's own reference, e.g. "Board Rule 7-210". */
    code: nonEmpty(60).optional(),
    adopted: date(),
    summary: nonEmpty(400),
  });

export type PolicyData = z.infer<ReturnType<typeof policySchema>>;
