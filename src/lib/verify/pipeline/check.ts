/**
 * A check is the smallest unit of verification: `{ id, run(subject, ctx) → outcome }`, plus, for
 * a gate such as the signature, whether its failure stops the rest. Checks never decide a row's
 * status from a code themselves (`problem` looks it up in errors.ts) and may simply throw a
 * `VerifyError`: the runner (runner.ts) turns it into the row. Modelled on
 * digitalcredentials/verifier-core `src/types/check.ts`; see docs/architecture.md.
 */
import type { VerifyContext } from '../context.ts';
import { type CheckCode, describeError, explain, statusOf, VerifyError } from '../errors.ts';
import type { CheckId, CheckStatus } from '../report.ts';

/** The checks a format runs after reading: every report row but `format`. */
export type PipelineId = Exclude<CheckId, 'format'>;

export interface Outcome<S = unknown> {
  status: CheckStatus;
  /** One plain sentence for anyone. */
  message: string;
  /** Technical detail for those who want it. */
  detail?: string;
  code?: CheckCode;
  /** Facts for the checks after this one: the key that verified, the catalog credential found. */
  learned?: Partial<S>;
  /** Stop after this check: every later check is reported as not checked, for this reason. */
  stop?: string;
  /** Rows this check has already decided for later checks; they stand even after a stop. */
  decided?: Partial<Record<PipelineId, Outcome<S>>>;
}

/** Why the rest is not checked after a gate fails, or cannot be checked. */
export interface Gate {
  failed: string;
  unknown: string;
  /**
   * Rows still checked when the gate could not be checked (not when it failed): what the badge
   * says about its dates and status is still worth showing, as claims (docs/architecture.md,
   * "Verdicts"). Their passes never make a badge more than unverified.
   */
  stillChecked?: readonly PipelineId[];
}

export interface CheckUnit<S, K extends PipelineId = PipelineId> {
  id: K;
  /** A gate: when it fails or cannot be checked, nothing after it can be trusted. */
  gate?: Gate;
  run(subject: S, ctx: VerifyContext): Outcome<S> | Promise<Outcome<S>>;
}

/** A format's checks, one for each row, keyed by the row they fill. */
export type Checks<S> = { readonly [K in PipelineId]: CheckUnit<S, K> };

const withDetail = (detail: string | undefined) => (detail ? { detail } : {});

export const pass = (message: string, detail?: string): Outcome<never> => ({
  status: 'pass',
  message,
  ...withDetail(detail),
});

export const skip = (message: string): Outcome<never> => ({ status: 'skip', message });

/** A row about a problem: its status follows from its code (errors.ts). */
export const problem = (code: CheckCode, message: string, detail?: string): Outcome<never> => ({
  status: statusOf(code),
  message,
  code,
  ...withDetail(detail),
});

/**
 * The row for an error thrown while checking `it` ("the badge", "the status list"): a
 * `VerifyError` says what it means through its code; anything else is the verifier's own
 * failure, reported as unknown (never as a pass, never as the badge's fault).
 */
export function fromError(e: unknown, it = 'the badge'): Outcome<never> {
  if (e instanceof VerifyError) return problem(e.code, explain(e, it), e.detail);
  return problem('ERR_INTERNAL', `${explain(new VerifyError('ERR_INTERNAL', ''), it)}`, describeError(e));
}

/** The standard gate of a signature: nothing in a badge whose signature fails can be trusted. */
export const SIGNATURE_GATE: Gate = {
  failed: 'Not checked: the signature failed, so nothing in this badge can be trusted.',
  unknown: 'Not checked: without a checked signature nothing else in the badge can be trusted.',
  stillChecked: ['issuer', 'dates', 'status'],
};

/** Said after a row that passed although the signature could not be checked. */
export const UNCONFIRMED = 'This is what the badge claims: its signature could not be checked.';
