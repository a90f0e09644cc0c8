/**
 * The safety rule reads bodies with micromark; Astro compiles them with Sätteri. Whatever the
 * rule accepts must be just as harmless to the compiler's own parser: no ESM, no expressions,
 * no elements beyond the allow-list, no unsafe URLs. Checked on the seed catalog and on
 * generated bodies built from the characters that matter.
 */
import fc from 'fast-check';
import { markdownToMdast, mdxToMdast } from 'satteri';
import { describe, expect, it } from 'vitest';
import { ALLOWED_ELEMENTS } from '../../../src/lib/catalog/markup/allow-list.ts';
import { htmlTokens } from '../../../src/lib/catalog/markup/html-tags.ts';
import { isWebUrl, judgeUrl } from '../../../src/lib/catalog/markup/url-safety.ts';
import { checkBodySafety } from '../../../src/lib/catalog/rules/mdx-safety.ts';
import { parseSource } from '../../../src/lib/catalog/source.ts';
import { REPO_ROOT, loadFixture } from '../../helpers/content.ts';

interface Node {
  type: string;
  children?: Node[];
  value?: string;
  url?: string;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
}

/** What, in the compiler's tree, could run code or reach somewhere unsafe. */
function unsafeIn(node: Node, format: 'md' | 'mdx'): string[] {
  const out: string[] = [];
  const visit = (n: Node) => {
    if (n.type === 'mdxjsEsm' || n.type === 'mdxFlowExpression' || n.type === 'mdxTextExpression')
      out.push(n.type);
    if (n.type === 'mdxJsxFlowElement' || n.type === 'mdxJsxTextElement') {
      const allowed = n.name ? ALLOWED_ELEMENTS[n.name] : undefined;
      if (!allowed) out.push(`<${n.name ?? ''}>`);
      for (const a of n.attributes ?? [])
        if (a.type !== 'mdxJsxAttribute' || typeof a.value === 'object' || !allowed?.includes(a.name ?? ''))
          out.push(`attribute ${a.name ?? a.type}`);
    }
    if (n.type === 'html') {
      if (format === 'mdx') out.push('html');
      for (const t of htmlTokens(n.value ?? ''))
        if (
          t.kind === 'comment' ||
          t.kind === 'unreadable' ||
          (t.kind === 'open' && !ALLOWED_ELEMENTS[t.name])
        )
          out.push(`html ${t.kind}`);
    }
    if ((n.type === 'link' || n.type === 'definition') && n.url !== undefined && !judgeUrl(n.url).ok)
      out.push(`url ${n.url}`);
    if (n.type === 'image' && n.url !== undefined && !isWebUrl(n.url)) out.push(`image ${n.url}`);
    n.children?.forEach(visit);
  };
  visit(node);
  return out;
}

function compilerTree(text: string, format: 'md' | 'mdx'): Node | undefined {
  try {
    return (format === 'mdx' ? mdxToMdast(text) : markdownToMdast(text)) as unknown as Node;
  } catch {
    return undefined; // the compiler refuses it: the build fails, nothing runs
  }
}

const accepted = (text: string, format: 'md' | 'mdx') =>
  checkBodySafety({ file: 'f', text, line: 1, format }).problems.length === 0;

describe('what the rule accepts, the compiler reads as harmless', () => {
  it("sees unsafe constructs in the compiler's tree (so the comparison can fail)", () => {
    const tree = compilerTree('import x from "y"\n\n{x} <Foo /> [a](javascript:x) ![i](./a.png)', 'mdx');
    expect(tree && unsafeIn(tree, 'mdx')).toEqual([
      'mdxjsEsm',
      'mdxTextExpression',
      '<Foo>',
      'url javascript:x',
      'image ./a.png',
    ]);
    const md = compilerTree('<img src=x onerror=y>\n\n<!-- c -->', 'md');
    expect(md && unsafeIn(md, 'md')).toEqual(['html open', 'html comment']);
  });

  it('on every body of the seed catalog and the fixture catalog', async () => {
    const files = [...(await loadFixture(REPO_ROOT)), ...(await loadFixture())].filter((f) =>
      /\.mdx?$/.test(f.path),
    );
    expect(files.length).toBeGreaterThan(50);
    for (const f of files) {
      const body = parseSource(f).body;
      if (!body) continue;
      const format = f.path.endsWith('.mdx') ? 'mdx' : 'md';
      expect(accepted(body.text, format), f.path).toBe(true);
      const tree = compilerTree(body.text, format);
      expect(tree, f.path).toBeDefined();
      if (tree) expect(unsafeIn(tree, format), f.path).toEqual([]);
    }
  });

  it('on generated bodies', () => {
    const piece = fc.constantFrom(
      '{',
      '}',
      '<',
      '>',
      '/',
      '<!--',
      '-->',
      '!',
      'a',
      'x',
      ' ',
      '  ',
      '\n',
      '\n\n',
      '\\',
      '`',
      '```\n',
      '|',
      '| --- |\n',
      '[',
      ']',
      '(',
      ')',
      ':',
      '"',
      "'",
      '=',
      '&#58;',
      '&#x6A;',
      '&colon;',
      '&',
      ';',
      'import x from "y"\n',
      'export const a = 1\n',
      'script',
      'javascript',
      'data:',
      '#',
      '*',
      '_',
      '~',
      '-',
      '    ',
      '\t',
      '<abbr title="t">',
      '</abbr>',
      '<sub>',
      '</sub>',
      '<br />',
      'on',
      'href',
      '[t](',
      '![i](',
      '[r]: ',
      'https://e.org/',
    );
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 30 }),
        fc.constantFrom('md' as const, 'mdx' as const),
        (parts, format) => {
          const text = parts.join('');
          if (!accepted(text, format)) return true;
          const tree = compilerTree(text, format);
          if (!tree) return true;
          const found = unsafeIn(tree, format);
          if (found.length)
            throw new Error(
              `accepted ${JSON.stringify(text)} (${format}), but the compiler sees ${found.join(', ')}`,
            );
          return true;
        },
      ),
      { numRuns: 2000 },
    );
  });
});
