/**
 * Baked SVG badges: read the OB 3.0 `<credential>` (namespace
 * `https://purl.imsglobal.org/ob/v3p0`) or OB 2.0 `<assertion>` (`http://openbadges.org`)
 * element, and bake an OB 3.0 credential (Open Badges 3.0 and 2.0 baking). The SVG is only parsed,
 * never rendered: scripts, `foreignObject`, stylesheets and DTDs are inert text here.
 *
 * @module
 */
import { bakeableForm, classify } from './classify.ts';
import { BakingError } from './errors.ts';
import { DEFAULT_MAX_TEXT_BYTES, resolveLimits, type Limits } from './limits.ts';
import { OB3_NS, scanSvg, type SvgHit } from './svg-scan.ts';
import { cdataSection, escapeXmlAttribute, isXmlText } from './svg-xml.ts';
import { trimXmlSpace, utf8Exceeds } from './text.ts';
import type { Baked } from './types.ts';

/**
 * Pick the payload of an element. OB 3.0: `verify` holds a JWS, else the body holds JSON.
 * OB 2.0: a body is the assertion JSON, else `verify` holds a JWS or a hosted-assertion URL.
 */
function payloadOf(hit: SvgHit): { raw: string; location: string; overflow: boolean } {
  const verify = trimXmlSpace(hit.verify ?? '');
  const body = { raw: hit.body, location: `<${hit.qname}> body`, overflow: hit.bodyOverflow };
  const attr = { raw: verify, location: `<${hit.qname}> verify attribute`, overflow: false };
  const bodyEmpty = !hit.bodyOverflow && trimXmlSpace(hit.body) === '';
  if (hit.version === 'ob3') return verify ? attr : body;
  return bodyEmpty && verify ? attr : body;
}

/**
 * Read the Open Badges payload baked into an SVG document.
 *
 * Parses strictly (well-formed XML, namespaces resolved, no DTD internal subset, nothing
 * fetched). The first OB 3.0 `credential` element wins, else the first OB 2.0 `assertion`;
 * any prefix may be bound to those namespaces. Other such elements are counted in `extra`.
 *
 * @example
 * ```ts
 * const baked = extractFromSvg(await file.text());
 * ```
 * @throws BakingError `SVG_TOO_LARGE` (bytes, or nesting past 256), `SVG_PARSE`, `NOT_BAKED`, `PAYLOAD_TOO_LARGE` or
 *   `PAYLOAD_INVALID`.
 */
export function extractFromSvg(text: string, limits?: Limits): Baked {
  if (typeof text !== 'string') throw new TypeError('extractFromSvg expects a string');
  const { maxBytes, maxTextBytes } = resolveLimits(limits);
  if (utf8Exceeds(text, maxBytes)) {
    throw new BakingError('SVG_TOO_LARGE', `The SVG is over the ${maxBytes}-byte limit`);
  }
  const found = scanSvg(text, maxTextBytes);
  const hit = found.ob3 ?? found.ob2;
  if (!hit)
    throw new BakingError('NOT_BAKED', 'The SVG holds no Open Badges credential or assertion element');
  const { raw, location, overflow } = payloadOf(hit);
  const payload = trimXmlSpace(raw);
  if (overflow || utf8Exceeds(payload, maxTextBytes)) {
    throw new BakingError(
      'PAYLOAD_TOO_LARGE',
      `The ${location} payload is over the ${maxTextBytes}-byte limit`,
    );
  }
  if (!payload) throw new BakingError('PAYLOAD_INVALID', `The ${location} is empty`);
  return {
    kind: classify(payload, hit.version, location),
    text: payload,
    container: 'svg',
    location,
    extra: found.count - 1,
  };
}

const OB3_DECLARATION = ` xmlns:openbadges="${escapeXmlAttribute(OB3_NS)}"`;

/** The `<openbadges:credential>` element for `payload`; `localDeclaration` binds the prefix on it. */
function credentialElement(payload: string, form: 'jws' | 'json', localDeclaration: string): string {
  const open = `<openbadges:credential${localDeclaration}`;
  return form === 'jws'
    ? `${open} verify="${escapeXmlAttribute(payload)}"></openbadges:credential>`
    : `${open}>${cdataSection(payload)}</openbadges:credential>`;
}

function checkPayload(payload: string): 'jws' | 'json' {
  const form = bakeableForm(payload);
  if (utf8Exceeds(payload, DEFAULT_MAX_TEXT_BYTES)) {
    throw new BakingError(
      'PAYLOAD_TOO_LARGE',
      `The payload is over the ${DEFAULT_MAX_TEXT_BYTES}-byte limit`,
    );
  }
  if (!isXmlText(payload))
    throw new BakingError('PAYLOAD_INVALID', 'The payload has characters that XML 1.0 does not allow');
  return form;
}

/**
 * Bake an OB 3.0 payload into an SVG (Open Badges 3.0 "Baked Badge"): bind
 * `xmlns:openbadges="https://purl.imsglobal.org/ob/v3p0"` on `<svg>` and put an
 * `<openbadges:credential>` element directly after the `<svg ...>` start tag, with a compact
 * JWS in its `verify` attribute or credential JSON in a CDATA body. The rest of the text is
 * left byte for byte. If the root already binds `openbadges` to another namespace, the binding
 * is declared on the new element instead.
 *
 * @example
 * ```ts
 * const baked = bakeSvg(templateSvg, jwt);
 * ```
 * @throws BakingError `SVG_PARSE` (not well-formed, or the root is not `svg`), `DUPLICATE` if
 *   already baked (OB 3.0 or 2.0), `PAYLOAD_INVALID` / `PAYLOAD_TOO_LARGE` (1 MiB).
 */
export function bakeSvg(svg: string, payload: string): string {
  return svgBaker(svg)(payload);
}

/**
 * {@link bakeSvg} for many payloads into one SVG: the SVG is parsed and checked once, here; each
 * call then only checks its payload and writes the element in (a batch bakes the same artwork).
 *
 * @throws BakingError as {@link bakeSvg}: SVG problems here, payload problems from each call.
 */
export function svgBaker(svg: string): (payload: string) => string {
  if (typeof svg !== 'string') throw new TypeError('bakeSvg expects a string');
  const found = scanSvg(svg, 0);
  const existing = found.ob3 ?? found.ob2;
  if (existing) throw new BakingError('DUPLICATE', `The SVG is already baked (<${existing.qname}>)`);
  const { root } = found;
  if (root.local !== 'svg')
    throw new BakingError('SVG_PARSE', `The root element is <${root.qname}>, not <svg>`);
  const bound = root.openbadgesBinding;
  const onRoot = bound === undefined ? OB3_DECLARATION : '';
  const local = bound === undefined || bound === OB3_NS ? '' : OB3_DECLARATION;
  const closer = root.selfClosing ? 2 : 1; // `/>` or `>`
  const tagBody = root.startTagEnd - closer;
  if (svg.slice(tagBody, root.startTagEnd) !== (root.selfClosing ? '/>' : '>')) {
    throw new BakingError('SVG_PARSE', 'Could not locate the end of the <svg> start tag');
  }
  const before = `${svg.slice(0, tagBody)}${onRoot}>`;
  const after = `${root.selfClosing ? `</${root.qname}>` : ''}${svg.slice(root.startTagEnd)}`;
  return (payload) => `${before}${credentialElement(payload, checkPayload(payload), local)}${after}`;
}
