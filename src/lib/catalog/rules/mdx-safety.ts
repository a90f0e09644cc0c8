/**
 * Bodies must not be able to run code. MDX compiles to JavaScript that runs at build time and in
 * visitors' browsers, so this rule reads each body as a syntax tree (never compiling it) and
 * refuses: ESM import/export; JavaScript expressions `{…}` anywhere, attributes included;
 * elements not on the allow-list (raw HTML in `.md` counts); script, style, iframe and their
 * kind; event-handler attributes; javascript:, vbscript: and data: URLs however written; HTML
 * comments; and images that point at local files (Astro would import them at build time).
 * MDX syntax errors are problems with their line, never crashes.
 */
import {
  ALLOWED_ELEMENTS,
  DANGEROUS_ELEMENTS,
  URL_ATTRIBUTES,
  allowedElementsText,
  isEventHandler,
} from '../markup/allow-list.ts';
import { htmlTokens, type HtmlAttribute } from '../markup/html-tags.ts';
import { parseMarkup, walk, type MarkupFormat, type MarkupNode, type Point } from '../markup/parse.ts';
import { judgeUrl } from '../markup/url-safety.ts';
import { bodyImageFinding, protocolRelativeFinding } from './body-urls.ts';
import type { Problem } from '../problems.ts';

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

const MARKDOWN_HINT = 'Catalog content is Markdown: headings, lists, emphasis, links and tables.';
const URL_HINT =
  "Links must be https://, mailto: or paths on this site. javascript:, vbscript: and data: URLs can run code in a visitor's browser.";

const preview = (s: string, max = 40) => {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
};

