/**
 * Size limits for reading baked images, which are hostile input.
 *
 * @module
 */

/** Upper bounds applied before and while reading a baked image. */
export interface Limits {
  /** Largest accepted image, in bytes (UTF-8 bytes for SVG text). Default 10 MiB. */
  maxBytes?: number;
  /** Largest accepted baked payload, in UTF-8 bytes, after any decompression. Default 1 MiB. */
  maxTextBytes?: number;
}

export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;
export const DEFAULT_MAX_TEXT_BYTES = 1024 * 1024;

/** Limits with every field set. */
export type ResolvedLimits = Required<Limits>;

const positive = (value: number | undefined, fallback: number, name: string): number => {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || Number.isNaN(value) || value <= 0) {
    throw new TypeError(`Limits.${name} must be a positive number`);
  }
  return value;
};

/** Fill in defaults and reject nonsense (a caller mistake, so `TypeError`). */
export function resolveLimits(limits: Limits = {}): ResolvedLimits {
  return {
    maxBytes: positive(limits.maxBytes, DEFAULT_MAX_BYTES, 'maxBytes'),
    maxTextBytes: positive(limits.maxTextBytes, DEFAULT_MAX_TEXT_BYTES, 'maxTextBytes'),
  };
}
