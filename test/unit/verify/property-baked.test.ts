/**
 * Property tests of the verifier on baked images (issue 9): PNG and SVG badges issued by the
 * in-memory catalog, then damaged — bit flips, truncation, inserted and duplicated bytes, extra
 * chunks and elements (several baked payloads, compressed chunks, chunks after IEND), scripts,
 * foreign objects, DTDs and entities, deep nesting. Invariants: a well-formed bounded report,
 * and "verified" only with the credential the catalog issued.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fuzzBadges, outcome, params, tally, verifyChecked } from '../../helpers/fuzz.ts';
import {
  applyByteEdit,
  applyStringEdit,
  byteEdit,
  fraction,
  oddString,
  stringEdit,
} from '../../helpers/mutate.ts';
import { chunk, concat, iTXt, tEXt } from '../baking/png-helpers.ts';

/** Byte offsets of the chunk boundaries of a well-formed PNG (after the signature, before each chunk). */
function chunkStarts(png: Uint8Array): number[] {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const out: number[] = [];
  for (let at = 8; at + 12 <= png.length; at += 12 + view.getUint32(at)) out.push(at);
  return out;
}

/** Open Badges text chunks up to IEND, counted independently of the module under test. */
function openBadgesChunks(png: Uint8Array): number {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  let n = 0;
  for (let at = 8; at + 12 <= png.length; at += 12 + view.getUint32(at)) {
    const type = String.fromCharCode(...png.subarray(at + 4, at + 8));
    if (type === 'IEND') break;
    const data = png.subarray(at + 8, at + 8 + Math.min(view.getUint32(at), 64));
    const keyword = String.fromCharCode(...data.subarray(0, Math.max(0, data.indexOf(0))));
    if (
      (type === 'iTXt' && (keyword === 'openbadgecredential' || keyword === 'openbadges')) ||
      (type === 'tEXt' && keyword === 'openbadges')
    )
      n++;
  }
  return n;
}

type PngExtra = {
  kind: 'itxt' | 'itxt-compressed' | 'text' | 'ztxt' | 'junk' | 'bad-crc' | 'huge-length';
  at: number;
  payload: string;
};

const pngExtra = (tokens: string[]): fc.Arbitrary<PngExtra> =>
  fc.record({
    kind: fc.constantFrom(
      'itxt' as const,
      'itxt-compressed' as const,
      'text' as const,
      'ztxt' as const,
      'junk' as const,
      'bad-crc' as const,
      'huge-length' as const,
    ),
    at: fraction,
    payload: fc.oneof(
      fc.constantFrom(...tokens, 'https://evil.example/assertion', '{"@context":[]}', 'e30.e30.e30'),
      oddString(40),
    ),
  });

function withExtra(png: Uint8Array, e: PngExtra): Uint8Array {
  const starts = chunkStarts(png);
  // After IHDR at the earliest; the last start is IEND, and past it is "after IEND".
  const at =
    starts.length > 1 ? (starts[1 + Math.floor(e.at * (starts.length - 1))] ?? png.length) : png.length;
  const keyword = e.kind === 'text' ? 'openbadges' : 'openbadgecredential';
  let extra: Uint8Array;
  switch (e.kind) {
    case 'itxt':
      extra = iTXt(keyword, e.payload);
      break;
    case 'itxt-compressed':
      extra = iTXt(keyword, e.payload, { compressed: true });
      break;
    case 'text':
      extra = tEXt(keyword, e.payload.replace(/[^\x20-\x7e]/g, '?'));
      break;
    case 'ztxt':
      extra = chunk('zTXt', new TextEncoder().encode(`${keyword}\0\0${e.payload}`));
      break;
    case 'junk':
      extra = chunk('juNk', new TextEncoder().encode(e.payload));
      break;
    case 'bad-crc': {
      extra = iTXt(keyword, e.payload);
      extra[extra.length - 1] = (extra[extra.length - 1] ?? 0) ^ 0xff;
      break;
    }
    case 'huge-length': {
      extra = iTXt(keyword, e.payload);
      new DataView(extra.buffer, extra.byteOffset).setUint32(0, 0x7ffffff0);
    }
  }
  return concat(png.subarray(0, at), extra, png.subarray(at));
}

