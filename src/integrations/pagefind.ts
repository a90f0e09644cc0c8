/**
 * Builds the Pagefind search index after `astro build`, with the Node API (no extra CLI step),
 * so search works under `npm start` exactly as users run it. Only elements marked
 * `data-pagefind-body` (credential, stack, rubric and issuer pages) are indexed.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

export class PagefindError extends Error {
  override name = 'PagefindError';
}

function assertOk(res: { errors: string[] }, step: string): void {
  if (res.errors.length) throw new PagefindError(`Pagefind ${step} failed:\n${res.errors.join('\n')}`);
}

export default function pagefindIndex(): AstroIntegration {
  return {
    name: 'stackable:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const site = fileURLToPath(dir);
        try {
          const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
          assertOk({ errors }, 'createIndex');
          if (!index) throw new PagefindError('Pagefind returned no index');
          const added = await index.addDirectory({ path: site });
          assertOk(added, 'addDirectory');
          assertOk(
            await index.writeFiles({ outputPath: fileURLToPath(new URL('./pagefind/', dir)) }),
            'writeFiles',
          );
          logger.info(`indexed ${added.page_count} pages in ${Math.round(performance.now() - started)} ms`);
        } catch (cause) {
          throw new PagefindError('Failed to build the search index.', { cause });
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