/** A URL as written once character references are decoded, with invisible characters spelled out. */
const visible = (url: string) => {
  const shown = url.replace(
    /[\u0000-\u001f\u007f-\u009f\p{Cf}]/gu,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return shown.length > 50 ? `${shown.slice(0, 49)}…` : shown;
};

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
  const problems: Problem[] = [];
  const links: BodyLink[] = [];
  const at = (p: Point | undefined) => ({ line: body.line + (p?.line ?? 1) - 1, column: p?.column ?? 1 });
  const add = (p: Point | undefined, code: string, message: string, hint?: string) =>
    problems.push({ code, severity: 'error', file: body.file, ...at(p), message, ...(hint ? { hint } : {}) });
  const comment = (p: Point) =>
    add(
      p,
      'html-comment',
      'has an HTML comment "<!-- … -->"',
      'Comments are not published, so they can hide text from reviewers (and MDX cannot read them). Delete the comment.',
    );

  const parsed = parseReportingComments(body.text, body.format, comment);
  if (!parsed.ok) {
    add(
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

  const checkUrl = (p: Point | undefined, url: string, what: string) => {
    const v = judgeUrl(url);
    if (v.ok) return true;
    const shown = visible(url);
    const as =
      shown.slice(0, v.scheme.length + 1).toLowerCase() === `${v.scheme}:` ? '' : ` "${shown}", that is`;
    if (v.dangerous)
      add(p, 'unsafe-url', `${what}${as} a "${v.scheme}:" URL, which can run code or hide content`, URL_HINT);
    else
      add(
        p,
        'unsafe-url',
        `${what}${as} a "${v.scheme}:" URL; only http(s), mailto and tel links are allowed`,
        URL_HINT,
      );
    return false;
  };
  const checkImage = (p: Point | undefined, url: string) => {
    if (!checkUrl(p, url, 'shows an image from')) return;
    const f = bodyImageFinding(url);
    add(p, 'body-image', f.message, f.hint);
  };
  const checkLink = (p: Point | undefined, url: string, what: string) => {
    const f = protocolRelativeFinding(url, what);
    if (f) add(p, 'link', f.message, f.hint);
    return !f;
  };
  const checkElement = (
    p: Point | undefined,
    name: string | null,
    attrs: { name: string; value: string | undefined; expression?: string; p?: Point | undefined }[],
    spreads: Point[],
  ) => {
    const lower = name?.toLowerCase();
    const danger = lower !== undefined ? DANGEROUS_ELEMENTS[lower] : undefined;
    const ok = name !== null && name === lower && Object.hasOwn(allowed, name);
    if (danger)
      add(
        p,
        'unsafe-element',
        `has the element <${name}>, which ${danger}`,
        `${MARKDOWN_HINT} Remove the element.`,
      );
    else if (name === null) add(p, 'element', 'has a JSX fragment "<>"', `${MARKDOWN_HINT} Remove it.`);
    else if (!ok) {
      const component = /^[A-Z]|\./.test(name);
      add(
        p,
        'element',
        component
          ? `uses the component <${name}>, which is not on the allow-list`
          : `has the element <${name}>, which is not allowed`,
        `${MARKDOWN_HINT} Allowed elements: ${allowedElementsText(allowed) || 'none'} (src/lib/catalog/markup/allow-list.ts).`,
      );
    }
    for (const s of spreads)
      add(
        s,
        'mdx-expression',
        `spreads a JavaScript expression into <${name ?? ''}>'s attributes`,
        'Attributes must be plain text in quotes.',
      );
    for (const a of attrs) {
      const where = a.p ?? p;
      if (isEventHandler(a.name)) {
        add(
          where,
          'event-handler',
          `has the event-handler attribute "${a.name}", which runs code`,
          'Remove the attribute. Content cannot run scripts.',
        );
        continue;
      }
      if (a.expression !== undefined) {
        add(
          where,
          'mdx-expression',
          `puts a JavaScript expression in the attribute "${a.name}": {${preview(a.expression)}}`,
          'Attributes must be plain text in quotes.',
        );
        continue;
      }
      if (
        URL_ATTRIBUTES.has(a.name.toLowerCase()) &&
        a.value !== undefined &&
        !checkUrl(where, a.value, `has the attribute ${a.name} with`)
      )
        continue;
      if (ok && !allowed[name]?.includes(a.name)) {
        add(
          where,
          'attribute',
          `has the attribute "${a.name}", which <${name}> may not carry`,
          `Allowed on <${name}>: ${allowed[name]?.join(', ') || 'no attributes'}.`,
        );
      }
    }
  };

  for (const { node } of walk(parsed.tree)) {
    const p = node.position?.start;
    switch (node.type) {
      case 'mdxjsEsm': {
        const kind = /^\s*export\b/.test(node.value ?? '') ? 'export' : 'import';
        add(
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
          add(
            p,
            'mdx-expression',
            'has an MDX comment "{/* … */}"',
            'MDX comments are JavaScript expressions, and hide text from reviewers. Delete it.',
          );
        else
          add(
            p,
            'mdx-expression',
            `has a JavaScript expression {${preview(v)}}`,
            'Curly braces run code in MDX. To show them as text write \\{ and \\}, or put them in `backticks`.',
          );
        break;
      }
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const attrs: Parameters<typeof checkElement>[2] = [];
        const spreads: Point[] = [];
        for (const a of node.attributes ?? []) {
          const ap = a.position?.start;
          if (a.type === 'mdxJsxExpressionAttribute') spreads.push(ap ?? p ?? { line: 1, column: 1 });
          else if (a.value !== null && typeof a.value === 'object')
            attrs.push({ name: a.name, value: undefined, expression: a.value.value, p: ap });
          else attrs.push({ name: a.name, value: a.value ?? undefined, p: ap });
        }
        checkElement(p, node.name ?? null, attrs, spreads);
        break;
      }
      case 'html':
        checkRawHtml(node, allowed, checkElement, comment, add);
        break;
      case 'link':
        if (node.url !== undefined && checkUrl(p, node.url, 'links to') && checkLink(p, node.url, 'links to'))
          links.push({ url: node.url, ...at(p) });
        break;
      case 'definition':
        if (
          node.url !== undefined &&
          checkUrl(p, node.url, 'defines a link to') &&
          checkLink(p, node.url, 'defines a link to')
        )
          links.push({ url: node.url, ...at(p) });
        break;
      case 'image':
        if (node.url !== undefined) checkImage(p, node.url);
        break;
      case 'imageReference': {
        const url = node.identifier ? definitions.get(node.identifier) : undefined;
        if (url !== undefined && judgeUrl(url).ok) checkImage(p, url);
        break;
      }
    }
  }
  return { problems, links };
}

/** Raw HTML in a `.md` body: comments, and each tag checked like a JSX element. */
function checkRawHtml(
  node: MarkupNode,
  allowed: Readonly<Record<string, readonly string[]>>,
  element: (p: Point | undefined, name: string | null, attrs: HtmlAttribute[], spreads: Point[]) => void,
  comment: (p: Point) => void,
  add: (p: Point | undefined, code: string, message: string, hint?: string) => void,
) {
  const value = node.value ?? '';
  const start = node.position?.start ?? { line: 1, column: 1 };
  const pointAt = (index: number): Point => {
    const before = value.slice(0, index);
    const nl = before.lastIndexOf('\n');
    const line = start.line + (before.split('\n').length - 1);
    return { line, column: nl < 0 ? start.column + index : index - nl };
  };
  for (const t of htmlTokens(value)) {
    const p = pointAt(t.index);
    if (t.kind === 'comment') comment(p);
    else if (t.kind === 'unreadable')
      add(p, 'element', `has raw HTML that is not allowed: "${t.text.replace(/\s+/g, ' ')}…"`, MARKDOWN_HINT);
    else if (t.kind === 'open') {
      element(p, t.name, t.attributes, []);
      if (!t.strict && Object.hasOwn(allowed, t.name)) {
        add(
          p,
          'attribute',
          `has <${t.name}> attributes written in a way the check cannot read safely`,
          'Write attributes as name="value", separated by spaces.',
        );
      }
    }
  }
}
