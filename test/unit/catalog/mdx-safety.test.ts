/**
 * The MDX/Markdown safety rule on its own: what it refuses (with file lines), what it lets
 * through (code, escaped braces, comparisons, allowed elements, ordinary links), and that no
 * input makes it throw.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { htmlTokens, decodeEntities } from '../../../src/lib/catalog/markup/html-tags.ts';
import { judgeUrl, urlScheme } from '../../../src/lib/catalog/markup/url-safety.ts';
import { checkBodySafety } from '../../../src/lib/catalog/rules/mdx-safety.ts';

const mdx = (text: string, allowed?: Record<string, readonly string[]>) =>
  checkBodySafety({ file: 'content/x.mdx', text, line: 20, format: 'mdx' }, allowed);
const md = (text: string) => checkBodySafety({ file: 'content/x.md', text, line: 20, format: 'md' });
const codes = (r: ReturnType<typeof mdx>) => r.problems.map((p) => `${p.line}:${p.code}`);

describe('MDX safety', () => {
  it('accepts ordinary Markdown, code, escaped braces and comparisons', () => {
    const text = [
      '## Method components',
      '',
      'Students compare 3 < 5 and 7 > 2, and write \\{ braces \\} as text.',
      '',
      'Inline `{code}` and `<script>` are code, not markup.',
      '',
      '```html',
      '<script>alert(1)</script>',
      '<!-- a comment in code -->',
      '{expression}',
      '```',
      '',
      '| Step | Time |',
      '| --- | --- |',
      '| Plan | 10 minutes |',
      '',
      '[Toolkit](https://example.org/toolkit), [mail](mailto:pl@example.org), [glossary](/glossary/), [section](#method).',
      '',
      'Design with <abbr title="Universal Design for Learning">UDL</abbr>, H<sub>2</sub>O and x<sup>2</sup>.',
    ].join('\n');
    expect(mdx(text).problems).toEqual([]);
    expect(mdx(text).links.map((l) => l.url)).toEqual([
      'https://example.org/toolkit',
      'mailto:pl@example.org',
      '/glossary/',
      '#method',
    ]);
  });

  it('reports file lines: the body starts at its line in the file', () => {
    const r = mdx('First paragraph.\n\nSecond {x}.');
    expect(r.problems).toMatchObject([
      { code: 'mdx-expression', file: 'content/x.mdx', line: 22, column: 8 },
    ]);
  });

  it('finds every problem in one pass, in order', () => {
    const r = mdx('import a from "b"\n\n{x}\n\n<Foo />\n\n[j](javascript:x)');
    expect(codes(r)).toEqual(['20:mdx-esm', '22:mdx-expression', '24:element', '26:unsafe-url']);
  });

  it('keeps reporting after an HTML comment, at the right lines', () => {
    const r = mdx('<!-- one -->\n\nText.\n\n<!--\ntwo\n-->\n\n{after}');
    expect(codes(r)).toEqual(['20:html-comment', '24:html-comment', '28:mdx-expression']);
  });

  it('reports expressions in attributes of allowed elements, and attributes an element may not carry', () => {
    const r = mdx('<abbr title={x} class="y" {...z}>A</abbr>');
    expect(r.problems.map((p) => [p.code, p.message])).toEqual([
      ['mdx-expression', "spreads a JavaScript expression into <abbr>'s attributes"],
      ['mdx-expression', 'puts a JavaScript expression in the attribute "title": {x}'],
      ['attribute', 'has the attribute "class", which <abbr> may not carry'],
    ]);
  });

  it('checks URL attributes and handlers even on elements it allows', () => {
    const allowed = { a: ['href'] };
    expect(mdx('<a href="https://example.org">ok</a>', allowed).problems).toEqual([]);
    expect(codes(mdx('<a href="&#106;avascript:alert(1)">x</a>', allowed))).toEqual(['20:unsafe-url']);
    expect(codes(mdx('<a href="https://example.org" onClick="x()">x</a>', allowed))).toEqual([
      '20:event-handler',
    ]);
  });

  it('refuses fragments, components and dangerous elements however they are cased', () => {
    expect(mdx('<>x</>').problems[0]?.message).toBe('has a JSX fragment "<>"');
    expect(mdx('<Foo.Bar />').problems[0]?.message).toBe(
      'uses the component <Foo.Bar>, which is not on the allow-list',
    );
    expect(mdx('<SCRIPT>x</SCRIPT>').problems[0]?.code).toBe('unsafe-element');
    for (const name of ['svg', 'math', 'form', 'object', 'embed', 'base', 'meta'])
      expect(mdx(`<${name} />`).problems[0]?.code).toBe('unsafe-element');
  });

  it('refuses images from local files, also through a reference definition', () => {
    expect(codes(mdx('![x][logo]\n\n[logo]: ./logo.png'))).toEqual(['20:body-image']);
  });

  it('refuses images from other sites, which the Content-Security-Policy would block', () => {
    const web = mdx('![x](https://example.org/a.png)').problems;
    expect(web.map((p) => `${p.line}:${p.code}`)).toEqual(['20:body-image']);
    expect(web[0]?.message).toContain("img-src 'self'");
    expect(codes(mdx('![x](//example.org/a.png)\n\n![y][r]\n\n[r]: https://example.org/b.png'))).toEqual([
      '20:body-image',
      '22:body-image',
    ]);
  });

  it('refuses protocol-relative links, which leave the site while reading like paths', () => {
    const r = mdx('[a](//evil.example/x) [b](https://example.org/) [c](/glossary/)\n\n[d]: /\\evil.example/');
    expect(codes(r)).toEqual(['20:link', '22:link']);
    expect(r.links.map((l) => l.url)).toEqual(['https://example.org/', '/glossary/']);
  });

  it('in Markdown (.md): braces are text, raw HTML is an element, autolinks are links', () => {
    expect(md('Sets like {1, 2} are text.').problems).toEqual([]);
    expect(codes(md('<div>\n<b onclick="x">y</b>\n</div>'))).toEqual([
      '20:element',
      '21:element',
      '21:event-handler',
    ]);
    expect(codes(md('<javascript:alert(1)>'))).toEqual(['20:unsafe-url']);
    expect(codes(md('<?php echo 1; ?>'))).toEqual(['20:element']);
    expect(md('Text <abbr title="x">y</abbr>.').problems).toEqual([]);
    expect(codes(md("Text <abbr title='x'>y</abbr>."))).toEqual(['20:attribute']);
  });

  it('turns MDX syntax errors into a problem with their line', () => {
    const r = mdx('Fine.\n\n<div>\n\nunclosed');
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({
      code: 'mdx-syntax',
      line: 22,
      message: 'is not valid MDX: Expected a closing tag for `<div>`',
    });
    expect(mdx('Use the { key').problems[0]).toMatchObject({ code: 'mdx-syntax', line: 20 });
  });

  it('never throws, whatever the body', () => {
    const pieces = fc.constantFrom(
      '{',
      '}',
      '<',
      '>',
      '/',
      '!--',
      '-->',
      'a',
      ' ',
      '\n',
      '\\',
      '`',
      '```',
      '|',
      '[',
      ']',
      '(',
      ')',
      'import ',
      'export ',
      'script',
      '&#',
      ';',
      ':',
      '"',
      '=',
      '*/',
      '/*',
    );
    fc.assert(
      fc.property(
        fc.array(pieces, { maxLength: 40 }),
        fc.constantFrom('md' as const, 'mdx' as const),
        (parts, format) => {
          const r = checkBodySafety({ file: 'f', text: parts.join(''), line: 5, format });
          return r.problems.every((p) => p.line >= 5 && p.message.length > 0);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('URL schemes as a browser reads them', () => {
  it.each([
    ['javascript:alert(1)', 'javascript'],
    ['JaVaScRiPt:alert(1)', 'javascript'],
    ['java\tscript:alert(1)', 'javascript'],
    [' \u0001javascript:alert(1)', 'javascript'],
    ['java\u200bscript:alert(1)', 'javascript'],
    ['\uff4a\uff41\uff56\uff41\uff53\uff43\uff52\uff49\uff50\uff54:alert(1)', 'javascript'],
    ['%6Aavascript:alert(1)', 'javascript'],
    ['data:text/html,<script>', 'data'],
    ['VBScript:msgbox', 'vbscript'],
    ['https://example.org/a:b', 'https'],
    ['/credentials/a/b/', undefined],
    ['../x:y', undefined],
  ])('%j → %s', (url, scheme) => {
    expect(urlScheme(url)).toBe(scheme);
  });

  it('allows http(s), mailto, tel and relative URLs only', () => {
    expect(
      ['https://x.org', 'http://x.org', 'mailto:a@b.org', 'tel:+15551234', '/a/', '#b', 'c.html'].map(
        (u) => judgeUrl(u).ok,
      ),
    ).toEqual([true, true, true, true, true, true, true]);
    expect(judgeUrl('file:///etc/passwd')).toEqual({ ok: false, scheme: 'file', dangerous: false });
    expect(judgeUrl('data:image/png;base64,AA')).toEqual({ ok: false, scheme: 'data', dangerous: true });
  });
});

describe('raw HTML tokens', () => {
  it('reads comments, tags with decoded attributes, and what it cannot read', () => {
    expect(htmlTokens('<a href="&#x6A;s:x" title=\'t\' hidden>x</a><!-- c --><!DOCTYPE html>')).toEqual([
      {
        kind: 'open',
        index: 0,
        name: 'a',
        attributes: [
          { name: 'href', value: 'js:x' },
          { name: 'title', value: 't' },
          { name: 'hidden', value: undefined },
        ],
        strict: false,
      },
      { kind: 'close', index: 38, name: 'a' },
      { kind: 'comment', index: 42 },
      { kind: 'unreadable', index: 52, text: '<!DOCTYPE html>' },
    ]);
    expect(decodeEntities('&colon;&Tab;&#58;&nope;')).toBe(':\t:&nope;');
  });
});
