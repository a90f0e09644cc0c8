/**
 * Issuers that imitate a registered one. A badge may name any issuer; one whose name (or id)
 * only looks like a registered issuer's — Cyrillic, Greek or Cherokee letters, mathematical
 * forms, zero-width or text-direction characters, other case, spacing or punctuation — is
 * flagged, so "Riverbend Unified School District" spelt with a Cyrillic "і" is not quietly
 * shown as if it were the district. Names are compared by their confusable "skeleton" (Unicode
 * TS #39 §4, with the confusables table of the `unhomoglyph` package). Pure and synchronous;
 * the issuer check loads this module on demand.
 */
import unhomoglyph from 'unhomoglyph';
import { hiddenCharacters, hasHiddenCharacters, type HiddenCharacter } from '../../text/invisible.ts';

/** Invisible characters: zero-width spaces and joiners, text-direction controls, BOM, soft hyphen, controls. */
const INVISIBLE =
  /[\p{Default_Ignorable_Code_Point}\p{Cc}\p{Cf}\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;

/** Registered skeletons at least this long also match when contained in a longer claimed name. */
const MIN_CONTAINED = 12;

/**
 * Whether a name carries invisible or text-direction characters: in a name that is meant to be
 * read, they are evidence of a look-alike (src/lib/text/invisible.ts, shared with the content
 * check, which refuses them in titles and names).
 */
export const hasInvisible = (s: string): boolean => hasHiddenCharacters(s);

/** `s` without invisible characters, for quoting it in a sentence. */
export const visible = (s: string): string => s.replace(INVISIBLE, '');

/**
 * One character folded to what it looks like, ignoring case: its TS #39 prototype (the
 * `unhomoglyph` table), lower-cased. Case folding and the table do not commute, so both orders
 * are tried and an ASCII result preferred: lower-casing first keeps "I" an "i" (the table alone
 * makes it "l"); mapping first makes Cherokee "Ꭱ" an "R" (its lower case maps to small-capital
 * "ʀ"). Compatibility forms that are ASCII under NFKC (fullwidth "Ｒ", mathematical "𝐑") become that.
 */
function foldChar(c: string): string {
  const compatible = c.normalize('NFKC');
  if (compatible !== c && /^[A-Za-z0-9]+$/.test(compatible)) return compatible.toLowerCase();
  const lowerFirst = unhomoglyph(c.toLowerCase()).toLowerCase();
  if (/^[a-z0-9]*$/.test(lowerFirst)) return lowerFirst;
  const mapFirst = unhomoglyph(c).toLowerCase();
  return /^[a-z0-9]+$/.test(mapFirst) ? mapFirst : lowerFirst;
}

/**
 * The confusable skeleton of a name, after TS #39 §4 but ignoring case, spacing and
 * punctuation: invisible characters removed, NFD, each character folded, and only letters and
 * digits kept. Names with equal skeletons look alike.
 */
export function nameSkeleton(name: string): string {
  const folded = [...visible(name).normalize('NFD')].map(foldChar).join('');
  return folded.normalize('NFD').replace(/[^\p{L}\p{N}]/gu, '');
}

export interface RegisteredIssuer {
  id: string;
  name: string;
  /** The issuer's profile URL: its id in badges. */
  profile: string;
}

export interface Imitation {
  issuer: RegisteredIssuer;
  /** What looks alike: the issuer's name, or its id. */
  by: 'name' | 'id';
}

/**
 * The registered issuer that a badge's issuer imitates: a different issuer (its id is not a
 * registered profile) whose name has the same skeleton as a registered name, or contains it,
 * or whose id has the same skeleton as a registered profile URL.
 */
export function imitatedIssuer(
  claim: { id?: string | undefined; name?: string | undefined },
  issuers: readonly RegisteredIssuer[],
): Imitation | undefined {
  if (claim.id !== undefined && issuers.some((i) => i.profile === claim.id)) return undefined;
  const name = claim.name ? nameSkeleton(claim.name.slice(0, 1000)) : '';
  const id = claim.id ? nameSkeleton(claim.id.slice(0, 2000)) : '';
  for (const issuer of issuers) {
    const registered = nameSkeleton(issuer.name);
    if (
      name &&
      registered &&
      (name === registered || (registered.length >= MIN_CONTAINED && name.includes(registered)))
    )
      return { issuer, by: 'name' };
    if (id && id === nameSkeleton(issuer.profile)) return { issuer, by: 'id' };
  }
  return undefined;
}

/** What makes an issuer's name a look-alike: the registered issuer it imitates, and the characters it hides. */
export interface LookalikeEvidence {
  imitation: Imitation | undefined;
  hidden: HiddenCharacter[];
}

export function lookalikeEvidence(
  claim: { id?: string | undefined; name?: string | undefined },
  issuers: readonly RegisteredIssuer[],
): LookalikeEvidence {
  return {
    imitation: imitatedIssuer(claim, issuers),
    hidden: claim.name ? hiddenCharacters(claim.name.slice(0, 1000)) : [],
  };
}