type SvgInsert = { what: number; at: number; text: string };
const SVG_INSERTS = [
  '<script>alert(document.cookie)</script>',
  '<script xlink:href="https://evil.example/x.js" xmlns:xlink="http://www.w3.org/1999/xlink"/>',
  '<foreignObject width="10" height="10"><div xmlns="http://www.w3.org/1999/xhtml"><iframe src="javascript:alert(1)"/></div></foreignObject>',
  '<a href="javascript:alert(1)"><text>x</text></a>',
  '<image href="https://evil.example/track.png"/>',
  '<set attributeName="onmouseover" to="alert(1)"/>',
  '<style>@import url(https://evil.example/x.css);</style>',
  '&xxe;',
  '&lt;&#x202e;&#xd800;',
  '<![CDATA[ ]]> ]]>',
  '<!-- <openbadges:credential verify="a.b.c"/> -->',
  '<?xml-stylesheet href="https://evil.example/x.xsl"?>',
  '<openbadges:credential xmlns:openbadges="https://purl.imsglobal.org/ob/v3p0" verify="e30.e30.e30"/>',
  '<o:credential xmlns:o="https://purl.imsglobal.org/ob/v3p0"><![CDATA[{"@context":[]}]]></o:credential>',
  '<openbadges:assertion xmlns:openbadges="http://openbadges.org" verify="https://evil.example/a"/>',
  '<g xmlns:openbadges="http://example.org/not-badges"><openbadges:credential verify="e30.e30.e30"/></g>',
  `${'<g>'.repeat(300)}${'</g>'.repeat(300)}`,
  `${'<g>'.repeat(200)}${'</g>'.repeat(200)}`,
] as const;
const SVG_PROLOGS = [
  '<?xml version="1.0" encoding="UTF-8"?>',
  '<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">',
  '<!DOCTYPE svg [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>',
  '<!DOCTYPE svg [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>',
  '<!DOCTYPE svg SYSTEM "https://evil.example/evil.dtd">',
  '\uFEFF',
  '<?xml version="1.1"?>',
] as const;

const svgInsert: fc.Arbitrary<SvgInsert> = fc.record({ what: fc.nat(), at: fraction, text: oddString(12) });

/** Inserts markup at a tag boundary (just after a `>`), so the document usually stays well-formed. */
function insertAtBoundary(svg: string, e: SvgInsert): string {
  const bounds = [...svg.matchAll(/>/g)].map((m) => (m.index ?? 0) + 1).filter((i) => i < svg.length);
  const at = bounds[Math.floor(e.at * bounds.length)] ?? svg.length;
  const markup = SVG_INSERTS[e.what % SVG_INSERTS.length] ?? '';
  return svg.slice(0, at) + markup + svg.slice(at);
}

describe('property: baked images', async () => {
  const badges = await fuzzBadges();
  const tokens = [badges.jwtEs256, badges.jwtEdDsa];

  it('PNG: damaged bytes never throw and are never "verified" with anything but the issued credential', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.boolean(),
        fc.array(byteEdit, { minLength: 1, maxLength: 3 }),
        async (di, edits) => {
          const input = edits.reduce(applyByteEdit, di ? badges.pngDi : badges.pngJwt);
          const report = await verifyChecked('png-bytes', input, badges);
          tally('png-bytes', outcome(report));
        },
      ),
      params(140),
    );
  });

  it('PNG: extra chunks (second baked payloads, compressed, bad CRC, huge lengths, after IEND) keep the report honest', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.boolean(),
        fc.array(pngExtra(tokens), { minLength: 1, maxLength: 3 }),
        async (di, extras) => {
          const input = extras.reduce(withExtra, di ? badges.pngDi : badges.pngJwt);
          const report = await verifyChecked('png-chunks', input, badges);
          tally('png-chunks', outcome(report));
          if (report.verdict === 'verified') {
            // Several Open Badges chunks before IEND: the report says the others were not checked.
            expect(report.container.includes('other baked payload')).toBe(openBadgesChunks(input) > 1);
          }
        },
      ),
      params(100),
    );
  });

  it('SVG: damaged text never throws and is never "verified" with anything but the issued credential', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.boolean(),
        fc.array(stringEdit, { minLength: 1, maxLength: 3 }),
        async (di, edits) => {
          const input = edits.reduce(applyStringEdit, di ? badges.svgDi : badges.svgJwt);
          const report = await verifyChecked('svg-text', input, badges);
          tally('svg-text', outcome(report));
        },
      ),
      params(120),
    );
  });

  it('SVG: scripts, foreign objects, DTDs, entities, extra credential elements and deep nesting are inert', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.boolean(),
        fc.array(svgInsert, { minLength: 1, maxLength: 3 }),
        fc.option(fc.constantFrom(...SVG_PROLOGS), { nil: undefined }),
        async (di, inserts, prolog) => {
          const input = (prolog ?? '') + inserts.reduce(insertAtBoundary, di ? badges.svgDi : badges.svgJwt);
          const report = await verifyChecked('svg-markup', input, badges);
          tally('svg-markup', outcome(report));
          if (prolog?.includes('[')) expect(report.verdict).toBe('unreadable');
        },
      ),
      params(120),
    );
  });
});
