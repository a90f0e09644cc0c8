/**
 * What a browser would make of a URL written in content: its scheme after the same clean-up a
 * browser does (tabs, newlines and control characters dropped), plus what an attacker hides
 * behind (character references, already decoded by the parser; percent-escapes; invisible
 * and full-width characters). `JaVaScRiPt&#58;`, `java&#x09;script:` and `ｊａｖａｓｃｒｉｐｔ:`
 * all come out as "javascript".
 */

/** Schemes that run code or smuggle a whole document into a link or image. */
export const DANGEROUS_SCHEMES = ['javascript', 'vbscript', 'data'] as const;

/** Schemes content may link to. Anything else (file:, ftp:, chrome:…) is refused too. */
export const ALLOWED_SCHEMES = ['http', 'https', 'mailto', 'tel'] as const;

const strip = (s: string) => s.replace(/[\u0000-\u0020\u007f-\u009f]/g, '').replace(/\p{Cf}/gu, '');

/** The lower-case scheme a URL would be read with, or undefined for a relative URL. */
export function urlScheme(raw: string): string | undefined {
  let s = strip(raw.normalize('NFKC'));
  s = strip(
    s.replace(/%([0-9a-f]{2})/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16))).normalize('NFKC'),
  );
  const m = /^([a-z][a-z0-9+.-]*):/i.exec(s);
  return m?.[1]?.toLowerCase();
}

export type UrlVerdict = { ok: true } | { ok: false; scheme: string; dangerous: boolean };

export function judgeUrl(raw: string): UrlVerdict {
  const scheme = urlScheme(raw);
  if (scheme === undefined || (ALLOWED_SCHEMES as readonly string[]).includes(scheme)) return { ok: true };
  return { ok: false, scheme, dangerous: (DANGEROUS_SCHEMES as readonly string[]).includes(scheme) };
}

/** True for an absolute http(s) URL: the only kind of image a body may show. */
export const isWebUrl = (raw: string) => {
  const scheme = urlScheme(raw);
  return scheme === 'http' || scheme === 'https';
};

/**
 * The host a URL leads to when it is not on this site: a full http(s) URL's host, or the host of
 * a protocol-relative one (`//evil.example/…`; browsers also read `\\` and `/\` that way).
 * Undefined for paths, fragments and other schemes.
 */
export function offSiteHost(raw: string): string | undefined {
  const s = strip(raw.normalize('NFKC'));
  const relative = /^[\\/]{2}([^\\/?#]*)/.exec(s);
  if (relative) return relative[1] || 'another site';
  if (!isWebUrl(raw)) return undefined;
  try {
    return new URL(s).host || undefined;
  } catch {
    return undefined;
  }
}
