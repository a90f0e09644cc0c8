/**
 * Reading a baked badge as any tool following Open Badges 3.0 "Baked Badge"
 * (https://www.imsglobal.org/spec/ob/v3p0/#baking) would, independently of this repository's
 * own reader: the PNG `iTXt` chunk keyed `openbadgecredential` (uncompressed), or the SVG
 * `<openbadges:credential>` element's text.
 */
export function unbakePng(png: Uint8Array): string {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  for (let at = 8; at + 8 <= png.length;) {
    const length = view.getUint32(at);
    const type = new TextDecoder('latin1').decode(png.subarray(at + 4, at + 8));
    const data = png.subarray(at + 8, at + 8 + length);
    if (type === 'iTXt') {
      const nul = data.indexOf(0);
      const keyword = new TextDecoder('latin1').decode(data.subarray(0, nul));
      if (keyword === 'openbadgecredential') {
        if (data[nul + 1] !== 0) throw new Error('compressed iTXt: not what the baking spec allows');
        // After keyword\0: compression flag, method, language tag\0, translated keyword\0, text.
        const lang = data.indexOf(0, nul + 3);
        const translated = data.indexOf(0, lang + 1);
        return new TextDecoder().decode(data.subarray(translated + 1));
      }
    }
    at += 12 + length;
  }
  throw new Error('no openbadgecredential iTXt chunk');
}

const unescapeXml = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&')
    .trim();

/** A VC-JWT is baked in the element's `verify` attribute; a JSON credential as its text. */
export function unbakeSvg(svg: string): string {
  const jwt = /<openbadges:credential\s[^>]*?\bverify="([^"]*)"/.exec(svg)?.[1];
  if (jwt) return unescapeXml(jwt);
  const m =
    /<openbadges:credential(?:\s[^>]*)?>\s*(?:<!\[CDATA\[([\s\S]*?)\]\]>|([^<]*))\s*<\/openbadges:credential>/.exec(
      svg,
    );
  const text = m?.[1] ?? m?.[2];
  if (!text?.trim()) throw new Error('no <openbadges:credential> element with a credential');
  return unescapeXml(text);
}
