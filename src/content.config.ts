/**
 * Astro content collections, built from the table the content check uses
 * (`src/lib/catalog/collections.ts`): the same folders, file patterns and schemas, with each field
 * that names another entry turned into an Astro `reference()` so pages can follow it.
 * Cross-references, duplicates, namespaces and cycles are checked by the content-check
 * integration; in a build it runs beside the content layer, and a loader that fails gives way to
 * the check's own report (src/integrations/content-check-gate.ts).
 */
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { gatedLoader } from './integrations/content-check-gate.ts';
import { renderingPlainBodies } from './integrations/plain-bodies.ts';
import { COLLECTIONS, entryPattern, type CollectionName } from './lib/catalog/collections.ts';
import { contentFolder } from './lib/config.ts';

type Table = typeof COLLECTIONS;
type Refs<N extends CollectionName> = Table[N]['references'];
type Shape<N extends CollectionName> = ReturnType<Table[N]['schema']>['shape'];
/** A reference as pages read it: `{ collection, id }`. */
type Ref<C extends string> = z.ZodType<{ collection: C; id: string }>;
type Referencing<N extends CollectionName> = z.ZodObject<
  Omit<Shape<N>, keyof Refs<N>> & {
    [F in keyof Refs<N>]: Refs<N>[F] extends readonly [infer C extends string]
      ? z.ZodType<{ collection: C; id: string }[]>
      : Ref<Refs<N>[F] & string>;
  }
>;

/** The collection's schema, with its reference fields parsed as before and then made references. */
function schemaOf<N extends CollectionName>(name: N): Referencing<N> {
  const { schema, references } = COLLECTIONS[name];
  const base = schema();
  const refs: Record<string, string | readonly [string]> = references;
  const shape = Object.fromEntries(
    Object.entries(refs).map(([field, to]) => {
      const parsed = base.shape[field as keyof typeof base.shape] as z.ZodType;
      return [field, parsed.pipe(typeof to === 'string' ? reference(to) : z.array(reference(to[0])))];
    }),
  );
  return base.extend(shape) as unknown as Referencing<N>;
}

const collection = <N extends CollectionName>(name: N) =>
  defineCollection({
    loader: gatedLoader(
      renderingPlainBodies(
        glob({ base: `${contentFolder()}/${COLLECTIONS[name].dir}`, pattern: entryPattern(name) }),
      ),
    ),
    schema: schemaOf(name),
  });

export const collections = {
  issuers: collection('issuers'),
  credentials: collection('credentials'),
  stacks: collection('stacks'),
  rubrics: collection('rubrics'),
  glossary: collection('glossary'),
  recognizers: collection('recognizers'),
  policies: collection('policies'),
} satisfies { [N in CollectionName]: ReturnType<typeof collection<N>> };
