/**
 * Whether an MDX body is plain Markdown: read as Markdown it gives the very tree it gives read as
 * MDX, with nothing only MDX can render. Such a body needs no JavaScript module of its own: the
 * content layer renders it to HTML once, the way it renders `.md` entries (see
 * src/integrations/plain-bodies.ts). Most catalog bodies are; one with an element (`<abbr>`), an
 * image, or an indented line (code in Markdown, a paragraph in MDX) is not, and stays MDX.
 *
 * Both readings use Sätteri, the parser Astro compiles MDX and renders Markdown with, with the
 * features both of its pipelines use here (GFM, smart punctuation). Node-only (a native module).
 */
import { markdownToMdast, mdxToMdast, type Features, type MdastNode } from 'satteri';

const OPTIONS = { features: { gfm: true, smartPunctuation: true } satisfies Features, position: false };

/** Node types whose rendering differs between the two pipelines, or that MDX alone has. */
const NOT_PLAIN = new Set([
  'image',
  'imageReference',
  'html',
  'mdxjsEsm',
  'mdxFlowExpression',
  'mdxTextExpression',
  'mdxJsxFlowElement',
  'mdxJsxTextElement',
]);

/** A body that opens like frontmatter would be read as frontmatter by the Markdown renderer. */
const OPENS_LIKE_FRONTMATTER = /^\s*(?:---|\+\+\+)/;

/** The tree without positions and parser data, as comparable text; undefined if it holds a NOT_PLAIN node. */
function shape(root: MdastNode): string | undefined {
  let plain = true;
  const text = JSON.stringify(root, (key, value: unknown) => {
    if (key === 'position' || key === 'data') return undefined;
    if (value && typeof value === 'object' && NOT_PLAIN.has((value as { type?: string }).type ?? ''))
      plain = false;
    return value;
  });
  return plain ? text : undefined;
}

export function isPlainMarkdown(body: string): boolean {
  if (OPENS_LIKE_FRONTMATTER.test(body)) return false;
  let mdx: string | undefined;
  try {
    mdx = shape(mdxToMdast(body, OPTIONS));
  } catch {
    return false; // not valid MDX: the compiler reports it
  }
  return mdx !== undefined && mdx === shape(markdownToMdast(body, OPTIONS));
}
