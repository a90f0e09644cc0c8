/**
 * npm run verify -- FILE… [--json] [--map URL=FILE]… [--now ISO] [--fetch] [--email ADDR]
 *
 * The browser verifier's core, from the command line. Trusts what this catalog publishes (built
 * from content/, or --registry catalog.json). The exit code says the worst verdict (EXIT_CODES):
 * 0 only when every file is verified.
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import type { CatalogIndex } from '../src/lib/catalog/index-json.ts';
import { NO_EMAIL_TYPED } from '../src/lib/verify/checks/recipient.ts';
import type { Report, Verdict } from '../src/lib/verify/report.ts';
import { VERDICT_LABELS } from '../src/lib/verify/report.ts';
import { verifyBadge } from '../src/lib/verify/verify.ts';
import { CliError, run, usage } from './lib/cli.ts';
import { contentDir, siteRoot } from './lib/paths.ts';
import { publicFetcher } from './lib/public-fetch.ts';
import { registryFromContent } from './lib/registry.ts';

const HELP = `
Usage: npm run verify -- FILE... [options]

Verifies badges: VC-JWT text (.jwt/.jws), JSON credentials, baked PNG and SVG images.

Options:
  --json              one JSON report per file: { file, verdict, format, checks[{id,status,...}] }
  --map URL=FILE      serve URL from a local file (status lists, DID and key documents); repeatable
  --now ISO           the clock (default: now)
  --fetch             allow fetching keys, DID documents and status lists from the network:
                      https: only, to public hosts (never localhost, private, loopback or
                      link-local addresses, .local or .internal names), redirects checked too
  --email ADDR        check the badge was awarded to this email (hashed locally)
  --registry FILE     trust this catalog.json instead of building one from content/
  --content DIR --site URL
  -h, --help

Verdicts and exit codes (with several files, the highest code):
  0  verified     everything checked and good, and vouched for by this catalog
  1  warnings     the signature is genuine and nothing failed, but something is not vouched
                  for or could not be checked (an issuer this catalog does not register, a
                  status list out of reach, a deprecated suite)
  3  unverified   the signature itself could not be checked (an unsupported proof, an unknown
                  context, a key out of reach): nothing in the badge can be relied on
  4  invalid      the badge is shown to be wrong (signature, claims, dates, revoked, key)
  5  unreadable   not a badge this verifier can read
  2  the command itself failed (a mistyped option, a file that cannot be read)`;

/** The exit code of each verdict; with several files, the highest. */
const EXIT_CODES: Record<Verdict, number> = {
  verified: 0,
  warnings: 1,
  unverified: 3,
  invalid: 4,
  unreadable: 5,
};

const MARK = { pass: '✓', warn: '!', fail: '✗', skip: '·' } as const;

/**
 * The verifier's sentence for the recipient step is worded for both the page and the command
 * line; here it can name the option. Only that sentence is replaced: a recipient row "not
 * checked" for another reason (a failed signature) keeps its own.
 */
const RECIPIENT_SKIPPED =
  'Give --email ADDRESS to check the badge was awarded to that address. It is hashed on this computer and never sent.';
function forTheCommandLine(r: Report): Report {
  return {
    ...r,
    checks: r.checks.map((c) =>
      c.id === 'recipient' && c.status === 'skip' && c.message === NO_EMAIL_TYPED
        ? { ...c, message: RECIPIENT_SKIPPED }
        : c,
    ),
  };
}

function human(file: string, r: Report): string {
  const lines = [`${file}: ${r.verdict.toUpperCase()} — ${VERDICT_LABELS[r.verdict]}`, `  ${r.headline}`];
  if (r.summary.name)
    lines.push(
      `  ${r.summary.name}${r.summary.issuerName ? ` · issued by ${r.summary.issuerName}` : ''}${r.summary.recipient ? ` · to ${r.summary.recipient}` : ''}`,
    );
  for (const c of r.checks)
    lines.push(
      `  ${MARK[c.status]} ${c.title}: ${c.message}${c.code && c.status !== 'pass' ? ` [${c.code}]` : ''}`,
    );
  return lines.join('\n');
}

await run(async () => {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      map: { type: 'string', multiple: true },
      now: { type: 'string' },
      fetch: { type: 'boolean', default: false },
      email: { type: 'string' },
      registry: { type: 'string' },
      content: { type: 'string' },
      site: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return usage(HELP);
  if (!positionals.length)
    throw new CliError('give at least one badge file', 'npm run verify -- out/badges/0001-ada/badge.png', 2);
  const now = values.now ? new Date(values.now) : new Date();
  if (Number.isNaN(now.getTime())) throw new CliError(`--now "${values.now}" is not a date`, undefined, 2);
  const documents = new Map<string, string>();
  for (const m of values.map ?? []) {
    const eq = m.indexOf('=');
    if (eq < 1) throw new CliError(`--map ${m}: expected URL=FILE`, undefined, 2);
    documents.set(m.slice(0, eq), await readFile(m.slice(eq + 1), 'utf8'));
  }
  const registry = values.registry
    ? (JSON.parse(await readFile(values.registry, 'utf8')) as CatalogIndex)
    : await registryFromContent(contentDir(values.content), siteRoot(values.site));
  const reports: { file: string; report: Report }[] = [];
  for (const file of positionals) {
    let input: Uint8Array;
    try {
      input = new Uint8Array(await readFile(file));
    } catch {
      throw new CliError(`cannot read ${file}`, undefined, 2);
    }
    const report = await verifyBadge(input, {
      registry,
      now,
      ...(values.email ? { recipientEmail: values.email } : {}),
      resources: { documents, ...(values.fetch ? { fetch: publicFetcher() } : {}) },
    });
    reports.push({ file, report: forTheCommandLine(report) });
  }
  if (values.json) {
    const out = reports.map(({ file, report }) => ({
      file,
      verdict: report.verdict,
      headline: report.headline,
      format: report.format,
      container: report.container,
      summary: report.summary,
      catalog: report.catalog,
      checks: report.checks,
    }));
    console.log(JSON.stringify(out.length === 1 ? out[0] : out, null, 2));
  } else {
    console.log(reports.map(({ file, report }) => human(file, report)).join('\n\n'));
  }
  process.exitCode = Math.max(...reports.map((r) => EXIT_CODES[r.report.verdict]));
});
