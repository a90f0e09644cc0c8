/**
 * Each rule of the second hardening round alone, and through the whole check: names the build
 * cannot write, names that differ only in case, hidden characters in titles and names, files
 * saved with CRLF line ends or a byte order mark (accepted, as the site builder accepts them),
 * where body images and links may point, and hours as people write and read them.
 */
import { describe, expect, it } from 'vitest';
import { formatHours, formatNumber } from '../../../src/lib/catalog/ceu.ts';
import { checkCatalog } from '../../../src/lib/catalog/check.ts';
import { offSiteHost } from '../../../src/lib/catalog/markup/url-safety.ts';
import { formatProblem } from '../../../src/lib/catalog/problems.ts';
import { bodyImageFinding, protocolRelativeFinding } from '../../../src/lib/catalog/rules/body-urls.ts';
import { caseCollisions, unbuildablePathReason } from '../../../src/lib/catalog/rules/files.ts';
import { checkHiddenCharacters } from '../../../src/lib/catalog/rules/hidden-characters.ts';
import { credentialSchema } from '../../../src/lib/catalog/schema/credential.ts';
import { normalizeText, parseSource } from '../../../src/lib/catalog/source.ts';
import { hiddenCharacters } from '../../../src/lib/text/invisible.ts';
import { Files } from '../../helpers/content.ts';

const HINGE = 'content/credentials/riverbend-usd/hinge-questions.mdx';

describe('names the build cannot write', () => {
  it('refuses names over 100 bytes, paths over 200, and Windows device names', () => {
    expect(unbuildablePathReason('content/credentials/riverbend-usd/hinge-questions.mdx')).toBeUndefined();
    expect(unbuildablePathReason(`content/stacks/${'a'.repeat(96)}.mdx`)).toBeUndefined();
    expect(unbuildablePathReason(`content/stacks/${'a'.repeat(98)}.mdx`)).toContain('a name of 102 bytes');
    expect(unbuildablePathReason(`content/stacks/${'é'.repeat(50)}.mdx`)).toContain('a name of 104 bytes');
    const deep = `content/${Array.from({ length: 5 }, () => 'x'.repeat(40)).join('/')}.mdx`;
    expect(unbuildablePathReason(deep)).toMatch(/^is 216 bytes long; paths are at most 200/);
    for (const name of ['con.mdx', 'NUL.md', 'com1.png', 'lpt9.mdx', 'aux'])
      expect(unbuildablePathReason(`content/stacks/${name}`), name).toContain('Windows reserves');
    expect(unbuildablePathReason('content/stacks/console.mdx')).toBeUndefined();
  });

  it('maps every path that differs only in case (or normalization) to the lower-case one', () => {
    const clashes = caseCollisions([
      'content/a.md',
      'content/A.md',
      'content/b.md',
      'content/é.md',
      'content/e\u0301.md',
    ]);
    expect(clashes.size).toBe(2);
    expect(clashes.get('content/A.md')).toBe('content/a.md');
    expect([...clashes].some(([x, y]) => x !== y && x.normalize('NFC') === y.normalize('NFC'))).toBe(true);
  });
});

