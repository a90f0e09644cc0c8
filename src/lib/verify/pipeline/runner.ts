/**
 * The one runner every format's checks go through. It owns the order (the report's row order),
 * the stop after a gate (the signature) fails or cannot be checked, the "not checked" rows after
 * a stop, and turning a thrown error into a row. It knows nothing of what any check does.
 *
 * Where it improves on verifier-core's `runSuites`: a thrown `VerifyError` keeps its code and
 * therefore its meaning (unknown stays unknown), a gate that could not be checked stops the rest
 * as surely as one that failed, and a check can hand facts to later ones (`learned`) instead of
 * every check re-deriving them.
 */
import type { VerifyContext } from '../context.ts';
import { meaningOf } from '../errors.ts';
import {
  CHECK_IDS,
  CHECK_TITLES,
  clipText,
  MAX_DETAIL,
  MAX_MESSAGE,
  type Check,
  type CheckId,
} from '../report.ts';
import { fromError, type Checks, type Outcome, type PipelineId } from './check.ts';

/** The rows after `format`, in report order. */
export const PIPELINE_IDS = CHECK_IDS.filter((id): id is PipelineId => id !== 'format');

/** A report row from an outcome, with untrusted text clipped so a report stays small. */
export function toRow(id: CheckId, o: Outcome<unknown>): Check {
  return {
    id,
    status: o.status,
    title: CHECK_TITLES[id],
    message: clipText(o.message, MAX_MESSAGE),
    ...(o.detail ? { detail: clipText(o.detail, MAX_DETAIL) } : {}),
    ...(o.code ? { code: o.code } : {}),
  };
}

/** Rows for checks that did not run. */
export const notChecked = (ids: readonly CheckId[], reason = 'Not checked.'): Check[] =>
  ids.map((id) => toRow(id, { status: 'skip', message: reason }));

/** Whether an outcome means its gate did not hold: a failure, or a code that means "could not check". */
function gateStop<S>(o: Outcome<S>, gate: { failed: string; unknown: string }): string | undefined {
  if (o.status === 'fail') return gate.failed;
  if (o.status === 'warn' && o.code && meaningOf(o.code) === 'unknown') return gate.unknown;
  return undefined;
}

export interface RunResult<S> {
  rows: Check[];
  /** The subject with everything the checks learned. */
  subject: S;
}

export async function runChecks<S extends object>(
  checks: Checks<S>,
  subject: S,
  ctx: VerifyContext,
): Promise<RunResult<S>> {
  const rows: Check[] = [];
  const decided = new Map<PipelineId, Outcome<S>>();
  let current = subject;
  let stopped: string | undefined;
  for (const id of PIPELINE_IDS) {
    const already = decided.get(id);
    if (already) {
      rows.push(toRow(id, already));
      continue;
    }
    if (stopped !== undefined) {
      rows.push(toRow(id, { status: 'skip', message: stopped }));
      continue;
    }
    const check = checks[id];
    let outcome: Outcome<S>;
    try {
      outcome = await check.run(current, ctx);
    } catch (e) {
      outcome = fromError(e);
      if (outcome.code === 'ERR_INTERNAL') outcome.stop = 'Not checked: verification stopped early.';
    }
    rows.push(toRow(id, outcome));
    if (outcome.learned) current = { ...current, ...outcome.learned };
    for (const [later, o] of Object.entries(outcome.decided ?? {}) as [PipelineId, Outcome<S>][])
      decided.set(later, o);
    stopped = outcome.stop ?? (check.gate ? gateStop(outcome, check.gate) : undefined);
  }
  return { rows, subject: current };
}
