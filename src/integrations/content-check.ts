/**
 * Runs the catalog's content check when Astro starts. A build with content problems stops,
 * listing every problem with its file, line and field. Each file's own checks run on worker
 * threads, and files unchanged since the last build keep their verdict from a cache in Astro's
 * cache folder (verdict-pool.ts); a build hands the checked catalog on to the page that publishes
 * it (checked-catalog.ts).
 *
 * A build does not wait for the check before it starts: the content layer and the bundler work
 * beside it, and the gate (content-check-gate.ts) holds back everything that runs or writes out
 * an entry until the check has passed. Other commands (dev, sync, check) wait for it first.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkCatalog } from '../lib/catalog/check.ts';
import { shareCheckedCatalog } from '../lib/catalog/checked-catalog.ts';
import { serializeCatalog } from '../lib/catalog/draft-check.ts';
import { formatProblems } from '../lib/catalog/problems.ts';
import { readCatalogFiles } from '../lib/catalog/read-content.ts';
import { judgeEntries } from '../lib/catalog/verdict-pool.ts';
import { gatePlugin, openGate } from './content-check-gate.ts';

export class ContentCheckError extends Error {
  override name = 'ContentCheckError';
}

export default function contentCheck(): AstroIntegration {
  return {
    name: 'stackable:content-check',
    hooks: {
      'astro:config:setup': async ({ config, logger, command, updateConfig }) => {
        const root = fileURLToPath(config.root);
        const site = config.site ? new URL(config.base, config.site).href : undefined;
        const check = (async () => {
          const started = performance.now();
          const files = await readCatalogFiles(root);
          const pool = await judgeEntries(files, {
            cacheDir: fileURLToPath(new URL('content-check/', config.cacheDir)),
          });
          const result = await checkCatalog(files, { ...(site ? { site } : {}), verdicts: pool.verdicts });
          const { problems, ok } = result;
          const ms = Math.round(performance.now() - started);
          if (!ok) {
            throw new ContentCheckError(
              `The catalog content has problems:\n\n${formatProblems(problems)}\n\nRun "npm run check" to see them again.`,
            );
          }
          if (command === 'build') shareCheckedCatalog(site, serializeCatalog(result, files));
          const warnings = problems.length;
          if (warnings) logger.warn(formatProblems(problems));
          if (command !== 'preview')
            logger.info(
              `content check passed in ${ms} ms${warnings ? ` with ${warnings} warning(s)` : ''} (${pool.judged} files judged${pool.threads ? ` on ${pool.threads} threads` : ''}, ${pool.cached} unchanged)`,
            );
        })();
        if (command !== 'build') {
          await check;
          return;
        }
        openGate(check);
        updateConfig({ vite: { plugins: [gatePlugin()] } });
      },
    },
  };
}
