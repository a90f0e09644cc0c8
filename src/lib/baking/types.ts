/**
 * Result types of the baking module.
 *
 * @module
 */

/**
 * What a baked payload is:
 * - `ob3-jwt`: OB 3.0 VC-JWT (compact JWS); `ob3-json`: OB 3.0 credential JSON (embedded proof).
 * - `ob2-jws`: OB 2.0 signed assertion; `ob2-json`: OB 2.0 assertion JSON;
 *   `ob2-url`: OB 2.0 hosted-assertion URL (legacy `tEXt` chunk or SVG `verify` attribute).
 */
export type BakedKind = 'ob3-jwt' | 'ob3-json' | 'ob2-jws' | 'ob2-json' | 'ob2-url';

/** A payload read out of a baked image. */
export interface Baked {
  kind: BakedKind;
  /** The payload, with surrounding XML white space (space, tab, CR, LF) removed. */
  text: string;
  container: 'png' | 'svg';
  /** Where it was found, e.g. `'iTXt openbadgecredential'` or `'<openbadges:credential> verify attribute'`. */
  location: string;
  /** How many other baked payloads the image holds. The specs allow one; these are reported, never merged. */
  extra: number;
}

/** Which specification's baking rules a payload was found under. */
export type BadgeVersion = 'ob3' | 'ob2';
