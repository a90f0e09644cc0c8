/**
 * Parses a content body into a syntax tree with positions, without compiling it. Compiling MDX
 * turns it into JavaScript that runs at build time, so the checks look at the tree instead.
 *
 * `.mdx` is read as MDX (ESM, expressions and JSX are syntax); `.md` as CommonMark, where raw
 * HTML becomes `html` nodes. Both with GFM (tables, autolinks, footnotes), as Astro reads them.
 * A syntax error is returned with its line and column, never thrown.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { gfm } from 'micromark-extension-gfm';
import { mdxjs } from 'micromark-extension-mdxjs';

export type MarkupFormat = 'md' | 'mdx';

export interface Point {
  line: number;
  column: number;
}

/** The parts of an mdast node the checks read; MDX and GFM nodes included. */
export interface MarkupNode {
  type: string;
  position?: { start: Point; end: Point };
  children?: MarkupNode[];
  value?: string;
  url?: string;
  identifier?: string;
  /** JSX element name (`null` for a fragment `<>`). */
  name?: string | null;
  attributes?: MarkupAttribute[];
}

export type MarkupAttribute =
  | {
      type: 'mdxJsxAttribute';
      name: string;
      value?: string | { type: 'mdxJsxAttributeValueExpression'; value: string } | null;
      position?: { start: Point };
    }
  | { type: 'mdxJsxExpressionAttribute'; value: string; position?: { start: Point } };

export type ParsedMarkup = { ok: true; tree: MarkupNode } | { ok: false; error: Point & { message: string } };

/** The format a content file's body is written in, from its extension. */
export const formatOf = (path: string): MarkupFormat => (path.endsWith('.mdx') ? 'mdx' : 'md');

export function parseMarkup(body: string, format: MarkupFormat): ParsedMarkup {
  try {
    const tree =
      format === 'mdx'
        ? fromMarkdown(body, {
            extensions: [mdxjs(), gfm()],
            mdastExtensions: [mdxFromMarkdown(), gfmFromMarkdown()],
          })
        : fromMarkdown(body, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
    return { ok: true, tree: tree as unknown as MarkupNode };
  } catch (e) {
    const err = e as { reason?: string; message?: string; line?: number; column?: number };
    const text = err.reason ?? err.message ?? String(e);
    // Some errors carry their place only in the message, as "(3:1-3:6)".
    const place = /\((\d+):(\d+)(?:-\d+:\d+)?\)/.exec(text);
    const message = text.replace(/\s*\(\d+:\d+(?:-\d+:\d+)?\)/, '');
    return {
      ok: false,
      error: {
        line: err.line ?? Number(place?.[1] ?? 1),
        column: err.column ?? Number(place?.[2] ?? 1),
        message,
      },
    };
  }
}

/** Every node of a tree, depth first, with its ancestors. */
export function* walk(
  node: MarkupNode,
  ancestors: readonly MarkupNode[] = [],
): Generator<{ node: MarkupNode; ancestors: readonly MarkupNode[] }> {
  yield { node, ancestors };
  for (const child of node.children ?? []) yield* walk(child, [...ancestors, node]);
}
