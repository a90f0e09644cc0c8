/**
 * Generated badge artwork: a hexagonal badge in the issuer's colour with the credential's
 * title, the issuer's name and a mark for each stack the credential belongs to. Used when a
 * credential has no artwork of its own, so the catalog and baked badges never show a blank.
 * Pure string building: runs at build time, in the issuing CLI and in the browser alike.
 */

export interface BadgeArt {
  title: string;
  issuer: string;
  /** Issuer colour as #rrggbb. */
  color: string;
  /** Short labels of the stacks the credential belongs to (at most three are drawn). */
  stacks?: readonly string[];
  /** Extra markup placed inside the root element, e.g. the baked credential. Must be trusted. */
  inner?: string;
}

export const escapeXml = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[ch] ?? ch,
  );

/** Greedy word wrap by an estimated character budget; long words are hyphen-split. */
export function wrap(text: string, perLine: number, maxLines: number): string[] {
  const words = text
    .trim()
    .split(/\s+/)
    .flatMap((w) =>
      w.length > perLine
        ? (w.match(new RegExp(`.{1,${perLine - 1}}`, 'g')) ?? [w]).map((p, i, a) =>
            i < a.length - 1 ? `${p}-` : p,
          )
        : [w],
    );
  const lines: string[] = [];
  let line = '';
  for (const w of words) {
    if (!line) line = w;
    else if (line.length + 1 + w.length <= perLine) line += ` ${w}`;
    else {
      lines.push(line);
      line = w;
    }
  }
  if (line) lines.push(line);
  if (lines.length > maxLines) {
    const kept = lines.slice(0, maxLines);
    const last = kept[maxLines - 1] ?? '';
    kept[maxLines - 1] = `${last.slice(0, Math.max(0, perLine - 1)).trimEnd()}…`;
    return kept;
  }
  return lines;
}

function shade(hex: string, amount: number): string {
  const n = Number.parseInt(hex.slice(1), 16);
  const ch = (shift: number) => {
    const v = (n >> shift) & 0xff;
    const t = amount < 0 ? 0 : 255;
    return Math.round(v + (t - v) * Math.abs(amount));
  };
  return `#${[16, 8, 0].map((s) => ch(s).toString(16).padStart(2, '0')).join('')}`;
}

/** A hexagon with rounded look, centred in a 400×400 box. */
const HEX = 'M200 14 L361 107 L361 293 L200 386 L39 293 L39 107 Z';

export function badgeSvg(art: BadgeArt): string {
  const color = /^#[0-9a-fA-F]{6}$/.test(art.color) ? art.color : '#334155';
  const dark = shade(color, -0.35);
  const light = shade(color, 0.18);
  const long = art.title.length > 34;
  const size = long ? 25 : 30;
  const lines = wrap(art.title, long ? 17 : 15, 4);
  const lineHeight = size * 1.15;
  const top = 196 - ((lines.length - 1) * lineHeight) / 2;
  const title = lines
    .map((l, i) => `<tspan x="200" y="${(top + i * lineHeight).toFixed(1)}">${escapeXml(l)}</tspan>`)
    .join('');
  const issuer = escapeXml(wrap(art.issuer, 26, 1)[0] ?? '');
  const stacks = (art.stacks ?? []).slice(0, 3);
  const marks = stacks
    .map((s, i) => {
      const x = 200 + (i - (stacks.length - 1) / 2) * 30;
      return `<g transform="translate(${x} 312)"><title>${escapeXml(`Part of the stack ${s}`)}</title><rect x="-10" y="-4" width="20" height="6" rx="2" fill="#fff" opacity=".95"/><rect x="-10" y="4" width="20" height="6" rx="2" fill="#fff" opacity=".75"/><rect x="-10" y="12" width="20" height="6" rx="2" fill="#fff" opacity=".55"/></g>`;
    })
    .join('');
  const label = `${art.title} — micro-credential issued by ${art.issuer}`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 400" width="400" height="400" role="img" aria-label="${escapeXml(label)}">`,
    `<title>${escapeXml(label)}</title>`,
    `<defs><linearGradient id="g" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${light}"/><stop offset="1" stop-color="${dark}"/></linearGradient></defs>`,
    `<path d="${HEX}" fill="url(#g)" stroke="${dark}" stroke-width="10" stroke-linejoin="round"/>`,
    `<path d="M200 40 L338 120 L338 280 L200 360 L62 280 L62 120 Z" fill="none" stroke="#fff" stroke-opacity=".35" stroke-width="2" stroke-linejoin="round"/>`,
    `<text x="200" y="98" text-anchor="middle" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif" font-size="15" font-weight="700" letter-spacing="3" fill="#fff" fill-opacity=".85">MICRO-CREDENTIAL</text>`,
    `<text text-anchor="middle" font-family="Georgia, 'Times New Roman', serif" font-size="${size}" font-weight="700" fill="#fff">${title}</text>`,
    `<path d="M84 ${stacks.length ? 262 : 276} H316" stroke="#fff" stroke-opacity=".4" stroke-width="1.5"/>`,
    `<text x="200" y="${stacks.length ? 288 : 304}" text-anchor="middle" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif" font-size="15" font-weight="600" fill="#fff">${issuer}</text>`,
    marks,
    art.inner ?? '',
    `</svg>`,
  ].join('');
}

/**
 * An issuer's own PNG artwork, wrapped as the credential's `badge.svg` (one stable badge URL
 * for every credential). The PNG is embedded as a data: URI, so the SVG needs nothing else.
 */
export function pngBadgeSvg(pngBase64: string, label: string, inner = ''): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 400" width="400" height="400" role="img" aria-label="${escapeXml(label)}">`,
    `<title>${escapeXml(label)}</title>`,
    `<image href="data:image/png;base64,${pngBase64}" x="0" y="0" width="400" height="400" preserveAspectRatio="xMidYMid meet"/>`,
    inner,
    `</svg>`,
  ].join('');
}
