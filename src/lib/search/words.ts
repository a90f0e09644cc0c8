/**
 * Words as search sees them: lower case without accents (as Pagefind matches them), letters and
 * digits, apostrophes dropped ("teacher's" is "teachers"), everything else a separator ("social-emotional" is "social", "emotional"). The
 * query, the vocabulary for typo tolerance and the marking of matched words all split text the
 * same way.
 */

const SEPARATOR = /[^\p{L}\p{N}]+/u;

export function words(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .split(SEPARATOR)
    .filter(Boolean);
}

/** Words too common to narrow a search; a query of only these browses. */
export const STOPWORDS: ReadonlySet<string> = new Set(
  'a an and are as at be by for from how in into is it of on or the to with'.split(' '),
);

/** Terms this short match whole words only: "SEL" finds SEL, not "self-paced". */
export const WHOLE_WORD_MAX = 3;

/** Title order: A–Z, ignoring case; the browse order and the order of the facet table. */
export const compareTitles = (a: string, b: string) =>
  a.toLowerCase().localeCompare(b.toLowerCase(), 'en') || a.localeCompare(b, 'en');
