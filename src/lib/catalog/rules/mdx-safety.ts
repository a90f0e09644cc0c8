/**
 * Bodies must not be able to run code. MDX compiles to JavaScript that runs at build time and in
 * visitors' browsers, so this rule reads each body as a syntax tree (never compiling it) and
 * refuses: ESM import/export; JavaScript expressions `{…}` anywhere, attributes included;
 * elements not on the allow-list (raw HTML in `.md` counts); script, style, iframe and their
 * kind; event-handler attributes; javascript:, vbscript: and data: URLs however written; HTML
 * comments; and images that point at local files (Astro would import them at build time).
 * MDX syntax errors are problems with their line, never crashes.
 */
import { ALLOWED_ELEMENTS } from '../markup/allow-list.ts';
import { parseMarkup, walk, type MarkupFormat, type Point } from '../markup/parse.ts';
import { judgeUrl } from '../markup/url-safety.ts';
import type { Problem } from '../problems.ts';
import { BodyChecker, MARKDOWN_HINT, preview, type ElementAttribute } from './body-checks.ts';

export interface BodyInput {
  file: string;
  text: string;
  /** File line of the body's first line. */
  line: number;
  format: MarkupFormat;
}

/** A link in a body, kept for the dead-link check. */
export interface BodyLink {
  url: string;
  line: number;
  column: number;
}

export interface BodySafety {
  problems: Problem[];
  links: BodyLink[];
}

/** Offset in `text` of a 1-based line and column. */
const offsetOf = (text: string, p: Point) => {
  const lines = text.split('\n');
  return lines.slice(0, p.line - 1).reduce((n, l) => n + l.length + 1, 0) + p.column - 1;
};

const MAX_COMMENTS = 100;

/**
 * Parses a body. MDX has no HTML comments (`<!--` is a syntax error), but they are common and
 * worth a clear message: each one MDX stumbles on is reported, removed (keeping its line
 * breaks, so later lines keep their numbers), and the rest parsed again. Comments inside code
 * are code, and never reach here.
 */
function parseReportingComments(text: string, format: MarkupFormat, comment: (p: Point) => void) {
  let current = text;
  for (let i = 0; ; i++) {
    const parsed = parseMarkup(current, format);
    if (parsed.ok || format !== 'mdx' || i >= MAX_COMMENTS) return parsed;
    const start = offsetOf(current, parsed.error) - 1;
    if (!current.startsWith('<!--', start)) return parsed;
    comment({ line: parsed.error.line, column: parsed.error.column - 1 });
    const close = current.indexOf('-->', start + 4);
    const end = close < 0 ? current.length : close + 3;
    current = current.slice(0, start) + current.slice(start, end).replace(/[^\n]/g, '') + current.slice(end);
  }
}

export function checkBodySafety(
  body: BodyInput,
  allowed: Readonly<Record<string, readonly string[]>> = ALLOWED_ELEMENTS,
): BodySafety {
  const check = new BodyChecker(body, allowed);
  const links: BodyLink[] = [];
  const { problems } = check;
  const comment = (p: Point) => check.comment(p);

  const parsed = parseReportingComments(body.text, body.format, comment);
  if (!parsed.ok) {
    check.add(
      parsed.error,
      'mdx-syntax',
      `is not valid MDX: ${parsed.error.message}`,
      'MDX reads "{", "}" and "<" as code. Write \\{, \\} or \\< to show them as text, or put code in `backticks`.',
    );
    return { problems, links };
  }

  const definitions = new Map<string, string>();
  for (const { node } of walk(parsed.tree))
    if (node.type === 'definition' && node.identifier && node.url !== undefined)
      definitions.set(node.identifier, node.url);

  for (const { node } of walk(parsed.tree)) {
    const p = node.position?.start;
    switch (node.type) {
      case 'mdxjsEsm': {
        const kind = /^\s*export\b/.test(node.value ?? '') ? 'export' : 'import';
        check.add(
          p,
          'mdx-esm',
          `has an "${kind}" statement: ${preview(node.value ?? '')}`,
          `MDX ${kind}s run code when the site is built. ${MARKDOWN_HINT}`,
        );
        break;
      }
      case 'mdxFlowExpression':
      case 'mdxTextExpression': {
        const v = node.value ?? '';
        if (/^\s*\/\*[\s\S]*\*\/\s*$/.test(v))
          check.add(
            p,
            'mdx-expression',
            'has an MDX comment "{/* … */}"',
            'MDX comments are JavaScript expressions, and hide text from reviewers. Delete it.',
          );
        else
          check.add(
            p,
            'mdx-expression',
            `has a JavaScript expression {${preview(v)}}`,
            'Curly braces run code in MDX. To show them as text write \\{ and \\}, or put them in `backticks`.',
          );
        break;
      }
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const attrs: ElementAttribute[] = [];
        const spreads: Point[] = [];
        for (const a of node.attributes ?? []) {
          const ap = a.position?.start;
          if (a.type === 'mdxJsxExpressionAttribute') spreads.push(ap ?? p ?? { line: 1, column: 1 });
          else if (a.value !== null && typeof a.value === 'object')
            attrs.push({ name: a.name, value: undefined, expression: a.value.value, p: ap });
          else attrs.push({ name: a.name, value: a.value ?? undefined, p: ap });
        }
        check.element(p, node.name ?? null, attrs, spreads);
        break;
      }
      case 'html':
        check.rawHtml(node);
        break;
      case 'link':
        if (
          node.url !== undefined &&
          check.url(p, node.url, 'links to') &&
          check.link(p, node.url, 'links to')
        )
          links.push({ url: node.url, ...check.at(p) });
        break;
      case 'definition':
        if (
          node.url !== undefined &&
          check.url(p, node.url, 'defines a link to') &&
          check.link(p, node.url, 'defines a link to')
        )
          links.push({ url: node.url, ...check.at(p) });
        break;
      case 'image':
        if (node.url !== undefined) check.image(p, node.url);
        break;
      case 'imageReference': {
        const url = node.identifier ? definitions.get(node.identifier) : undefined;
        if (url !== undefined && judgeUrl(url).ok) check.image(p, url);
        break;
      }
    }
  }
  return { problems, links };
}
