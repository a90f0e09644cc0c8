/**
 * The issuing run behind `npm run issue` (also used by the benchmark), in four steps: load what
 * every badge needs (issue-load.ts), plan who still needs one (issue-plan.ts), then for each
 * recipient reserve a status index, issue the badge and write it (issue-one.ts), keeping a
 * manifest so an interrupted batch resumes where it stopped.
 */
import { appendFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Presets, SingleBar } from 'cli-progress';
import { isStatusError } from '../../src/lib/status/index.ts';
import { issueOne, writeBadge } from './issue-one.ts';
import { loadIssuing, type Issuing } from './issue-load.ts';
import { planRun, type Plan } from './issue-plan.ts';
import { folderName } from './recipients.ts';
import { openList, reserveIndex } from './status-store.ts';

export interface IssueOptions {
  credential: string;
  proof: 'jwt' | 'data-integrity';
  out: string;
  skipInvalid: boolean;
  results: string[];
  email?: string;
  recipientId?: string;
  csv?: string;
  name?: string;
  evidence?: string;
  validUntil?: string;
  keyFile?: string;
  keys?: string;
  content?: string;
  site?: string;
  /** No progress bar (tests, benchmark). */
  quiet?: boolean;
}

export interface ManifestEntry {
  folder: string;
  credentialId: string;
  list: string;
  statusIndex: number;
  issuedAt: string;
}

export interface Manifest {
  credential: string;
  issuer: string;
  proof: 'jwt' | 'data-integrity';
  recipients: Record<string, ManifestEntry>;
}

async function writeJsonAtomic(path: string, value: unknown): Promise<void> {
  const tmp = `${path}.tmp-${process.pid}`;
  await writeFile(tmp, `${JSON.stringify(value, null, 2)}\n`);
  await rename(tmp, path);
}

/** A status index for the next badge, opening the issuer's next list when one is full. */
async function nextSlot(run: Issuing, list: Awaited<ReturnType<typeof openList>>) {
  try {
    return { list, slot: await reserveIndex(list.path) };
  } catch (e) {
    if (!isStatusError(e) || e.code !== 'FULL') throw e;
    const next = await openList(run.content, run.issuerId, run.signer, run.urls);
    return { list: next, slot: await reserveIndex(next.path) };
  }
}

function progressBar(opts: IssueOptions, total: number) {
  if (opts.quiet || !opts.csv || !process.stderr.isTTY) return undefined;
  const bar = new SingleBar(
    { format: 'Issuing |{bar}| {value}/{total} badges · {eta_formatted} left', hideCursor: true },
    Presets.shades_classic,
  );
  bar.start(total, 0);
  return bar;
}

function summary(opts: IssueOptions, run: Issuing, plan: Plan, done: number, listPath: string): string {
  const skippedDone = plan.rows.length - plan.todo.length;
  return [
    `Issued ${done} badge${done === 1 ? '' : 's'} for "${run.credential.title}" (${opts.proof === 'jwt' ? 'VC-JWT' : 'eddsa-rdfc-2022'}, key ${run.signer.published.kid}) into ${opts.out}.`,
    skippedDone
      ? `${skippedDone} recipient(s) already had a badge in ${plan.manifestPath} and were skipped.`
      : '',
    plan.skippedRows ? `${plan.skippedRows} malformed row(s) were not issued.` : '',
    `Status list: ${listPath}. Commit it so the site publishes the list the badges point to.`,
  ]
    .filter(Boolean)
    .join('\n');
}

export async function issueBadges(opts: IssueOptions): Promise<string> {
  const run = await loadIssuing(opts);
  const plan = await planRun(opts, run.credential.id, run.issuerId);
  const { manifest } = plan;
  let list = await openList(run.content, run.issuerId, run.signer, run.urls);
  const bar = progressBar(opts, plan.todo.length);
  let done = 0;
  for (const row of plan.todo) {
    const next = await nextSlot(run, list);
    list = next.list;
    const issuedAt = new Date();
    const badge = await issueOne(row, next.slot, opts.proof, run, issuedAt);
    const folder =
      manifest.recipients[row.key]?.folder ??
      folderName(row.key, Object.keys(manifest.recipients).length + 1);
    await writeBadge(join(opts.out, folder), badge.files);
    const value: ManifestEntry = {
      folder,
      credentialId: badge.credentialId,
      list: next.slot.list,
      statusIndex: next.slot.index,
      issuedAt: issuedAt.toISOString(),
    };
    manifest.recipients[row.key] = value;
    await appendFile(plan.journalPath, `${JSON.stringify({ key: row.key, value })}\n`);
    if (done % 100 === 99) await writeJsonAtomic(plan.manifestPath, manifest);
    done++;
    bar?.increment();
  }
  bar?.stop();
  await writeJsonAtomic(plan.manifestPath, manifest);
  await rm(plan.journalPath, { force: true });
  return summary(opts, run, plan, done, list.path);
}
