/**
 * Characters that change how text reads without being seen: text-direction controls (the
 * "Trojan Source" characters, https://trojansource.codes/, Unicode UAX #9), zero-width and other
 * default-ignorable characters, and control characters. In a name or a title they make one name
 * look like another ("gsm.lanoitan" shown as "national.msg"), or hide part of it. Shared by the
 * content check (refused in titles and names) and, later, the verifier's issuer check (evidence
 * of a look-alike name). Pure.
 */

/** Bidirectional formatting characters: embeddings, overrides, isolates and marks. */
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;
/** Everything that does not show: default-ignorable code points, format and control characters. */
const INVISIBLE = /[\p{Default_Ignorable_Code_Point}\p{Cf}\p{Cc}]/u;

const NAMES: Record<number, string> = {
  0x061c: 'ARABIC LETTER MARK',
  0x200b: 'ZERO WIDTH SPACE',
  0x200c: 'ZERO WIDTH NON-JOINER',
  0x200d: 'ZERO WIDTH JOINER',
  0x200e: 'LEFT-TO-RIGHT MARK',
  0x200f: 'RIGHT-TO-LEFT MARK',
  0x202a: 'LEFT-TO-RIGHT EMBEDDING',
  0x202b: 'RIGHT-TO-LEFT EMBEDDING',
  0x202c: 'POP DIRECTIONAL FORMATTING',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE',
  0x202e: 'RIGHT-TO-LEFT OVERRIDE',
  0x2060: 'WORD JOINER',
  0x2066: 'LEFT-TO-RIGHT ISOLATE',
  0x2067: 'RIGHT-TO-LEFT ISOLATE',
  0x2068: 'FIRST STRONG ISOLATE',
  0x2069: 'POP DIRECTIONAL ISOLATE',
  0x00ad: 'SOFT HYPHEN',
  0xfeff: 'ZERO WIDTH NO-BREAK SPACE (byte order mark)',
};

export interface HiddenCharacter {
  /** Index in UTF-16 code units. */
  index: number;
  codePoint: number;
  /** `text-direction` for bidi controls, `invisible` for the rest. */
  kind: 'text-direction' | 'invisible';
  /** e.g. "RIGHT-TO-LEFT OVERRIDE (U+202E)", or the code point alone, "U+E0041". */
  label: string;
}

const hex = (cp: number) => `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;

/** Every text-direction control and invisible character in `s`, in order. */
export function hiddenCharacters(s: string): HiddenCharacter[] {
  const out: HiddenCharacter[] = [];
  let index = 0;
  for (const ch of s) {
    if (INVISIBLE.test(ch) || BIDI.test(ch)) {
      const cp = ch.codePointAt(0) ?? 0;
      const name = NAMES[cp];
      out.push({
        index,
        codePoint: cp,
        kind: BIDI.test(ch) ? 'text-direction' : 'invisible',
        label: name ? `${name} (${hex(cp)})` : hex(cp),
      });
    }
    index += ch.length;
  }
  return out;
}

export const hasHiddenCharacters = (s: string): boolean => hiddenCharacters(s).length > 0;
