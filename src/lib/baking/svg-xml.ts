/**
 * Writing XML safely: attribute escaping, CDATA sections, and the XML 1.0 `Char` production.
 *
 * @module
 */

const ATTRIBUTE_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  // Literal tab/CR/LF would be normalized to spaces by the reader (XML 1.0 §3.3.3).
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

/** Escape text for a double- or single-quoted XML attribute value so it reads back unchanged. */
export const escapeXmlAttribute = (value: string): string =>
  value.replace(/[&<>"'\t\n\r]/g, (ch) => ATTRIBUTE_ESCAPES[ch] ?? ch);

/** Wrap text in CDATA, splitting any `]]>` across two sections so it reads back unchanged. */
export const cdataSection = (text: string): string =>
  `<![CDATA[${text.replaceAll(']]>', ']]]]><![CDATA[>')}]]>`;

/** True when every character is allowed in an XML 1.0 document (production [2] `Char`). */
export const isXmlText = (text: string): boolean =>
  !/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u.test(text);
