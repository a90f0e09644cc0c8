/**
 * The checks on what a content body contains, one method per kind of thing: URLs (links, images,
 * URL attributes), elements and their attributes (JSX, or raw HTML in `.md`), comments. Each
 * problem is located at its line in the file. Used by `checkBodySafety` (mdx-safety.ts) as it
 * walks the body's syntax tree.
 */
import {
  DANGEROUS_ELEMENTS,
  URL_ATTRIBUTES,
  allowedElementsText,
  isEventHandler,
} from '../markup/allow-list.ts';
import { htmlTokens } from '../markup/html-tags.ts';
import type { MarkupNode, Point } from '../markup/parse.ts';
import { judgeUrl } from '../markup/url-safety.ts';
import type { Problem } from '../problems.ts';
import { bodyImageFinding, protocolRelativeFinding } from './body-urls.ts';
import type { BodyInput } from './mdx-safety.ts';

export const MARKDOWN_HINT = 'Catalog content is Markdown: headings, lists, emphasis, links and tables.';
export const URL_HINT =
  "Links must be https://, mailto: or paths on this site. javascript:, vbscript: and data: URLs can run code in a visitor's browser.";

export const preview = (s: string, max = 40) => {
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

export interface ElementAttribute {
  name: string;
  value: string | undefined;
  expression?: string;
  p?: Point | undefined;
}

export class BodyChecker {
  readonly problems: Problem[] = [];
  readonly #body: BodyInput;
  readonly #allowed: Readonly<Record<string, readonly string[]>>;

  constructor(body: BodyInput, allowed: Readonly<Record<string, readonly string[]>>) {
    this.#body = body;
    this.#allowed = allowed;
  }

  /** A body point (1-based, from the body's first line) as a point in the file. */
  at(p: Point | undefined) {
    return { line: this.#body.line + (p?.line ?? 1) - 1, column: p?.column ?? 1 };
  }

  add(p: Point | undefined, code: string, message: string, hint?: string): void {
    this.problems.push({
      code,
      severity: 'error',
      file: this.#body.file,
      ...this.at(p),
      message,
      ...(hint ? { hint } : {}),
    });
  }

  comment(p: Point): void {
    this.add(
      p,
      'html-comment',
      'has an HTML comment "<!-- … -->"',
      'Comments are not published, so they can hide text from reviewers (and MDX cannot read them). Delete the comment.',
    );
  }

  /** Whether a URL is allowed; if not, the problem is added. */
  url(p: Point | undefined, url: string, what: string): boolean {
    const v = judgeUrl(url);
    if (v.ok) return true;
    const shown = visible(url);
    const as =
      shown.slice(0, v.scheme.length + 1).toLowerCase() === `${v.scheme}:` ? '' : ` "${shown}", that is`;
    if (v.dangerous)
      this.add(
        p,
        'unsafe-url',
        `${what}${as} a "${v.scheme}:" URL, which can run code or hide content`,
        URL_HINT,
      );
    else
      this.add(
        p,
        'unsafe-url',
        `${what}${as} a "${v.scheme}:" URL; only http(s), mailto and tel links are allowed`,
        URL_HINT,
      );
    return false;
  }

  image(p: Point | undefined, url: string): void {
    if (!this.url(p, url, 'shows an image from')) return;
    const f = bodyImageFinding(url);
    this.add(p, 'body-image', f.message, f.hint);
  }

  /** Whether a link's address is acceptable beyond its scheme; if not, the problem is added. */
  link(p: Point | undefined, url: string, what: string): boolean {
    const f = protocolRelativeFinding(url, what);
    if (f) this.add(p, 'link', f.message, f.hint);
    return !f;
  }

  element(p: Point | undefined, name: string | null, attrs: ElementAttribute[], spreads: Point[]): void {
    const allowed = this.#allowed;

    const lower = name?.toLowerCase();
    const danger = lower !== undefined ? DANGEROUS_ELEMENTS[lower] : undefined;
    const ok = name !== null && name === lower && Object.hasOwn(allowed, name);
    if (danger)
      this.add(
        p,
        'unsafe-element',
        `has the element <${name}>, which ${danger}`,
        `${MARKDOWN_HINT} Remove the element.`,
      );
    else if (name === null) this.add(p, 'element', 'has a JSX fragment "<>"', `${MARKDOWN_HINT} Remove it.`);
    else if (!ok) {
      const component = /^[A-Z]|\./.test(name);
      this.add(
        p,
        'element',
        component
          ? `uses the component <${name}>, which is not on the allow-list`
          : `has the element <${name}>, which is not allowed`,
        `${MARKDOWN_HINT} Allowed elements: ${allowedElementsText(allowed) || 'none'} (src/lib/catalog/markup/allow-list.ts).`,
      );
    }
    for (const s of spreads)
      this.add(
        s,
        'mdx-expression',
        `spreads a JavaScript expression into <${name ?? ''}>'s attributes`,
        'Attributes must be plain text in quotes.',
      );
    for (const a of attrs) {
      const where = a.p ?? p;
      if (isEventHandler(a.name)) {
        this.add(
          where,
          'event-handler',
          `has the event-handler attribute "${a.name}", which runs code`,
          'Remove the attribute. Content cannot run scripts.',
        );
        continue;
      }
      if (a.expression !== undefined) {
        this.add(
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
        !this.url(where, a.value, `has the attribute ${a.name} with`)
      )
        continue;
      if (ok && !allowed[name]?.includes(a.name)) {
        this.add(
          where,
          'attribute',
          `has the attribute "${a.name}", which <${name}> may not carry`,
          `Allowed on <${name}>: ${allowed[name]?.join(', ') || 'no attributes'}.`,
        );
      }
    }
  }

  /** Raw HTML in a `.md` body: comments, and each tag checked like a JSX element. */
  rawHtml(node: MarkupNode): void {
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
      if (t.kind === 'comment') this.comment(p);
      else if (t.kind === 'unreadable')
        this.add(
          p,
          'element',
          `has raw HTML that is not allowed: "${t.text.replace(/\s+/g, ' ')}…"`,
          MARKDOWN_HINT,
        );
      else if (t.kind === 'open') {
        this.element(p, t.name, t.attributes, []);
        if (!t.strict && Object.hasOwn(this.#allowed, t.name)) {
          this.add(
            p,
            'attribute',
            `has <${t.name}> attributes written in a way the check cannot read safely`,
            'Write attributes as name="value", separated by spaces.',
          );
        }
      }
    }
  }
}
