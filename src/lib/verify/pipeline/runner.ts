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
import { fromError, UNCONFIRMED, type Checks, type Gate, type Outcome, type PipelineId } from './check.ts';

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
function gateStop<S>(
  o: Outcome<S>,
  gate: Gate,
): { reason: string; still: readonly PipelineId[] } | undefined {
  if (o.status === 'fail') return { reason: gate.failed, still: [] };
  if (o.status === 'warn' && o.code && meaningOf(o.code) === 'unknown')
    return { reason: gate.unknown, still: gate.stillChecked ?? [] };
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
  /** Rows still checked after a gate that could not be checked; their passes are claims. */
  let still: readonly PipelineId[] = [];
  for (const id of PIPELINE_IDS) {
    const already = decided.get(id);
    if (already) {
      rows.push(toRow(id, already));
      continue;
    }
    const unconfirmed = stopped !== undefined && still.includes(id);
    if (stopped !== undefined && !unconfirmed) {
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
    if (unconfirmed && outcome.status === 'pass')
      outcome = { ...outcome, message: `${outcome.message} ${UNCONFIRMED}` };
    rows.push(toRow(id, outcome));
    if (unconfirmed) continue;
    if (outcome.learned) current = { ...current, ...outcome.learned };
    for (const [later, o] of Object.entries(outcome.decided ?? {}) as [PipelineId, Outcome<S>][])
      decided.set(later, o);
    const gate = check.gate ? gateStop(outcome, check.gate) : undefined;
    if (outcome.stop !== undefined) stopped = outcome.stop;
    else if (gate) ({ reason: stopped, still } = gate);
  }
  return { rows, subject: current };
}
