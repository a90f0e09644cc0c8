/**
 * Links a verified badge's holder can share: a public verify link (the catalog's /verify/ page
 * with the badge itself in the URL fragment, which browsers never send to a server, so nothing
 * is stored anywhere) and LinkedIn's "Add license or certification" link, which fills the form
 * on the holder's profile and points back to that verify link
 * (https://addtoprofile.linkedin.com/, "Add to Profile" parameters).
 */
import { paths } from '../catalog/urls.ts';

/** The stable public verify link for a badge's text (a VC-JWT, or the signed JSON). */
export function verifyLink(site: string, badgeText: string): string {
  const root = site.endsWith('/') ? site : `${site}/`;
  return `${new URL(paths.verify().slice(1), root).href}#badge=${encodeURIComponent(badgeText.trim())}`;
}

export interface LinkedInCertification {
  /** The credential's title, as the catalog publishes it. */
  name: string;
  /** The issuer's name, as the catalog publishes it. */
  organization: string;
  issued?: string | undefined;
  expires?: string | undefined;
  /** Where anyone can check it: the public verify link. */
  url: string;
  /** The credential's id (its urn:uuid). */
  id?: string | undefined;
}

const yearMonth = (iso: string | undefined) => {
  const t = iso ? Date.parse(iso) : Number.NaN;
  if (!Number.isFinite(t)) return undefined;
  const d = new Date(t);
  return { year: String(d.getUTCFullYear()), month: String(d.getUTCMonth() + 1) };
};

export function linkedInAddLink(c: LinkedInCertification): string {
  const q = new URLSearchParams({
    startTask: 'CERTIFICATION_NAME',
    name: c.name,
    organizationName: c.organization,
  });
  const issued = yearMonth(c.issued);
  if (issued) {
    q.set('issueYear', issued.year);
    q.set('issueMonth', issued.month);
  }
  const expires = yearMonth(c.expires);
  if (expires) {
    q.set('expirationYear', expires.year);
    q.set('expirationMonth', expires.month);
  }
  q.set('certUrl', c.url);
  if (c.id) q.set('certId', c.id);
  return `https://www.linkedin.com/profile/add?${q.toString()}`;
}
