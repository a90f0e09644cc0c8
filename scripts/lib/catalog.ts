/** Loads and validates the catalog for a CLI; refuses to work on content with errors. */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { checkCatalog, type CheckResult } from '../../src/lib/catalog/check.ts';
import type { SourceFile } from '../../src/lib/catalog/source.ts';
import { judgeEntries } from '../../src/lib/catalog/verdict-pool.ts';
import { formatProblems } from '../../src/lib/catalog/problems.ts';
import { readContentFiles } from '../../src/lib/catalog/read-content.ts';
import { CliError } from './cli.ts';

export async function loadValidCatalog(content: string) {
  const root = dirname(content);
  const dir = content.slice(root.length + 1);
  const files = await readContentFiles(root, dir);
  // readContentFiles names files relative to `root`; the checker expects paths under content/.
  const normalized = files.map((f) => ({ ...f, path: `content/${f.path.slice(dir.length + 1)}` }));
  const result = await check(normalized);
  if (!result.ok) {
    throw new CliError(
      `the catalog in ${content} has errors; fix them first:\n${formatProblems(result.problems.filter((p) => p.severity === 'error'))}`,
      'Run npm run check to see every problem.',
    );
  }
  return result.catalog;
}

/** The validated catalog and its status lists, as the registry builder needs them. */
export async function loadValidCatalogWithStatus(content: string) {
  const root = dirname(content);
  const dir = content.slice(root.length + 1);
  const files = (await readContentFiles(root, dir)).map((f) => ({
    ...f,
    path: `content/${f.path.slice(dir.length + 1)}`,
  }));
  const result = await check(files);
  if (!result.ok)
    throw new CliError(
      `the catalog in ${content} has errors:\n${formatProblems(result.problems.filter((p) => p.severity === 'error'))}`,
    );
  return result;
}

/** The content check, with the verdicts of files unchanged since the last build or check from its cache. */
async function check(files: readonly SourceFile[]): Promise<CheckResult> {
  const modules = join(process.cwd(), 'node_modules');
  const { verdicts } = await judgeEntries(
    files,
    existsSync(modules) ? { cacheDir: join(modules, '.astro', 'content-check') } : {},
  );
  return checkCatalog(files, { verdicts });
}
