/** A glossary term from the field, with where the definition comes from. */
import { z } from 'zod';
import { httpUrl, nonEmpty, slug } from './common.ts';

export const glossarySchema = () =>
  z.strictObject({
    term: nonEmpty(80),
    aka: z.array(nonEmpty(80)).default([]),
    /** One-sentence definition; the body can say more. */
    short: nonEmpty(400),
    related: z.array(slug()).default([]),
    sources: z
      .array(z.strictObject({ title: nonEmpty(300), publisher: nonEmpty(200), url: httpUrl() }))
      .default([]),
  });

export type GlossaryData = z.infer<ReturnType<typeof glossarySchema>>;
