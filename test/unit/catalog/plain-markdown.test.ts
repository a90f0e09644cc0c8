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

  it.each([
    ['an indented line: code in Markdown, a paragraph in MDX', ['Para\n\n    four spaces in\n']],
    [
      'an element, which MDX renders as JSX and Markdown as raw HTML',
      ['Use <abbr title="Web Content Accessibility Guidelines">WCAG</abbr>.', 'Line<br />break'],
    ],
    [
      'images, which the two pipelines render differently',
      ['![A chart](https://example.org/c.png)', '![A chart][c]\n\n[c]: https://example.org/c.png'],
    ],
    ['what only MDX has: expressions and ESM', ['Total: {1 + 1}', "import X from './x.js'\n\nText"]],
    [
      'a body that is not valid MDX, for the compiler to report',
      ['An autolink <https://example.org> is not MDX', '<div>\nunclosed {'],
    ],
    [
      'a body that opens like frontmatter, which the Markdown renderer would strip',
      ['---\ntitle: x\n---\nText', '\n+++\nx = 1\n+++\n'],
    ],
  ])('refuses %s', (_reason, bodies) => {
    for (const body of bodies) expect(isPlainMarkdown(body), body).toBe(false);
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
