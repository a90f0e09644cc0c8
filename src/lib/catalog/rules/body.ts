/** A credential body uses the fixed section headings, in order, so every page reads alike. */
import type { Catalog } from '../model.ts';
import type { Problem } from '../problems.ts';
import { CREDENTIAL_BODY_HEADINGS } from '../schema/credential.ts';

export interface Heading {
  depth: number;
  text: string;
  line: number;
}

/** ATX headings outside fenced code blocks, with their file line numbers. */
export function headingsOf(body: string, firstLine: number): Heading[] {
  const out: Heading[] = [];
  let fence: string | undefined;
  body.split('\n').forEach((raw, i) => {
    const line = raw.replace(/\r$/, '');
    const f = /^\s{0,3}(`{3,}|~{3,})/.exec(line);
    if (f?.[1]) {
      if (!fence) fence = f[1][0];
      else if (f[1][0] === fence) fence = undefined;
      return;
    }
    if (fence) return;
    const h = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
    if (h?.[1] && h[2] !== undefined) out.push({ depth: h[1].length, text: h[2], line: firstLine + i });
  });
  return out;
}

export function checkCredentialBodies(c: Catalog): Problem[] {
  const out: Problem[] = [];
  const allowed = CREDENTIAL_BODY_HEADINGS.map((h) => h.text);
  for (const cred of c.credentials.values()) {
    const headings = headingsOf(cred.body, cred.bodyLine);
    const h2 = headings.filter((h) => h.depth <= 2);
    let last = -1;
    for (const h of h2) {
      if (h.depth === 1) {
        out.push({
          code: 'body',
          severity: 'error',
          file: cred.file,
          line: h.line,
          message: `uses a level-1 heading "# ${h.text}"`,
          hint: 'The page title comes from the title field; start sections with "## ".',
        });
        continue;
      }
      const idx = allowed.indexOf(h.text as (typeof allowed)[number]);
      if (idx < 0) {
        out.push({
          code: 'body',
          severity: 'error',
          file: cred.file,
          line: h.line,
          message: `has an unknown section "## ${h.text}"`,
          hint: `Sections are, in order: ${allowed.join('; ')}. Use "###" for sub-sections.`,
        });
      } else if (idx < last) {
        out.push({
          code: 'body',
          severity: 'error',
          file: cred.file,
          line: h.line,
          message: `section "## ${h.text}" is out of order`,
          hint: `Sections are, in order: ${allowed.join('; ')}.`,
        });
      } else last = idx;
    }
    if (cred.data.status !== 'draft') {
      for (const need of CREDENTIAL_BODY_HEADINGS.filter((h) => h.required)) {
        if (!h2.some((h) => h.text === need.text)) {
          out.push({
            code: 'body',
            severity: 'error',
            file: cred.file,
            line: cred.bodyLine,
            message: `is missing the section "## ${need.text}"`,
            hint: 'Every published credential explains its method components and the research behind it.',
          });
        }
      }
    }
  }
  return out;
}
