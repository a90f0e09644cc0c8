/**
 * One strict pass over SVG text with `saxes` (well-formedness checking, non-validating, never
 * loads a DTD or an external entity) plus {@link NamespaceScope}, finding the OB 3.0
 * `credential` and OB 2.0 `assertion` elements by namespace URI, whatever their prefix
 * (Open Badges 3.0 and 2.0 baking). Linear in the input, however deep the nesting.
 *
 * @module
 */
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { BakingError } from './errors.ts';
import { NamespaceScope, splitQName } from './svg-namespaces.ts';
import type { BadgeVersion } from './types.ts';

/** OB 3.0 SVG namespace; element `credential`. */
export const OB3_NS = 'https://purl.imsglobal.org/ob/v3p0';
/** OB 2.0 SVG namespace; element `assertion`. */
export const OB2_NS = 'http://openbadges.org';

/**
 * Deepest element nesting accepted; libxml2's default limit. Bounds the parser's stack of
 * open elements, which would otherwise grow with the input (a 10 MiB file of `<g>`).
 */
export const MAX_DEPTH = 256;

/** A baked-payload element. */
export interface SvgHit {
  version: BadgeVersion;
  /** The element's name as written, e.g. `openbadges:credential`. */
  qname: string;
  /** The unprefixed `verify` attribute, if present. */
  verify: string | undefined;
  /** Text and CDATA content, up to the body cap. */
  body: string;
  /** True when the content was longer than the body cap (and was cut). */
  bodyOverflow: boolean;
}

/** The document element: what baking needs to edit it. */
export interface SvgRoot {
  qname: string;
  local: string;
  /** Index just after the `>` that ends its start tag. */
  startTagEnd: number;
  selfClosing: boolean;
  /** Value of its `xmlns:openbadges` attribute, if any. */
  openbadgesBinding: string | undefined;
}

export interface SvgScan {
  root: SvgRoot;
  /** First OB 3.0 element, and first OB 2.0 element, in document order. */
  ob3?: SvgHit;
  ob2?: SvgHit;
  /** All baked-payload elements, both versions. */
  count: number;
}

const versionOf = (uri: string, local: string): BadgeVersion | undefined =>
  uri === OB3_NS && local === 'credential'
    ? 'ob3'
    : uri === OB2_NS && local === 'assertion'
      ? 'ob2'
      : undefined;

/** True when a DOCTYPE declaration has an internal subset (`[...]` outside quoted literals). */
export function hasInternalSubset(doctype: string): boolean {
  let quote = '';
  for (const ch of doctype) {
    if (quote) {
      if (ch === quote) quote = '';
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '[') return true;
  }
  return false;
}

const parseError = (message: string, cause?: unknown) =>
  new BakingError(
    'SVG_PARSE',
    `The SVG is not acceptable XML: ${message}`,
    cause === undefined ? undefined : { cause },
  );

type Parser = SaxesParser<{ xmlns: false; position: true }>;

/** Mutable state of one scan. */
class Scanner {
  root: SvgRoot | undefined;
  ob3: SvgHit | undefined;
  ob2: SvgHit | undefined;
  count = 0;
  private depth = 0;
  private capture: { hit: SvgHit; depth: number } | undefined;
  private readonly scope = new NamespaceScope();
  private readonly parser: Parser;
  private readonly bodyCap: number;

  constructor(parser: Parser, bodyCap: number) {
    this.parser = parser;
    this.bodyCap = bodyCap;
  }

  openTagStart(): void {
    if (this.depth >= MAX_DEPTH) {
      throw new BakingError('SVG_TOO_LARGE', `The SVG nests elements deeper than ${MAX_DEPTH} levels`);
    }
  }

  openTag(tag: SaxesTagPlain): void {
    this.depth++;
    const { uri, local } = this.resolveElement(tag);
    if (!this.root) this.root = this.rootOf(tag, local);
    const version = versionOf(uri, local);
    if (!version) return;
    this.count++;
    if (this.capture || this[version]) return;
    const hit: SvgHit = {
      version,
      qname: tag.name,
      verify: tag.attributes['verify'],
      body: '',
      bodyOverflow: false,
    };
    this[version] = hit;
    this.capture = { hit, depth: this.depth };
  }

  closeTag(): void {
    if (this.capture?.depth === this.depth) this.capture = undefined;
    this.scope.leave();
    this.depth--;
  }

  characters(text: string): void {
    const hit = this.capture?.hit;
    if (!hit || hit.bodyOverflow) return;
    if (hit.body.length + text.length > this.bodyCap) hit.bodyOverflow = true;
    else hit.body += text;
  }

  /** Apply the element's namespace declarations and resolve its name; check attribute prefixes. */
  private resolveElement(tag: SaxesTagPlain): { uri: string; local: string } {
    const problem = this.scope.enter(tag.attributes);
    if (problem) throw this.fail(problem);
    const name = splitQName(tag.name);
    const uri = name && this.scope.resolve(name.prefix);
    if (!name || uri === undefined) throw this.fail(`unbound or invalid element name ${tag.name}`);
    for (const attribute of Object.keys(tag.attributes)) {
      const q = splitQName(attribute);
      if (!q || (q.prefix !== '' && q.prefix !== 'xmlns' && this.scope.resolve(q.prefix) === undefined)) {
        throw this.fail(`unbound or invalid attribute name ${attribute}`);
      }
    }
    return { uri, local: name.local };
  }

  private fail(message: string): BakingError {
    return parseError(`${this.parser.line}:${this.parser.column}: ${message}.`);
  }

  private rootOf(tag: SaxesTagPlain, local: string): SvgRoot {
    return {
      qname: tag.name,
      local,
      startTagEnd: this.parser.position,
      selfClosing: tag.isSelfClosing,
      openbadgesBinding: tag.attributes['xmlns:openbadges'],
    };
  }
}

/**
 * Parse `text` strictly and report the root element and the baked-payload elements.
 * A DOCTYPE may name an external DTD (it is never loaded); an internal subset is refused,
 * since it could declare entities, and any undeclared entity reference is a parse error.
 *
 * @param bodyCap Most characters of element content kept per hit.
 * @throws BakingError `SVG_PARSE`, or `SVG_TOO_LARGE` past {@link MAX_DEPTH}.
 */
export function scanSvg(text: string, bodyCap: number): SvgScan {
  const parser: Parser = new SaxesParser({ xmlns: false, position: true });
  const scanner = new Scanner(parser, bodyCap);
  parser.on('error', (err) => {
    throw parseError(err.message, err);
  });
  parser.on('doctype', (doctype) => {
    if (hasInternalSubset(doctype)) {
      throw parseError('a DOCTYPE with an internal subset (entity declarations) is not allowed');
    }
  });
  parser.on('opentagstart', () => scanner.openTagStart());
  parser.on('opentag', (tag) => scanner.openTag(tag));
  parser.on('closetag', () => scanner.closeTag());
  parser.on('text', (t) => scanner.characters(t));
  parser.on('cdata', (t) => scanner.characters(t));
  try {
    parser.write(text).close();
  } catch (err) {
    throw err instanceof BakingError
      ? err
      : parseError(err instanceof Error ? err.message : 'unknown error', err);
  }
  const { root, ob3, ob2, count } = scanner;
  if (!root) throw parseError('no root element');
  return { root, count, ...(ob3 && { ob3 }), ...(ob2 && { ob2 }) };
}
