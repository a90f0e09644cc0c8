/**
 * A format is how one kind of badge is read, and the checks it runs: VC-JWT (vc-jwt.ts), JSON
 * with an embedded Data Integrity proof (vc-json.ts), Open Badges 2.0 signed or hosted (ob2/).
 * A new kind of badge is a new format: its `read`, its proof check, and only where its data model
 * truly differs, replacement checks. The runner (pipeline/runner.ts) does the rest.
 */
import type { VerifyContext } from '../context.ts';
import type { Checks, Outcome } from '../pipeline/check.ts';
import { notChecked, PIPELINE_IDS, runChecks, toRow } from '../pipeline/runner.ts';
import type { Check, Format } from '../report.ts';
import type { SubjectBase } from '../subject.ts';

/** What reading gave: a subject for the checks and the "Readable badge" row, or why it is not one. */
export type Read<S> = { ok: true; subject: S; row: Outcome } | { ok: false; row: Outcome; format?: Format };

export interface BadgeFormat<I, S extends SubjectBase> {
  read(input: I, container: string, ctx: VerifyContext): Read<S> | Promise<Read<S>>;
  checks: Checks<S>;
}

export interface Verified {
  format: Format;
  rows: Check[];
  /** What the checks saw and learned, for the report's summary and catalog match. */
  subject?: SubjectBase;
}

/** Reads `input` as `format` and runs its checks. */
export async function verifyWith<I, S extends SubjectBase>(
  format: BadgeFormat<I, S>,
  input: I,
  container: string,
  ctx: VerifyContext,
): Promise<Verified> {
  const read = await format.read(input, container, ctx);
  if (!read.ok)
    return {
      format: read.format ?? 'unknown',
      rows: [toRow('format', read.row), ...notChecked(PIPELINE_IDS)],
    };
  const { rows, subject } = await runChecks(format.checks, read.subject, ctx);
  return { format: subject.format, rows: [toRow('format', read.row), ...rows], subject };
}

/** The row for a badge that was read. */
export const readAs = (phrase: string, container: string, detail?: string): Outcome => ({
  status: 'pass',
  message: `Read ${phrase} from ${container}.`,
  ...(detail ? { detail } : {}),
});
