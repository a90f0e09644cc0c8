/**
 * "Share this badge" on a verified card: the public verify link and "Add to LinkedIn". Only when
 * the verdict is `verified` and the card is confirmed (report.ts, `verdictOf` and `confirmedBy`),
 * and only with names the catalog publishes (never the badge's own claims).
 */
import { linkedInAddLink, verifyLink } from '../../lib/share/badge-links.ts';
import type { Report } from '../../lib/verify/report.ts';
import { el } from './dom.ts';

export function shareLinks(r: Report, badgeText: string | undefined, site: string): HTMLElement | undefined {
  const credential = r.catalog.credential;
  const issuer = r.catalog.issuer;
  if (r.verdict !== 'verified' || !r.confirmed || !badgeText || !credential || !issuer) return undefined;
  const link = verifyLink(site, badgeText);
  const id =
    typeof r.credential === 'object' && r.credential !== null
      ? (r.credential as { id?: unknown }).id
      : undefined;
  const linkedIn = linkedInAddLink({
    name: credential.title,
    organization: issuer.name,
    issued: r.summary.validFrom,
    expires: r.summary.validUntil,
    url: link,
    id: typeof id === 'string' ? id : undefined,
  });
  const copy = el('button', { type: 'button', class: 'share-copy' }, 'Copy the verify link');
  const said = el('span', { role: 'status', class: 'share-said' });
  copy.addEventListener('click', () => {
    void Promise.resolve(navigator.clipboard?.writeText(link))
      .then(() => (said.textContent = 'Copied.'))
      .catch(() => (said.textContent = 'Could not copy; use the link itself.'));
  });
  return el(
    'section',
    { class: 'share-links', 'aria-labelledby': 'share-heading' },
    el('h4', { id: 'share-heading' }, 'Share this badge'),
    el(
      'ul',
      {},
      el(
        'li',
        {},
        el('a', { href: link, 'data-share': 'verify' }, 'Public verify link'),
        ' ',
        copy,
        ' ',
        said,
      ),
      el(
        'li',
        {},
        el(
          'a',
          { href: linkedIn, 'data-share': 'linkedin', rel: 'noopener noreferrer', target: '_blank' },
          'Add to LinkedIn profile',
          el('span', { class: 'sr-only' }, ' (opens LinkedIn in a new tab)'),
        ),
      ),
    ),
    el(
      'p',
      { class: 'share-note' },
      'The link carries the badge itself after “#”, which is never sent to a server: nothing is stored, and anyone who opens it checks the badge again.',
    ),
  );
}
