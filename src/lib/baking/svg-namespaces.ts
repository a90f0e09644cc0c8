/**
 * XML namespace scoping (Namespaces in XML 1.0, §5–§6) with O(1) look-ups. `saxes` can do
 * this itself (`xmlns: true`), but it resolves each prefix by walking the whole stack of open
 * elements, which makes a deeply nested hostile SVG cost O(elements × depth): 100 000 nested
 * `<g>` took over a minute. Here each prefix has its own stack of bindings.
 *
 * @module
 */

export const XML_NS = 'http://www.w3.org/XML/1998/namespace';
const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';

/** A qualified name split at its colon; `undefined` if not a valid QName (e.g. `a:b:c`, `:a`). */
export function splitQName(name: string): { prefix: string; local: string } | undefined {
  const colon = name.indexOf(':');
  if (colon < 0) return { prefix: '', local: name };
  if (colon === 0 || colon === name.length - 1 || name.indexOf(':', colon + 1) >= 0) return undefined;
  return { prefix: name.slice(0, colon), local: name.slice(colon + 1) };
}

/** In-scope namespace bindings while walking a document. Errors are returned as messages. */
export class NamespaceScope {
  /** Prefix (`''` = default namespace) → stack of URIs, innermost last. `''` URI = none. */
  private readonly bindings = new Map<string, string[]>([['xml', [XML_NS]]]);
  /** For each open element, the prefixes it declared. */
  private readonly declared: string[][] = [];

  /**
   * Enter an element: apply its `xmlns` / `xmlns:p` attributes.
   * @returns an error message when a declaration breaks the Namespaces rules, else `undefined`.
   */
  enter(attributes: Record<string, string>): string | undefined {
    const mine: string[] = [];
    this.declared.push(mine);
    for (const [name, value] of Object.entries(attributes)) {
      const prefix = name === 'xmlns' ? '' : name.startsWith('xmlns:') ? name.slice(6) : undefined;
      if (prefix === undefined) continue;
      const problem = checkDeclaration(prefix, value);
      if (problem) return problem;
      mine.push(prefix);
      const stack = this.bindings.get(prefix);
      if (stack) stack.push(value);
      else this.bindings.set(prefix, [value]);
    }
    return undefined;
  }

  /** Leave the innermost element, dropping its declarations. */
  leave(): void {
    for (const prefix of this.declared.pop() ?? []) this.bindings.get(prefix)?.pop();
  }

  /** URI bound to `prefix` (`''` for the default namespace: `''` when none), or `undefined` if unbound. */
  resolve(prefix: string): string | undefined {
    const stack = this.bindings.get(prefix);
    const uri = stack?.[stack.length - 1];
    if (prefix === '') return uri ?? '';
    return uri === undefined || uri === '' ? undefined : uri;
  }
}

function checkDeclaration(prefix: string, value: string): string | undefined {
  if (prefix === 'xmlns') return 'the xmlns prefix cannot be declared';
  if (prefix === 'xml' && value !== XML_NS) return 'the xml prefix cannot be rebound';
  if (prefix !== 'xml' && value === XML_NS) return 'the XML namespace cannot be bound to another prefix';
  if (value === XMLNS_NS) return 'the xmlns namespace cannot be declared';
  if (prefix !== '' && value === '') return `the prefix ${prefix} cannot be undeclared`;
  if (prefix.includes(':')) return `invalid namespace prefix ${prefix}`;
  return undefined;
}
