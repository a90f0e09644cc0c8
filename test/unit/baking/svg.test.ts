/**
 * Baked SVG: extraction from the 1EdTech vector, bake → extract round trips, and hostile XML.
 * Facts: Open Badges 3.0 "Baked Badge" (OB 3.0 `<openbadges:credential>` in namespace
 * `https://purl.imsglobal.org/ob/v3p0`, JWS in `verify`, JSON in CDATA, only one) and §6.2
 * (OB 2.0 `<openbadges:assertion>` in `http://openbadges.org`, `verify` = JWS or URL, body JSON).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { bakeSvg, extractFromSvg } from '../../../src/lib/baking/index.ts';
import { NamespaceScope } from '../../../src/lib/baking/svg-namespaces.ts';
import { escapeXmlAttribute } from '../../../src/lib/baking/svg-xml.ts';
import { readVectorText } from './png-helpers.ts';

const OB3 = 'https://purl.imsglobal.org/ob/v3p0';
const OB2 = 'http://openbadges.org';
const SVG_NS = 'http://www.w3.org/2000/svg';
const JWS = readVectorText('extracted/simple-jwt.svg.jws');
const TEMPLATE = `<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="${SVG_NS}" viewBox="0 0 10 10">\n  <circle r="5"/>\n</svg>\n`;
const JSON_CREDENTIAL = JSON.stringify({
  type: ['VerifiableCredential', 'OpenBadgeCredential'],
  name: 'Café <b>"quoted"</b> & ]]> done 🎓',
});

const svgWith = (inner: string, attrs = `xmlns:openbadges="${OB3}"`) =>
  `<svg xmlns="${SVG_NS}" ${attrs}>${inner}</svg>`;
const throwsCode = (fn: () => unknown, code: string) =>
  expect(fn).toThrow(expect.objectContaining({ name: 'BakingError', code }));

describe('extractFromSvg: 1EdTech vector (vectors/1edtech/README.md)', () => {
  it('reads simple-jwt.svg byte-identical to extracted/simple-jwt.svg.jws, despite its external DOCTYPE', () => {
    const svg = readVectorText('simple-jwt.svg');
    expect(svg).toContain('<!DOCTYPE svg PUBLIC');
    expect(extractFromSvg(svg)).toEqual({
      kind: 'ob3-jwt',
      text: JWS,
      container: 'svg',
      location: '<openbadges:credential> verify attribute',
      extra: 0,
    });
  });
});

describe('bakeSvg → extractFromSvg round trip', () => {
  it('puts a compact JWS in the verify attribute directly after <svg ...>', () => {
    const baked = bakeSvg(TEMPLATE, JWS);
    expect(baked).toContain(
      `<svg xmlns="${SVG_NS}" viewBox="0 0 10 10" xmlns:openbadges="${OB3}"><openbadges:credential verify="${JWS}"></openbadges:credential>\n  <circle`,
    );
    expect(extractFromSvg(baked)).toEqual({
      kind: 'ob3-jwt',
      text: JWS,
      container: 'svg',
      location: '<openbadges:credential> verify attribute',
      extra: 0,
    });
  });

  it('puts JSON in a CDATA body; a payload with `"`, `<`, `&` and `]]>` reads back unchanged', () => {
    const baked = bakeSvg(TEMPLATE, JSON_CREDENTIAL);
    expect(baked).toContain('<openbadges:credential><![CDATA[{');
    expect(extractFromSvg(baked)).toEqual({
      kind: 'ob3-json',
      text: JSON_CREDENTIAL,
      container: 'svg',
      location: '<openbadges:credential> body',
      extra: 0,
    });
  });

  it('leaves the rest of the document byte for byte', () => {
    const baked = bakeSvg(TEMPLATE, JWS);
    const element = `<openbadges:credential verify="${JWS}"></openbadges:credential>`;
    expect(baked.replace(element, '').replace(` xmlns:openbadges="${OB3}"`, '')).toBe(TEMPLATE);
  });

  it('handles a self-closing root, CRLF line ends and astral characters before the root', () => {
    const template = `<!-- 🎓 badge -->\r\n<svg xmlns="${SVG_NS}"/>`;
    const baked = bakeSvg(template, JWS);
    expect(baked).toBe(
      `<!-- 🎓 badge -->\r\n<svg xmlns="${SVG_NS}" xmlns:openbadges="${OB3}"><openbadges:credential verify="${JWS}"></openbadges:credential></svg>`,
    );
    expect(extractFromSvg(baked).text).toBe(JWS);
  });

  it('reuses an existing openbadges binding, and binds locally when the prefix means something else', () => {
    const reused = bakeSvg(svgWith('<g/>'), JWS);
    expect(reused.match(/xmlns:openbadges=/g)).toHaveLength(1);
    const conflict = bakeSvg(svgWith('<g/>', `xmlns:openbadges="${OB2}"`), JWS);
    expect(conflict).toContain(`<openbadges:credential xmlns:openbadges="${OB3}" verify=`);
    expect(extractFromSvg(conflict)).toMatchObject({ kind: 'ob3-jwt', text: JWS });
  });

  it('refuses to bake twice (DUPLICATE), including over an OB 2.0 assertion', () => {
    throwsCode(() => bakeSvg(bakeSvg(TEMPLATE, JWS), JWS), 'DUPLICATE');
    throwsCode(
      () => bakeSvg(svgWith(`<ob:assertion verify="${JWS}"/>`, `xmlns:ob="${OB2}"`), JWS),
      'DUPLICATE',
    );
  });

  it('refuses bad templates and bad payloads', () => {
    throwsCode(() => bakeSvg('<html/>', JWS), 'SVG_PARSE');
    throwsCode(() => bakeSvg('<svg>', JWS), 'SVG_PARSE');
    throwsCode(() => bakeSvg(TEMPLATE, 'not a credential'), 'PAYLOAD_INVALID');
    throwsCode(() => bakeSvg(TEMPLATE, '{"control":"\u0001"}'), 'PAYLOAD_INVALID'); // not JSON either
    for (const notXml of ['\uFFFE', '\uD800']) {
      const json = `{"a":"${notXml}"}`;
      expect(JSON.parse(json)).toEqual({ a: notXml }); // valid JSON, but not XML 1.0 text
      throwsCode(() => bakeSvg(TEMPLATE, json), 'PAYLOAD_INVALID');
    }
    throwsCode(() => bakeSvg(TEMPLATE, `{"a":"${'x'.repeat(1024 * 1024)}"}`), 'PAYLOAD_TOO_LARGE');
  });
});

describe('escapeXmlAttribute', () => {
  it('round-trips `"`, `<`, `&`, quotes and white space through a namespace-aware parser', () => {
    const value = `https://example.org/a?b="<c>"&d='e'\tf\ng\rh`;
    const svg = svgWith(`<ob:assertion verify="${escapeXmlAttribute(value)}"/>`, `xmlns:ob="${OB2}"`);
    expect(svg).not.toContain('"<c>"');
    expect(extractFromSvg(svg)).toMatchObject({ kind: 'ob2-url', text: value });
  });
});

describe('extractFromSvg: namespaces and OB 2.0', () => {
  it('finds the credential under any prefix, or as the default namespace', () => {
    expect(extractFromSvg(svgWith(`<x:credential verify="${JWS}"/>`, `xmlns:x="${OB3}"`))).toMatchObject({
      kind: 'ob3-jwt',
      location: '<x:credential> verify attribute',
    });
    expect(
      extractFromSvg(svgWith(`<credential xmlns="${OB3}"><![CDATA[{"a":1}]]></credential>`)),
    ).toMatchObject({ kind: 'ob3-json', text: '{"a":1}' });
  });

  it('ignores a look-alike element in another namespace, and a prefixed verify attribute', () => {
    throwsCode(
      () =>
        extractFromSvg(
          svgWith(`<o:credential verify="${JWS}"/>`, `xmlns:o="https://purl.imsglobal.org/ob/v3p0/"`),
        ),
      'NOT_BAKED',
    );
    throwsCode(
      () => extractFromSvg(svgWith(`<openbadges:credential openbadges:verify="${JWS}"/>`)),
      'PAYLOAD_INVALID',
    );
  });

  it('scopes namespace declarations to their element', () => {
    const svg = svgWith(
      `<g xmlns:openbadges="urn:other"><openbadges:credential verify="x.y.z"/></g><openbadges:credential verify="a.b.c"/>`,
    );
    expect(extractFromSvg(svg)).toMatchObject({ text: 'a.b.c', extra: 0 });
  });

  it('enforces Namespaces in XML: bound prefixes, valid QNames and declarations', () => {
    for (const bad of [
      '<svg><p:x/></svg>',
      '<svg p:a="1"/>',
      '<svg xmlns:p=""/>',
      '<a:b:c xmlns:a="u"/>',
      '<svg xmlns:xml="urn:x"/>',
      '<svg xmlns:xmlns="urn:x"/>',
    ]) {
      throwsCode(() => extractFromSvg(bad), 'SVG_PARSE');
    }
    expect(() => extractFromSvg('<svg xml:space="preserve"/>')).toThrow(
      expect.objectContaining({ code: 'NOT_BAKED' }),
    );
  });

  it('reads OB 2.0 assertions: JWS or URL in verify, JSON in the body', () => {
    const ns = `xmlns:openbadges="${OB2}"`;
    expect(extractFromSvg(svgWith(`<openbadges:assertion verify="${JWS}"/>`, ns))).toMatchObject({
      kind: 'ob2-jws',
      text: JWS,
    });
    const hosted = svgWith(
      '<openbadges:assertion verify="https://example.org/a.json"><![CDATA[ {"type":"Assertion"} ]]></openbadges:assertion>',
      ns,
    );
    expect(extractFromSvg(hosted)).toMatchObject({
      kind: 'ob2-json',
      text: '{"type":"Assertion"}',
      location: '<openbadges:assertion> body',
    });
    expect(
      extractFromSvg(svgWith('<openbadges:assertion verify="https://example.org/a.json"/>', ns)),
    ).toMatchObject({ kind: 'ob2-url' });
  });

  it('takes the first credential, prefers OB 3.0 over OB 2.0, and counts the rest in extra', () => {
    const svg = svgWith(
      `<o2:assertion verify="https://example.org/a"/><o3:credential verify="a.b.c"/><g><o3:credential verify="d.e.f"/></g>`,
      `xmlns:o2="${OB2}" xmlns:o3="${OB3}"`,
    );
    expect(extractFromSvg(svg)).toMatchObject({ kind: 'ob3-jwt', text: 'a.b.c', extra: 2 });
  });

  it('reports an SVG without a credential as NOT_BAKED, an empty one as PAYLOAD_INVALID', () => {
    throwsCode(() => extractFromSvg(TEMPLATE), 'NOT_BAKED');
    throwsCode(
      () => extractFromSvg(svgWith('<openbadges:credential>  </openbadges:credential>')),
      'PAYLOAD_INVALID',
    );
  });
});

describe('extractFromSvg: hostile XML', () => {
  afterEach(() => vi.restoreAllMocks());

  it('rejects an external entity declaration without reading anything', () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    const xxe = `<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]><svg xmlns="${SVG_NS}" xmlns:openbadges="${OB3}"><openbadges:credential>&x;</openbadges:credential></svg>`;
    expect(() => extractFromSvg(xxe)).toThrow(/DOCTYPE with an internal subset/);
    throwsCode(() => extractFromSvg(xxe), 'SVG_PARSE');
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it('rejects entity expansion bombs and parameter entities', () => {
    const lol = `<!DOCTYPE svg [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><svg>&b;</svg>`;
    throwsCode(() => extractFromSvg(lol), 'SVG_PARSE');
    throwsCode(
      () => extractFromSvg(`<!DOCTYPE svg [<!ENTITY % p SYSTEM "http://example.org/x.dtd"> %p;]><svg/>`),
      'SVG_PARSE',
    );
  });

  it('treats any undeclared entity reference as malformed (nothing is looked up)', () => {
    throwsCode(
      () => extractFromSvg(svgWith('<openbadges:credential>&nbsp;{}</openbadges:credential>')),
      'SVG_PARSE',
    );
  });

  it('rejects malformed XML with a plain message', () => {
    for (const bad of [
      '',
      'not xml',
      '<svg><g></svg>',
      '<svg a="1" a="2"/>',
      '<svg><p:x/></svg>',
      '<svg/><svg/>',
      `<svg>\u0000</svg>`,
    ]) {
      expect(() => extractFromSvg(bad)).toThrow(
        expect.objectContaining({
          code: 'SVG_PARSE',
          message: expect.stringMatching(/^The SVG is not acceptable XML: /),
        }),
      );
    }
  });

  it('never runs scripts or foreignObject content, and reads only the credential text', () => {
    const g = globalThis as { pwned?: boolean };
    const svg = svgWith(
      `<script><![CDATA[ globalThis.pwned = true; ]]></script>` +
        `<foreignObject><div xmlns="http://www.w3.org/1999/xhtml"><script>globalThis.pwned = true</script>&lt;openbadges:credential verify="x.y.z"/&gt;</div></foreignObject>` +
        `<openbadges:credential verify="${JWS}"></openbadges:credential>` +
        `<image href="https://example.org/track.png" onload="globalThis.pwned = true"/>`,
    );
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    expect(extractFromSvg(svg)).toEqual({
      kind: 'ob3-jwt',
      text: JWS,
      container: 'svg',
      location: '<openbadges:credential> verify attribute',
      extra: 0,
    });
    expect(g.pwned).toBeUndefined();
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it('rejects oversized input quickly, before parsing', () => {
    const huge = `<svg>${' '.repeat(11 * 1024 * 1024)}</svg>`;
    const started = performance.now();
    throwsCode(() => extractFromSvg(huge), 'SVG_TOO_LARGE');
    expect(performance.now() - started).toBeLessThan(50);
    throwsCode(() => extractFromSvg(bakeSvg(TEMPLATE, JWS), { maxBytes: 1000 }), 'SVG_TOO_LARGE');
    throwsCode(() => extractFromSvg('é'.repeat(600), { maxBytes: 1000 }), 'SVG_TOO_LARGE'); // 1200 UTF-8 bytes
  });

  it('caps the payload at maxTextBytes, for bodies and attributes', () => {
    throwsCode(
      () => extractFromSvg(bakeSvg(TEMPLATE, JSON_CREDENTIAL), { maxTextBytes: 20 }),
      'PAYLOAD_TOO_LARGE',
    );
    throwsCode(
      () => extractFromSvg(bakeSvg(TEMPLATE, JWS), { maxTextBytes: JWS.length - 1 }),
      'PAYLOAD_TOO_LARGE',
    );
    const body = `{"a":"${'x'.repeat(2 * 1024 * 1024)}"}`;
    throwsCode(
      () => extractFromSvg(svgWith(`<openbadges:credential><![CDATA[${body}]]></openbadges:credential>`)),
      'PAYLOAD_TOO_LARGE',
    );
  });

  it('accepts nesting up to 256 levels and rejects deeper (bounded parser stack)', () => {
    const nested = (depth: number) =>
      svgWith(`${'<g>'.repeat(depth - 2)}<openbadges:credential verify="a.b.c"/>${'</g>'.repeat(depth - 2)}`);
    expect(extractFromSvg(nested(256))).toMatchObject({ text: 'a.b.c' });
    throwsCode(() => extractFromSvg(nested(257)), 'SVG_TOO_LARGE');
    throwsCode(() => extractFromSvg(`<svg>${'<g>'.repeat(3_000_000)}`), 'SVG_TOO_LARGE');
  });

  it('parses a maximum-size hostile document, doing the same namespace work per element at any depth', () => {
    // Counted, not timed: saxes' own namespace mode resolved each prefix by walking every open
    // element (elements × depth); NamespaceScope resolves a name with one look-up, so a document
    // nested 250 deep takes as many look-ups as a flat one with the same elements.
    const resolve = vi.spyOn(NamespaceScope.prototype, 'resolve');
    const get = vi.spyOn(Map.prototype, 'get');
    const work = (depth: number, count: number) => {
      resolve.mockClear();
      get.mockClear();
      const open = '<g>'.repeat(depth);
      const svg = `<svg xmlns="${SVG_NS}" xmlns:openbadges="${OB3}">${open}${'<a/>'.repeat(count)}<openbadges:credential verify="a.b.c"/>${'</g>'.repeat(depth)}</svg>`;
      expect(extractFromSvg(svg)).toMatchObject({ text: 'a.b.c', extra: 0 });
      return { resolves: resolve.mock.calls.length, gets: get.mock.calls.length };
    };
    const elements = 20_000;
    const deep = work(250, elements - 250);
    const flat = work(0, elements);
    expect(deep).toEqual(flat);
    expect(deep.resolves).toBe(elements + 2); // one per element: <svg>, the <g>s and <a/>s, the credential
    expect(deep.gets).toBeLessThanOrEqual(2 * (elements + 2));
    resolve.mockRestore();
    get.mockRestore();
    // The largest document accepted (10 MiB, 250 deep, 2.6 million elements) still parses. Its time
    // is not asserted (no timed tests): the fuzz engine (scripts/fuzz/) reports any input slower
    // than 2 s as a finding.
    const deepOpen = `<svg xmlns="${SVG_NS}" xmlns:openbadges="${OB3}">${'<g>'.repeat(250)}`;
    const max = Math.floor((10 * 1024 * 1024 - deepOpen.length - 2000) / 4);
    const svg = `${deepOpen}${'<a/>'.repeat(max)}<openbadges:credential verify="a.b.c"/>${'</g>'.repeat(250)}</svg>`;
    expect(extractFromSvg(svg)).toMatchObject({ text: 'a.b.c', extra: 0 });
  });
});