describe('hidden characters', () => {
  it('names text-direction controls and invisible characters with their code points', () => {
    expect(hiddenCharacters('Riverbend\u202E USD\u200B')).toEqual([
      { index: 9, codePoint: 0x202e, kind: 'text-direction', label: 'RIGHT-TO-LEFT OVERRIDE (U+202E)' },
      { index: 14, codePoint: 0x200b, kind: 'invisible', label: 'ZERO WIDTH SPACE (U+200B)' },
    ]);
    expect(hiddenCharacters('Tag\u{E0041}')[0]).toMatchObject({ index: 3, label: 'U+E0041' });
    expect(hiddenCharacters('Ciência, naïve, Ελληνικά, العربية, 日本語 – “quotes”')).toEqual([]);
  });

  it('refuses them in titles and names anywhere in the frontmatter, with the field', () => {
    const { source } = parseSource({
      path: 'x.mdx',
      text: '---\ntitle: "A\\u2066B"\nsummary: "fine\\u200b here"\nreviews:\n  - reviewer:\n      name: "Ann\\u00ad Lee"\n---\n',
    });
    if (!source) throw new Error('unreadable');
    expect(checkHiddenCharacters(source).map((p) => [p.line, p.field, p.message.split(':')[0]])).toEqual([
      [2, 'title', 'has the text-direction control LEFT-TO-RIGHT ISOLATE (U+2066) at character 2'],
      [6, 'reviews[0].reviewer.name', 'has the invisible character SOFT HYPHEN (U+00AD) at character 4'],
    ]);
  });
});

describe('CRLF and byte order marks', () => {
  it('reads a file saved on Windows exactly like the same file with plain newlines', async () => {
    const plain = await Files.fixture();
    const windows = await Files.fixture();
    windows.files = windows.files.map((f) =>
      f.path === HINGE ? { ...f, text: `\uFEFF${f.text.replace(/\n/g, '\r\n')}` } : f,
    );
    expect(normalizeText('\uFEFF---\r\na: 1\r\n---\r\n')).toBe('---\na: 1\n---\n');
    const a = await checkCatalog(plain.files);
    const b = await checkCatalog(windows.files);
    expect(b.problems.map(formatProblem)).toEqual([]);
    expect(b.catalog.credentials.get('riverbend-usd/hinge-questions')?.data).toEqual(
      a.catalog.credentials.get('riverbend-usd/hinge-questions')?.data,
    );
  });
});

describe('where body images and links point', () => {
  it('finds the host of full and protocol-relative URLs, and nothing for paths', () => {
    expect(offSiteHost('https://example.org/a.png')).toBe('example.org');
    expect(offSiteHost('//evil.example/x')).toBe('evil.example');
    expect(offSiteHost('/\\evil.example/x')).toBe('evil.example');
    expect(offSiteHost('\\\\evil.example')).toBe('evil.example');
    expect(offSiteHost('/glossary/')).toBeUndefined();
    expect(offSiteHost('../x.png')).toBeUndefined();
    expect(offSiteHost('mailto:a@b.org')).toBeUndefined();
  });

  it('says why each image is refused, and passes links written in full', () => {
    expect(bodyImageFinding('https://cdn.example/x.png').message).toContain('from cdn.example');
    expect(bodyImageFinding('./x.png').message).toContain('a file path');
    expect(protocolRelativeFinding('https://example.org/', 'links to')).toBeUndefined();
    expect(protocolRelativeFinding('/stacks/', 'links to')).toBeUndefined();
    expect(protocolRelativeFinding('//evil.example/', 'links to')?.hint).toContain('https://evil.example/');
  });
});

describe('hours', () => {
  const hours = (h: unknown) => {
    const r = credentialSchema().shape.hours.safeParse(h);
    return r.success ? 'ok' : r.error.issues.map((i) => i.message).join('; ');
  };
  it('are at least half an hour, in quarter hours, at most 200', () => {
    expect(hours(12)).toBe('ok');
    expect(hours(0.5)).toBe('ok');
    expect(hours(7.25)).toBe('ok');
    expect(hours(0.0000001)).toContain('must be at least 0.5 hours');
    expect(hours(7.2)).toContain('quarter hours');
    expect(hours(0)).toContain('at least 0.5');
    expect(hours(201)).toContain('at most 200');
  });

  it('are written for people', () => {
    expect(formatHours(12)).toBe('12 hours');
    expect(formatHours(1)).toBe('1 hour');
    expect(formatHours(7.25)).toBe('7.25 hours');
    expect(formatHours(0.0000001)).toBe('0 hours');
    expect(formatNumber(1200)).toBe('1,200');
  });
});
