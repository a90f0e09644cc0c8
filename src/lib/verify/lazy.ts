/**
 * The parts of the verifier that load on demand (a suite's library, the curve arithmetic, the
 * Data Integrity code). When a part cannot be loaded (the page went offline before it was
 * fetched, a chunk failed), nothing was checked: the row must say "could not check", never that
 * the signature is wrong. Without this, a suite's own catch would read the failed import as a
 * failed signature.
 */
import { describeError, VerifyError } from './errors.ts';

export function loadPart<T>(part: Promise<T>, what: string): Promise<T> {
  return part.catch((e: unknown) => {
    throw new VerifyError('ERR_INTERNAL', `${what} could not be loaded`, describeError(e), { cause: e });
  });
}
