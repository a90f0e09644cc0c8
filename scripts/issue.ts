/**
 * npm run issue -- --credential <issuer/slug> (--email <addr> | --recipient <did-or-url> | --csv <file>) [options]
 *
 * Signs an OpenBadgeCredential for a catalog credential and writes, per recipient: the VC-JWT,
 * a baked PNG and SVG, and the plain JSON (or, with --proof data-integrity, the credential with
 * an embedded eddsa-rdfc-2022 proof, baked the same way). Each badge gets a fresh status index
 * from the issuer's revocation list, recorded before the badge is signed, so none is re-used.
 * Interrupted (Ctrl-C), it says how many badges this run issued and how to resume. A validity
 * end date in the past is refused unless --allow-past says it is meant.
 */
import { parseArgs } from 'node:util';
import { issueBadges, type IssueOptions } from './lib/issue-run.ts';
import { CliError, run, usage } from './lib/cli.ts';
import { MANIFEST } from './lib/issue-progress.ts';
import { join } from 'node:path';
import { readRecipients } from './lib/recipients.ts';

const HELP = `
Usage: npm run issue -- --credential <issuer/slug> <recipient> [options]

Recipient (one of):
  --email <address>        the earner's email; stored only as a salted SHA-256 hash
  --recipient <did|url>    the earner's DID or URL
  --csv <file>             batch: a CSV with a header row: email or id, and optionally
                           name, evidence, valid_until. Resumable: re-running skips rows done.

Options:
  --name <text>            the earner's name, shown on the badge (single recipient)
  --evidence <url>         a link to the earner's evidence (single recipient)
  --result <criterion=level>  a rubric result; repeat for each criterion
  --valid-until <date>     expiry date (ISO 8601); refused if already past, unless --allow-past
  --allow-past             issue badges whose validity has already ended (e.g. to re-create a record)
  --proof <jwt|data-integrity>  VC-JWT (default) or an embedded eddsa-rdfc-2022 proof (Ed25519 key)
  --out <dir>              output folder (default out/badges)
  --key <file>             private JWK to sign with (default: found in the key store)
  --skip-invalid           with --csv: issue the valid rows even if some rows are malformed
  --keys <dir>  --content <dir>  --site <url>
  -h, --help

Refuses: unknown or draft/retired credentials, issuers without a key in force, private keys
that do not match a published key, malformed CSV rows (unless --skip-invalid), expiry dates
in the past (unless --allow-past).

Interrupted with Ctrl-C, a batch stops at once; every badge finished is recorded in the output
folder's manifest, and running the same command again issues only the rest.`;

await run(async () => {
  const { values } = parseArgs({
    options: {
      credential: { type: 'string' },
      email: { type: 'string' },
      recipient: { type: 'string' },
      csv: { type: 'string' },
      name: { type: 'string' },
      evidence: { type: 'string' },
      result: { type: 'string', multiple: true },
      'valid-until': { type: 'string' },
      'allow-past': { type: 'boolean', default: false },
      proof: { type: 'string', default: 'jwt' },
      out: { type: 'string', default: 'out/badges' },
      key: { type: 'string' },
      'skip-invalid': { type: 'boolean', default: false },
      keys: { type: 'string' },
      content: { type: 'string' },
      site: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return usage(HELP);
  if (!values.credential)
    throw new CliError(
      '--credential is required',
      'npm run issue -- --credential riverbend-usd/hinge-questions --email ada@example.org',
    );
  const given = [values.email, values.recipient, values.csv].filter(Boolean).length;
  if (given !== 1) throw new CliError('give exactly one of --email, --recipient or --csv');
  if (values.proof !== 'jwt' && values.proof !== 'data-integrity')
    throw new CliError('--proof must be jwt or data-integrity');
  const options: IssueOptions = {
    credential: values.credential,
    proof: values.proof,
    out: values.out,
    skipInvalid: values['skip-invalid'],
    results: values.result ?? [],
    ...(values.email ? { email: values.email } : {}),
    ...(values.recipient ? { recipientId: values.recipient } : {}),
    ...(values.csv ? { csv: values.csv } : {}),
    ...(values.name ? { name: values.name } : {}),
    ...(values.evidence ? { evidence: values.evidence } : {}),
    ...(values['valid-until'] ? { validUntil: values['valid-until'] } : {}),
    ...(values.key ? { keyFile: values.key } : {}),
    ...(values.keys ? { keys: values.keys } : {}),
    ...(values.content ? { content: values.content } : {}),
    ...(values.site ? { site: values.site } : {}),
  };
  await refusePastExpiry(values['valid-until'], values.csv, values['allow-past']);
  const stop = stopOnInterrupt();
  const summary = await issueBadges({ ...options, signal: stop.signal });
  if (summary.interrupted) {
    reportInterruption(values.out, summary.issued, process.argv.slice(2));
    process.exit(130);
  }
  console.error(summary.text);
});

/** A badge that expires before it is issued is almost always a typo in the date. */
async function refusePastExpiry(validUntil: string | undefined, csv: string | undefined, allowPast: boolean) {
  if (allowPast) return;
  const now = new Date();
  const hint =
    'Give a date in the future, or add --allow-past if the badge is meant to have expired already.';
  if (validUntil !== undefined) {
    const d = new Date(validUntil);
    if (!Number.isNaN(d.getTime()) && d <= now)
      throw new CliError(
        `--valid-until ${validUntil} is in the past: the badge would be expired when issued`,
        hint,
      );
  }
  if (csv === undefined) return;
  const past = (await readRecipients(csv)).rows.filter((r) => r.validUntil && r.validUntil <= now);
  if (past.length)
    throw new CliError(
      `${csv} has ${past.length} row(s) whose valid_until is in the past; nothing was issued:\n${past
        .map((r) => `  line ${r.line}: valid_until ${r.validUntil?.toISOString().slice(0, 10) ?? ''}`)
        .join('\n')}`,
      hint,
    );
}

/**
 * Ctrl-C stops the batch between two badges (the run finishes the one it is writing, records
 * it, and returns); a second Ctrl-C exits at once.
 */
function stopOnInterrupt(): AbortController {
  const stop = new AbortController();
  process.once('SIGINT', () => {
    stop.abort();
    process.once('SIGINT', () => process.exit(130));
  });
  return stop;
}

/** After Ctrl-C: how many badges this run issued, where they are recorded, and how to go on. */
function reportInterruption(out: string, issued: number, args: readonly string[]) {
  if (process.stderr.isTTY) process.stderr.write('\u001b[?25h'); // the progress bar hides the cursor
  console.error(
    `\nInterrupted: this run issued ${issued} badge${issued === 1 ? '' : 's'}, recorded in ${join(out, MANIFEST)}.\n` +
      `To issue the rest, run the same command again: npm run issue -- ${args.map(shellWord).join(' ')}\n` +
      'Recipients who already have a badge are skipped.',
  );
}

/** An argument as a shell reads it back. (A function declaration: the handler runs before later consts exist.) */
function shellWord(s: string): string {
  return /^[\w@%+=:,./-]+$/.test(s) ? s : `'${s.replace(/'/g, "'\\''")}'`;
}
