/**
 * The one error class of the status module. Every failure that reaches a caller is a
 * `StatusError` with a stable `code` (style of panva/jose `src/util/errors.ts`), so a verifier can
 * `switch (err.code)` and never has to parse a message.
 */

/**
 * Stable failure codes.
 * - `ENCODING`: `encodedList` is not multibase base64url (or tolerated bare base64).
 * - `GZIP`: the decoded bytes are not one well-formed GZIP member.
 * - `TOO_LARGE`: input or output is over the caller's size cap.
 * - `LENGTH`: the list has fewer entries than the minimum (BSL §3.2 STATUS_LIST_LENGTH_ERROR).
 * - `RANGE`: the index is outside the list (BSL §3.2 RANGE_ERROR).
 * - `ENTRY`: a malformed `BitstringStatusListEntry` (BSL §3 MALFORMED_VALUE_ERROR).
 * - `LIST`: a malformed status list credential or 1EdTech revocation list.
 * - `PURPOSE`: the entry's `statusPurpose` is not one of the list's (BSL §3.2 STATUS_VERIFICATION_ERROR).
 * - `FULL`: every index of a list is allocated.
 * - `ARGUMENT`: the calling code passed an invalid option (a bug, not hostile input).
 */
export type StatusErrorCode =
  'ENCODING' | 'GZIP' | 'TOO_LARGE' | 'LENGTH' | 'RANGE' | 'ENTRY' | 'LIST' | 'PURPOSE' | 'FULL' | 'ARGUMENT';

/** Error names of BSL §3 / §3.5 ("Processing Errors"); the RFC 9457 `type` is `SPEC_ERROR_BASE` + name. */
export type BslErrorName =
  'STATUS_LIST_LENGTH_ERROR' | 'RANGE_ERROR' | 'MALFORMED_VALUE_ERROR' | 'STATUS_VERIFICATION_ERROR';

export const SPEC_ERROR_BASE = 'https://www.w3.org/ns/credentials/status-list#';

const SPEC_ERRORS: Partial<Record<StatusErrorCode, BslErrorName>> = {
  ENCODING: 'MALFORMED_VALUE_ERROR',
  GZIP: 'MALFORMED_VALUE_ERROR',
  ENTRY: 'MALFORMED_VALUE_ERROR',
  LIST: 'MALFORMED_VALUE_ERROR',
  LENGTH: 'STATUS_LIST_LENGTH_ERROR',
  RANGE: 'RANGE_ERROR',
  PURPOSE: 'STATUS_VERIFICATION_ERROR',
};

export class StatusError extends Error {
  readonly code: StatusErrorCode;
  /** The matching Bitstring Status List error, when the spec names one. */
  readonly specError: BslErrorName | undefined;

  constructor(code: StatusErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StatusError';
    this.code = code;
    this.specError = SPEC_ERRORS[code];
  }
}

/** Narrowing helper for `catch (e)` blocks. */
export const isStatusError = (e: unknown, code?: StatusErrorCode): e is StatusError =>
  e instanceof StatusError && (code === undefined || e.code === code);
