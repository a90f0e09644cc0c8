/**
 * Open Badges baking: read and write credentials baked into PNG and SVG images
 * (OB 3.0 `openbadgecredential` / `<openbadges:credential>`, and reading OB 2.0 `openbadges` /
 * `<openbadges:assertion>`). Runs in Node and the browser. See ob3-notes.md §6.
 *
 * @module
 */
export { BakingError, type BakingErrorCode } from './errors.ts';
export type { Limits } from './limits.ts';
export { bakePng, extractFromPng } from './png.ts';
export { bakeSvg, extractFromSvg } from './svg.ts';
export type { Baked, BakedKind } from './types.ts';
