/**
 * The second step of an issuing run: who gets a badge. The recipients (one, or a CSV's valid
 * rows), and the manifest of an earlier run into the same folder, so an interrupted batch resumes
 * where it stopped: recipients whose badge is already written are left out.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CliError } from './cli.ts';
import type { IssueOptions, Manifest, ManifestEntry } from './issue-run.ts';
import { JOURNAL, MANIFEST } from './issue-progress.ts';
import { readRecipients, recipientKey, type RecipientRow } from './recipients.ts';

export interface Plan {
  /** Every recipient asked for, and those still without a badge. */
  rows: RecipientRow[];
  todo: RecipientRow[];
  /** Malformed CSV rows left out (with --skip-invalid). */
  skippedRows: number;
  manifest: Manifest;
  manifestPath: string;
  /** Every badge is appended here at once; manifest.json is rewritten now and then. */
  journalPath: string;
}

async function recipients(opts: IssueOptions): Promise<{ rows: RecipientRow[]; skippedRows: number }> {
  if (!opts.csv)
    return {
      rows: [
        {
          line: 0,
          key: recipientKey({ email: opts.email, id: opts.recipientId }),
          ...(opts.email ? { email: opts.email } : {}),
          ...(opts.recipientId ? { id: opts.recipientId } : {}),
          ...(opts.name ? { name: opts.name } : {}),
          ...(opts.evidence ? { evidence: opts.evidence } : {}),
        },
      ],
      skippedRows: 0,
    };
  const { rows, problems } = await readRecipients(opts.csv);
  if (problems.length) {
    const list = problems.map((p) => `  line ${p.line}: ${p.message}`).join('\n');
    if (!opts.skipInvalid)
      throw new CliError(
        `${opts.csv} has ${problems.length} malformed row(s); nothing was issued:\n${list}`,
        'Fix the rows, or re-run with --skip-invalid to issue the others.',
      );
    console.error(`Skipping ${problems.length} malformed row(s):\n${list}`);
  }
  return { rows, skippedRows: problems.length };
}

/** The manifest of an earlier run into `out`, with its journal replayed; a new one otherwise. */
async function resumeManifest(manifestPath: string, journalPath: string, fresh: Manifest): Promise<Manifest> {
  const manifest = existsSync(manifestPath)
    ? (JSON.parse(await readFile(manifestPath, 'utf8')) as Manifest)
    : fresh;
  if (existsSync(journalPath)) {
    for (const line of (await readFile(journalPath, 'utf8')).split('\n')) {
      if (!line.trim()) continue;
      try {
        const { key, value } = JSON.parse(line) as { key: string; value: ManifestEntry };
        manifest.recipients[key] = value;
      } catch {
        // A line cut off by the interruption: that badge is issued again, with a new index.
      }
    }
  }
  return manifest;
}

export async function planRun(opts: IssueOptions, credentialId: string, issuerId: string): Promise<Plan> {
  const { rows, skippedRows } = await recipients(opts);
  await mkdir(opts.out, { recursive: true });
  const manifestPath = join(opts.out, MANIFEST);
  const journalPath = join(opts.out, JOURNAL);
  const manifest = await resumeManifest(manifestPath, journalPath, {
    credential: credentialId,
    issuer: issuerId,
    proof: opts.proof,
    recipients: {},
  });
  if (manifest.credential !== credentialId)
    throw new CliError(
      `${opts.out} holds badges for ${manifest.credential}; use another --out for ${credentialId}`,
    );
  const done = (r: RecipientRow) => {
    const entry = manifest.recipients[r.key];
    return entry !== undefined && existsSync(join(opts.out, entry.folder, 'badge.png'));
  };
  return { rows, todo: rows.filter((r) => !done(r)), skippedRows, manifest, manifestPath, journalPath };
}
