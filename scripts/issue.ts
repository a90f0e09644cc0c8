/**
 * npm run issue -- --credential <issuer/slug> (--email <addr> | --recipient <did-or-url> | --csv <file>) [options]
 *
 * Signs an OpenBadgeCredential for a catalog credential and writes, per recipient: the VC-JWT,
 * a baked PNG and SVG, and the plain JSON (or, with --proof data-integrity, the credential with
 * an embedded eddsa-rdfc-2022 proof, baked the same way). Each badge gets a fresh status index
 * from the issuer's revocation list, recorded before the badge is signed, so none is re-used.
 */
import { parseArgs } from 'node:util';
import { issueBadges, type IssueOptions } from './lib/issue-run.ts';
import { CliError, run, usage } from './lib/cli.ts';

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
  --valid-until <date>     expiry date (ISO 8601)
  --proof <jwt|data-integrity>  VC-JWT (default) or an embedded eddsa-rdfc-2022 proof (Ed25519 key)
  --out <dir>              output folder (default out/badges)
  --key <file>             private JWK to sign with (default: found in the key store)
  --skip-invalid           with --csv: issue the valid rows even if some rows are malformed
  --keys <dir>  --content <dir>  --site <url>
  -h, --help

Refuses: unknown or draft/retired credentials, issuers without a key in force, private keys
that do not match a published key, malformed CSV rows (unless --skip-invalid).`;

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
  const summary = await issueBadges(options);
  console.error(summary);
});
