/** APA-style reference text for a citation, as plain strings (the page adds links and italics). */
import type { Citation } from './schema/credential.ts';

export interface CitationParts {
  /** "Black, P., & Wiliam, D. (1998). Assessment and classroom learning." */
  lead: string;
  /** The source, set in italics: journal or publisher. */
  source: string;
  /** ", 5(1), 7–74." or "." */
  tail: string;
  /** A resolvable link: the DOI when there is one, else the URL. */
  link?: string;
}

const end = (s: string) => (/[.?!]$/.test(s) ? s : `${s}.`);

export function citationParts(c: Citation): CitationParts {
  const lead = `${end(c.authors)} (${c.year}). ${end(c.title)}`;
  let tail = '';
  if (c.volume !== undefined) tail += `, ${c.volume}`;
  if (c.issue !== undefined) tail += `(${c.issue})`;
  if (c.pages) tail += `, ${c.pages}`;
  tail += '.';
  const link = c.doi ? `https://doi.org/${c.doi}` : c.url;
  return { lead, source: c.source, tail, ...(link ? { link } : {}) };
}

export const citationText = (c: Citation) => {
  const p = citationParts(c);
  return `${p.lead} ${p.source}${p.tail}${p.link ? ` ${p.link}` : ''}`;
};

/** "Black & Wiliam, 1998" / "Durlak et al., 2011" for in-text mentions. */
export function shortCitation(c: Citation): string {
  const surnames = [
    ...c.authors.matchAll(/([\p{Lu}][\p{L}'’-]+(?:\s[\p{L}'’-]+)*),\s(?:[\p{Lu}]\.\s?-?)+/gu),
  ].map((m) => m[1]);
  const names =
    surnames.length === 0
      ? c.authors.replace(/\.$/, '')
      : surnames.length > 2
        ? `${surnames[0]} et al.`
        : surnames.join(' & ');
  return `${names}, ${c.year}`;
}
