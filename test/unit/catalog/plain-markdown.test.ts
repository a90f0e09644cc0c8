/**
 * Which MDX bodies are plain Markdown (src/lib/catalog/markup/plain-markdown.ts), so that the
 * content layer may render them as Markdown: each reason a body is not, alone, and the seed
 * catalog, whose bodies all are.
 */
import { describe, expect, it } from 'vitest';
import { isPlainMarkdown } from '../../../src/lib/catalog/markup/plain-markdown.ts';
import { bodyOf } from '../../../src/lib/catalog/entry-verdict.ts';
import { parseSource } from '../../../src/lib/catalog/source.ts';
import { REPO_ROOT, loadFixture } from '../../helpers/content.ts';

const PLAIN = `## What it certifies

The educator plans **one** unit with [a rubric](https://example.org/r) and _checks_ it.

- a list item
- another, with \`code\`

| a | b |
| - | - |
| 1 | 2 |

> A quotation -- with "smart" punctuation... and a footnote.[^1]

\`\`\`
fenced code stays code in both
\`\`\`

[^1]: The note.
`;

describe('isPlainMarkdown', () => {
  it('accepts a body of headings, emphasis, links, lists, tables, quotes, code and footnotes', () => {
    expect(isPlainMarkdown(PLAIN)).toBe(true);
  });

  it('accepts escaped braces and angle brackets, which read the same either way', () => {
    expect(isPlainMarkdown('Sets like \\{1, 2\\} and 3 \\< 4.')).toBe(true);
  });

  it('refuses an indented line: code in Markdown, a paragraph in MDX', () => {
    expect(isPlainMarkdown('Para\n\n    four spaces in\n')).toBe(false);
  });

  it('refuses an element, which MDX renders as JSX and Markdown as raw HTML', () => {
    expect(isPlainMarkdown('Use <abbr title="Web Content Accessibility Guidelines">WCAG</abbr>.')).toBe(
      false,
    );
    expect(isPlainMarkdown('Line<br />break')).toBe(false);
  });

  it('refuses images, which the two pipelines render differently', () => {
    expect(isPlainMarkdown('![A chart](https://example.org/c.png)')).toBe(false);
    expect(isPlainMarkdown('![A chart][c]\n\n[c]: https://example.org/c.png')).toBe(false);
  });

  it('refuses what only MDX has: expressions and ESM', () => {
    expect(isPlainMarkdown('Total: {1 + 1}')).toBe(false);
    expect(isPlainMarkdown("import X from './x.js'\n\nText")).toBe(false);
  });

  it('refuses a body that is not valid MDX, for the compiler to report', () => {
    expect(isPlainMarkdown('An autolink <https://example.org> is not MDX')).toBe(false);
    expect(isPlainMarkdown('<div>\nunclosed {')).toBe(false);
  });

  it('refuses a body that opens like frontmatter, which the Markdown renderer would strip', () => {
    expect(isPlainMarkdown('---\ntitle: x\n---\nText')).toBe(false);
    expect(isPlainMarkdown('\n+++\nx = 1\n+++\n')).toBe(false);
  });

  it('finds every body of the seed catalog plain', async () => {
    const files = (await loadFixture(REPO_ROOT)).filter((f) => f.path.endsWith('.mdx'));
    expect(files.length).toBeGreaterThan(30);
    const notPlain = files.filter((f) => {
      const s = parseSource(f).source;
      return !s || !isPlainMarkdown(bodyOf(f.text, s.bodyLine));
    });
    expect(notPlain.map((f) => f.path)).toEqual([]);
  });
});
