/**
 * npm run check [-- --format text|json|github]
 *
 * Validates all content before any build: schemas, references, duplicates, namespaces,
 * prerequisite cycles, rubric and stack rules, keys, MDX safety, frontmatter YAML safety,
 * dead internal links and badge artwork. Prints every problem at once with its
 * file, line and field. Exit code 1 when any problem is an error.
 */
import { parseArgs } from 'node:util';
import { checkCatalog } from '../src/lib/catalog/check.ts';
import { formatGithubAnnotations, formatProblems } from '../src/lib/catalog/problems.ts';
import { readContentFiles } from '../src/lib/catalog/read-content.ts';
import { judgeEntries } from '../src/lib/catalog/verdict-pool.ts';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { siteRoot } from './lib/paths.ts';

const HELP = `Usage: npm run check [-- options]

Checks every file under content/ and reports all problems at once.

Options:
  --format <text|json|github>  output format (default: text; github when GITHUB_ACTIONS is set)
  --root <dir>                 repository root (default: current directory)
  -h, --help                   show this help`;

const { values } = parseArgs({
  options: {
    format: { type: 'string' },
    root: { type: 'string', default: process.cwd() },
    help: { type: 'boolean', short: 'h' },
  },
});
if (values.help) {
  console.log(HELP);
  process.exit(0);
}
const format = values.format ?? (process.env.GITHUB_ACTIONS ? 'github' : 'text');
if (!['text', 'json', 'github'].includes(format)) {
  console.error(`Unknown --format "${format}". Use text, json or github.`);
  process.exit(2);
}

const files = await readContentFiles(values.root);
// Unchanged files keep their verdict from the build's cache (when the root has its node_modules).
const modules = join(values.root, 'node_modules');
const { verdicts } = await judgeEntries(
  files,
  existsSync(modules) ? { cacheDir: join(modules, '.astro', 'content-check') } : {},
);
const { problems, ok, catalog } = await checkCatalog(files, { site: siteRoot(), verdicts });
if (format === 'json') {
  console.log(JSON.stringify({ ok, problems }, null, 2));
} else if (format === 'github') {
  if (problems.length) console.log(formatGithubAnnotations(problems));
  console.log(formatProblems(problems));
} else {
  const counts = (
    ['issuers', 'credentials', 'stacks', 'rubrics', 'glossary', 'recognizers', 'policies'] as const
  )
    .map((k) => `${catalog[k].size} ${k}`)
    .join(', ');
  console.log(
    problems.length ? formatProblems(problems) : `No problems in ${files.length} files (${counts}).`,
  );
}
process.exit(ok ? 0 : 1);
