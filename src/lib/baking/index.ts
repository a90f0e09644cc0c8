/**
 * Open Badges baking: read and write credentials baked into PNG and SVG images
 * (OB 3.0 `openbadgecredential` / `<openbadges:credential>`, and reading OB 2.0 `openbadges` /
 * `<openbadges:assertion>`). Runs in Node and the browser. See Open Badges 3.0 "Baked Badge" (https://www.imsglobal.org/spec/ob/v3p0/) and OB 2.0 baking
 * (https://www.imsglobal.org/sites/default/files/Badges/OBv2p0Final/baking/index.html).
 *
 * @module
 */
export { BakingError, type BakingErrorCode } from './errors.ts';
export type { Limits } from './limits.ts';
export { bakePng, extractFromPng, pngBaker } from './png.ts';
export { bakeSvg, extractFromSvg, svgBaker } from './svg.ts';
export type { Baked, BakedKind } from './types.ts';
