/**
 * The issuing run behind `npm run issue` (also used by the benchmark), in four steps: load what
 * every badge needs (issue-load.ts), plan who still needs one (issue-plan.ts), then for each
 * recipient reserve a status index, issue the badge and write it (issue-one.ts), keeping a
 * manifest (issue-progress.ts names its files) so an interrupted batch resumes where it stopped.
 * Status indexes are reserved a block at a time (one write per block, before those badges are
 * signed); an abort signal stops the run between two badges, never in the middle of one.
 */
import { appendFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Presets, SingleBar } from 'cli-progress';
import { isStatusError } from '../../src/lib/status/index.ts';
import { issueOne, writeBadge, type Slot } from './issue-one.ts';
import { loadIssuing, type Issuing } from './issue-load.ts';
import { planRun, type Plan } from './issue-plan.ts';
import { folderName, type RecipientRow } from './recipients.ts';
import { openList, reserveIndexes } from './status-store.ts';

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
  /** Stops the run between two badges (Ctrl-C): what is done stays recorded, the rest is left. */
  signal?: AbortSignal;
}

export interface IssueSummary {
  /** What the run did, for the issuer. */
  text: string;
  /** Badges issued by this run. */
  issued: number;
  /** True when the signal stopped the run before every recipient had a badge. */
  interrupted: boolean;
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

/** Indexes reserved per write of the status list (a batch's next badges). */
const RESERVE_BLOCK = 64;
/** Badges prepared (indexed, signed, baked) ahead of the one being written. */
const AHEAD = 4;

function writeJsonAtomic(path: string, value: unknown): void {
  const tmp = `${path}.tmp-${process.pid}`;
  writeFileSync(tmp, `${JSON.stringify(value, null, 2)}\n`);
  renameSync(tmp, path);
}

type OpenList = Awaited<ReturnType<typeof openList>>;

/** Status indexes for the next badges, reserved a block at a time, in the issuer's next list when one is full. */
class Slots {
  private reserved: Slot[] = [];
  private readonly run: Issuing;
  list: OpenList;
  constructor(run: Issuing, list: OpenList) {
    this.run = run;
    this.list = list;
  }

  async next(remaining: number): Promise<Slot> {
    if (!this.reserved.length) {
      const want = Math.max(1, Math.min(RESERVE_BLOCK, remaining));
      let got: { list: string; indexes: number[] };
      try {
        got = await reserveIndexes(this.list.path, want);
      } catch (e) {
        if (!isStatusError(e) || e.code !== 'FULL') throw e;
        const { run } = this;
        this.list = await openList(run.content, run.issuerId, run.signer, run.urls);
        got = await reserveIndexes(this.list.path, want);
      }
      this.reserved = got.indexes.map((index) => ({ list: got.list, index }));
    }
    return this.reserved.shift() as Slot;
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

export async function issueBadges(opts: IssueOptions): Promise<IssueSummary> {
  const run = await loadIssuing(opts);
  const plan = await planRun(opts, run.credential.id, run.issuerId);
  const { manifest } = plan;
  const slots = new Slots(run, await openList(run.content, run.issuerId, run.signer, run.urls));
  const bar = progressBar(opts, plan.todo.length);
  let done = 0;
  const { todo } = plan;
  // Status indexes are taken one badge at a time, in order, whatever else is in flight.
  let taking: Promise<unknown> = Promise.resolve();
  const prepare = (i: number) => {
    const row = todo[i] as RecipientRow;
    const slot = taking.then(() => {
      if (opts.signal?.aborted) throw new Error('the run was stopped before this badge');
      return slots.next(todo.length - i);
    });
    taking = slot;
    const prepared = slot.then(async (s) => {
      const issuedAt = new Date();
      return { row, slot: s, issuedAt, badge: await issueOne(row, s, opts.proof, run, issuedAt) };
    });
    // Awaited in its turn below; marked handled now, so a failure ahead of its turn is reported
    // there rather than as an unhandled rejection.
    prepared.catch(() => undefined);
    return prepared;
  };
  // The next badges are signed while this one is written: signing and hashing wait on the thread
  // pool, writing is synchronous. Badges are written, journaled and numbered in the CSV's order.
  const ahead = Math.min(AHEAD, todo.length);
  const inFlight = Array.from({ length: ahead }, (_, i) => prepare(i));
  try {
    while (done < todo.length) {
      // Between two badges: everything issued so far is in the journal, nothing is half-written. A
      // badge prepared but not written leaves only its status index unused, as a reserved block does.
      if (opts.signal?.aborted) break;
      const { row, slot, issuedAt, badge } = await (inFlight.shift() as ReturnType<typeof prepare>);
      if (done + ahead < todo.length) inFlight.push(prepare(done + ahead));
      const folder =
        manifest.recipients[row.key]?.folder ??
        folderName(row.key, Object.keys(manifest.recipients).length + 1);
      writeBadge(join(opts.out, folder), badge.files);
      const value: ManifestEntry = {
        folder,
        credentialId: badge.credentialId,
        list: slot.list,
        statusIndex: slot.index,
        issuedAt: issuedAt.toISOString(),
      };
      manifest.recipients[row.key] = value;
      appendFileSync(plan.journalPath, `${JSON.stringify({ key: row.key, value })}\n`);
      if (done % 100 === 99) writeJsonAtomic(plan.manifestPath, manifest);
      done++;
      bar?.increment();
    }
  } finally {
    // Work started ahead (a block of status indexes being written to the list) ends before the run
    // returns, so a stopped or failed run leaves no half-written file behind it.
    await Promise.allSettled(inFlight);
  }
  bar?.stop();
  writeJsonAtomic(plan.manifestPath, manifest);
  rmSync(plan.journalPath, { force: true });
  return {
    text: summary(opts, run, plan, done, slots.list.path),
    issued: done,
    interrupted: done < plan.todo.length,
  };
}
