/**
 * npm run guard -- --base <ref> --author <login> [--format text|json|github]
 *
 * The namespace guard for a pull request: which changed files the author may change, which are
 * denied, and which a catalog maintainer must review (new issuers and recognizers, key and
 * maintainer changes, stacks naming another issuer as curator). Reads `git diff base...HEAD`,
 * and the issuer and recognizer files and catalog maintainers as they are on the base branch.
 * Every file tracked at HEAD is also read for private keys (guard-secrets.ts). Exit code 1 when
 * any file is denied.
 */
import { appendFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import {
  CATALOG_MAINTAINERS_FILE,
  guardChanges,
  guardProblems,
  parseMaintainersFile,
  type FileDecision,
} from '../src/lib/catalog/namespace.ts';
import { curatorFindings } from '../src/lib/catalog/guard-curators.ts';
import {
  scanTrackedFiles,
  treeProblems,
  withFindings,
  type GuardFinding,
} from '../src/lib/catalog/guard-secrets.ts';
import { formatGithubAnnotations } from '../src/lib/catalog/problems.ts';
import { CliError, run, usage } from './lib/cli.ts';
import { changedFiles, fileAt, filesAt, trackedFiles } from './lib/git.ts';

const HELP = `
Usage: npm run guard -- --base <ref> --author <login> [options]

Decides, for each file a pull request changes, whether its author may change it.

Options:
  --base <ref>                 the branch the pull request goes into, e.g. origin/main   required
  --author <login>             the pull request author's GitHub login                   required
  --format <text|json|github>  output format (default: text; github when GITHUB_ACTIONS is set)
  --root <dir>                 the git repository (default: current directory)
  -h, --help                   show this help

Exit code 1 when any file is denied; files that need a catalog maintainer's review are listed
but do not fail.`;

const LABEL = { allowed: 'allowed', denied: 'DENIED', 'needs-review': 'review' } as const;

function text(decisions: readonly FileDecision[], tree: readonly GuardFinding[]): string {
  const lines = decisions.map((d) => {
    const head = `${LABEL[d.decision].padEnd(7)} ${d.status} ${d.path}`;
    return [head, ...d.reasons.map((r) => `          ${r.message}`)].join('\n');
  });
  if (!decisions.length) lines.push('No changed files.');
  if (tree.length) lines.push('Files this pull request does not change, holding private keys:');
  for (const f of tree)
    lines.push(`${LABEL[f.decision].padEnd(7)}   ${f.path}\n          ${f.reason.message}`);
  const n = (k: FileDecision['decision']) =>
    decisions.filter((d) => d.decision === k).length + tree.filter((f) => f.decision === k).length;
  lines.push(`${n('denied')} denied, ${n('needs-review')} for maintainer review, ${n('allowed')} allowed`);
  return lines.join('\n');
}

function summary(decisions: readonly FileDecision[], author: string, tree: readonly GuardFinding[]): string {
  const cell = (m: string) => m.replace(/\|/g, '\\|');
  const rows = [
    ...decisions
      .filter((d) => d.decision !== 'allowed')
      .map(
        (d) =>
          `| ${LABEL[d.decision]} | \`${d.path}\` | ${d.reasons.map((r) => cell(r.message)).join('<br>')} |`,
      ),
    ...tree.map((f) => `| ${LABEL[f.decision]} | \`${f.path}\` (unchanged) | ${cell(f.reason.message)} |`),
  ];
  const head = `### Namespace guard for @${author}\n\n`;
  return rows.length
    ? `${head}| | file | why |\n|---|---|---|\n${rows.join('\n')}\n`
    : `${head}Every changed file is in the author's own namespace.\n`;
}

await run(async () => {
  const { values } = parseArgs({
    options: {
      base: { type: 'string' },
      author: { type: 'string' },
      format: { type: 'string' },
      root: { type: 'string', default: process.cwd() },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return usage(HELP);
  const { base: baseRef, author, root } = values;
  if (!baseRef || !author)
    throw new CliError(
      '--base and --author are required',
      'npm run guard -- --base origin/main --author octocat',
    );
  // GitHub logins, and apps such as dependabot[bot].
  if (!/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\[bot\])?$/.test(author))
    throw new CliError(`"${author}" is not a GitHub login`);
  const format = values.format ?? (process.env.GITHUB_ACTIONS ? 'github' : 'text');
  if (!['text', 'json', 'github'].includes(format))
    throw new CliError(`unknown --format "${format}"`, 'Use text, json or github.', 2);

  const changes = await changedFiles(root, baseRef);
  // Owner files (issuers, recognizers) as the base branch has them and as the pull request leaves them.
  const base = { issuers: new Map<string, string>(), recognizers: new Map<string, string>() };
  const head = { issuers: new Map<string, string>(), recognizers: new Map<string, string>() };
  for (const dir of ['issuers', 'recognizers'] as const) {
    for (const path of await filesAt(root, baseRef, `content/${dir}`)) {
      const t = await fileAt(root, baseRef, path);
      if (t !== undefined) base[dir].set(path, t);
    }
    for (const c of changes) {
      if (c.status !== 'D' && new RegExp(`^content/${dir}/[^/]+\\.mdx?$`).test(c.path)) {
        const t = await fileAt(root, 'HEAD', c.path);
        if (t !== undefined) head[dir].set(c.path, t);
      }
    }
  }
  const maintainersText = await fileAt(root, baseRef, CATALOG_MAINTAINERS_FILE);
  if (maintainersText === undefined)
    console.error(
      `warning: ${CATALOG_MAINTAINERS_FILE} is missing on ${baseRef}; no one is a catalog maintainer.`,
    );
  const guarded = guardChanges({
    changes,
    author,
    baseIssuers: base.issuers,
    headIssuers: head.issuers,
    baseRecognizers: base.recognizers,
    headRecognizers: head.recognizers,
    catalogMaintainers: parseMaintainersFile(maintainersText ?? ''),
  });
  // Stacks the pull request adds or changes, for their curator.
  const headStacks = new Map<string, string>();
  for (const c of changes) {
    if (c.status !== 'D' && /^content\/stacks\/[^/]+\.mdx?$/.test(c.path)) {
      const t = await fileAt(root, 'HEAD', c.path);
      if (t !== undefined) headStacks.set(c.path, t);
    }
  }
  const changed = new Set(changes.filter((c) => c.status !== 'D').map((c) => c.path));
  const catalogMaintainers = parseMaintainersFile(maintainersText ?? '');
  const { result, unchanged } = withFindings(guarded, [
    ...scanTrackedFiles(await trackedFiles(root, 'HEAD'), changed),
    ...curatorFindings({
      changes,
      author,
      headStacks,
      baseIssuers: base.issuers,
      headIssuers: head.issuers,
      catalogMaintainers,
    }),
  ]);

  if (format === 'json') console.log(JSON.stringify({ ...result, tracked: unchanged }, null, 2));
  else {
    if (format === 'github') {
      const annotations = formatGithubAnnotations([...guardProblems(result), ...treeProblems(unchanged)]);
      if (annotations) console.log(annotations);
      if (process.env.GITHUB_STEP_SUMMARY)
        await appendFile(process.env.GITHUB_STEP_SUMMARY, summary(result.decisions, author, unchanged));
    }
    console.log(text(result.decisions, unchanged));
  }
  if (!result.ok) process.exitCode = 1;
});
