/**
 * Errors of the baking module. Every failure caused by the input image or payload is a
 * {@link BakingError} with a stable `code`, so callers can branch on it and show a plain message.
 * Caller mistakes (a wrong argument type, a negative limit) are `TypeError`s instead.
 *
 * @module
 */

/** Stable codes of {@link BakingError}. */
export type BakingErrorCode =
  /** The first 8 bytes are not the PNG signature. */
  | 'PNG_SIGNATURE'
  /** A chunk runs past the end of the data, or the data ends before `IEND`. */
  | 'PNG_TRUNCATED'
  /** A chunk's CRC-32 does not match its type and data. */
  | 'PNG_CRC'
  /** The PNG is larger than `Limits.maxBytes`. */
  | 'PNG_TOO_LARGE'
  /** A chunk is malformed: bad length or type, `IHDR` not first, a broken text-chunk layout. */
  | 'PNG_CHUNK'
  /** A compressed `iTXt` payload uses an unknown method or is not valid zlib data. */
  | 'PNG_INFLATE'
  /** The image holds no Open Badges payload. */
  | 'NOT_BAKED'
  /** The SVG is not well-formed XML, declares a DTD internal subset, or its root is not `<svg>`. */
  | 'SVG_PARSE'
  /** The SVG is larger than `Limits.maxBytes`, or nests elements deeper than 256 levels. */
  | 'SVG_TOO_LARGE'
  /** Baking refused: the image already holds a baked payload. */
  | 'DUPLICATE'
  /** The baked payload is larger than `Limits.maxTextBytes` (after decompression, if any). */
  | 'PAYLOAD_TOO_LARGE'
  /** The payload is not a compact JWS, JSON, or (OB 2.0 only) an http(s) URL, or not valid text. */
  | 'PAYLOAD_INVALID';

/** The one error class thrown (or rejected with) by the baking functions for bad input. */
export class BakingError extends Error {
  /** Stable machine-readable reason; see {@link BakingErrorCode}. */
  readonly code: BakingErrorCode;

  constructor(code: BakingErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'BakingError';
    this.code = code;
  }
}
