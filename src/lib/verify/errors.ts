/**
 * Verifier errors with stable codes, in the style of panva/jose `src/util/errors.ts`. They never
 * escape `verifyBadge`: each is turned into a failed or unknown check carrying its code.
 */

export type VerifyErrorCode =
  | 'ERR_INPUT_TOO_LARGE'
  | 'ERR_INPUT_EMPTY'
  | 'ERR_UNREADABLE'
  | 'ERR_NOT_A_BADGE'
  | 'ERR_JWS_MALFORMED'
  | 'ERR_JSON_MALFORMED'
  | 'ERR_ALG_NOT_ALLOWED'
  | 'ERR_HEADER_NOT_ALLOWED'
  | 'ERR_KEY_UNRESOLVED'
  | 'ERR_KEY_INVALID'
  | 'ERR_SIGNATURE_INVALID'
  | 'ERR_PROOF_UNSUPPORTED'
  | 'ERR_CONTEXT_UNKNOWN'
  | 'ERR_TOO_COMPLEX'
  | 'ERR_JSONLD_FORM'
  | 'ERR_FETCH_NOT_ALLOWED'
  | 'ERR_FETCH_FAILED';

export class VerifyError extends Error {
  override name = 'VerifyError';
  readonly code: VerifyErrorCode;
  /** Technical detail for the report's expandable part. */
  readonly detail: string | undefined;
  constructor(code: VerifyErrorCode, message: string, detail?: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
    this.detail = detail;
  }
}

export const isVerifyError = (e: unknown): e is VerifyError => e instanceof VerifyError;

/** A short, safe description of any thrown value, for technical details. */
export function describeError(e: unknown): string {
  if (e instanceof Error) {
    const code = (e as { code?: unknown }).code;
    return `${typeof code === 'string' ? `${code}: ` : ''}${e.message}`.slice(0, 500);
  }
  return String(e).slice(0, 500);
}
