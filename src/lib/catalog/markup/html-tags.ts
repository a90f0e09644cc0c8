/**
 * Reads the raw HTML of a Markdown `html` node into comments, tags and text, so the checks can
 * name what they refuse. Anything that is not plainly one of those (a declaration, a
 * processing instruction, a tag it cannot read) comes back as `unreadable`.
 */
import { decodeNamedCharacterReference } from 'decode-named-character-reference';

export interface HtmlAttribute {
  name: string;
  /** The value with character references decoded, or undefined for a bare attribute. */
  value: string | undefined;
}

export type HtmlToken =
  | { kind: 'comment'; index: number }
  | { kind: 'open'; index: number; name: string; attributes: HtmlAttribute[]; strict: boolean }
  | { kind: 'close'; index: number; name: string }
  | { kind: 'unreadable'; index: number; text: string };

const TAG = /^<(\/?)([A-Za-z][A-Za-z0-9:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/;
const ATTR = /([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/y;

/** Decodes numeric and named character references, as a browser does in attribute values. */
export function decodeEntities(s: string): string {
  return s.replace(/&(#[xX][0-9a-fA-F]+|#[0-9]+|[A-Za-z][A-Za-z0-9]*);?/g, (whole, ref: string) => {
    if (ref.startsWith('#')) {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '\ufffd';
    }
    const named = decodeNamedCharacterReference(ref);
    return named === false ? whole : named;
  });
}

function attributes(text: string): { list: HtmlAttribute[]; strict: boolean } {
  const list: HtmlAttribute[] = [];
  let rest = text.replace(/\/\s*$/, '');
  let strict = true;
  for (;;) {
    const lead = /^\s*/.exec(rest)?.[0].length ?? 0;
    rest = rest.slice(lead);
    if (!rest) break;
    ATTR.lastIndex = 0;
    const m = ATTR.exec(rest);
    if (!m || (lead === 0 && list.length > 0)) {
      strict = false;
      break;
    }
    const raw = m[2] ?? m[3] ?? m[4];
    if (m[3] !== undefined || m[4] !== undefined) strict = false; // only double-quoted values are plain enough
    list.push({
      name: (m[1] ?? '').toLowerCase(),
      value: raw === undefined ? undefined : decodeEntities(raw),
    });
    rest = rest.slice(m[0].length);
  }
  return { list, strict };
}

/** The tokens of a raw HTML snippet; text between tags is skipped. */
export function htmlTokens(html: string): HtmlToken[] {
  const out: HtmlToken[] = [];
  let i = html.indexOf('<');
  while (i >= 0) {
    const rest = html.slice(i);
    if (rest.startsWith('<!--')) {
      out.push({ kind: 'comment', index: i });
      const end = html.indexOf('-->', i + 4);
      i = end < 0 ? -1 : html.indexOf('<', end + 3);
      continue;
    }
    const m = TAG.exec(rest);
    if (!m) {
      out.push({ kind: 'unreadable', index: i, text: rest.slice(0, 20) });
      i = html.indexOf('<', i + 1);
      continue;
    }
    const name = (m[2] ?? '').toLowerCase();
    if (m[1]) out.push({ kind: 'close', index: i, name });
    else {
      const { list, strict } = attributes(m[3] ?? '');
      out.push({ kind: 'open', index: i, name, attributes: list, strict });
    }
    i = html.indexOf('<', i + m[0].length);
  }
  return out;
}
