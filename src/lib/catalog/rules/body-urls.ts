/**
 * What a body's images and links may point at, beyond their scheme (markup/url-safety.ts):
 * - no images at all: a file path would be read by the build, and an image from another site
 *   is blocked by the site's Content-Security-Policy (`img-src 'self'`, src/lib/csp.ts), so it
 *   would pass the check and then show broken;
 * - no protocol-relative links (`//evil.example/…`): they leave the site while reading like a
 *   path on it.
 */
import { isWebUrl, offSiteHost } from '../markup/url-safety.ts';

export interface Finding {
  message: string;
  hint: string;
}

const preview = (s: string, max = 60) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);

const IMAGE_HINT =
  "Set the credential's artwork with the image field; link to other pictures instead of showing them.";

/** Why a body may not show this image (every image is refused; the reason depends on where it is). */
export function bodyImageFinding(url: string): Finding {
  const host = offSiteHost(url);
  if (host !== undefined || isWebUrl(url))
    return {
      message: `shows the image "${preview(url)}" from ${host ?? 'another site'}: the site's Content-Security-Policy lets pages load images only from the site itself (img-src 'self'), so it would show as broken`,
      hint: IMAGE_HINT,
    };
  return {
    message: `shows the image "${preview(url)}", a file path`,
    hint: `The site would read that file while it builds. ${IMAGE_HINT}`,
  };
}

/** A problem for a protocol-relative link, or undefined for any other link. */
export function protocolRelativeFinding(url: string, what: string): Finding | undefined {
  const host = offSiteHost(url);
  if (host === undefined || isWebUrl(url)) return undefined;
  return {
    message: `${what} "${preview(url)}", a protocol-relative address: it leads to ${host}, another site, while reading like a path on this one`,
    hint: `Write the address in full, e.g. "https://${host}/…", so readers and reviewers see where it goes.`,
  };
}
