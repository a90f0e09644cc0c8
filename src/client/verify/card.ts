/**
 * The result card: what the badge says, headed by what was proven. Until the signature, the key
 * and the issuer all hold (`report.confirmed`), every field is headed "What the badge claims (not
 * confirmed)", no image is shown and nothing links to the catalog: a forged or look-alike badge
 * never borrows the catalog's artwork or name. A verified card adds what a principal needs: hours
 * and CEUs, the quality review, the stacks it belongs to, and a prompt to check the earner's email.
 * Every string from the badge is set as text, inside <bdi>.
 */
import type { Report } from '../../lib/verify/report.ts';
import { FORMAT_LABELS } from '../../lib/verify/report.ts';
import { el, localize } from './dom.ts';

const QUALITY: Record<'meets' | 'gaps' | 'not-reviewed', string> = {
  meets: 'Meets every quality standard of this catalog',
  gaps: 'Reviewed against the quality standards, with gaps',
  'not-reviewed': 'Not yet reviewed against the quality standards',
};

const number = (n: number) => new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 }).format(n);

function fmtDate(s: string | undefined): string | undefined {
  if (!s) return undefined;
  const t = Date.parse(s);
  return Number.isFinite(t)
    ? new Intl.DateTimeFormat(undefined, { dateStyle: 'long', timeZone: 'UTC' }).format(t)
    : s;
}

/** Facts only a verified badge earns: what the catalog says of the credential it is. */
function principalFacts(r: Report, site: string, base: string): HTMLElement | undefined {
  const c = r.catalog.credential;
  if (r.verdict !== 'verified' || !c) return undefined;
  const facts = el('dl', { class: 'badge-facts' });
  const fact = (term: string, value: Node | string | undefined) => {
    if (value) facts.append(el('dt', {}, term), el('dd', {}, value));
  };
  if (c.hours !== undefined)
    fact(
      'Hours',
      `${number(c.hours)} hours${c.ceus !== undefined ? ` · ${number(c.ceus)} CEUs (1 CEU per 10 hours)` : ''}`,
    );
  if (c.quality) fact('Quality review', QUALITY[c.quality]);
  const stacks = (c.stacks ?? []).map((s) => {
    const href = localize(s.page, site, base);
    return href ? el('a', { href }, s.title) : el('span', {}, s.title);
  });
  if (stacks.length) {
    const list = el('span', {});
    stacks.forEach((s, i) => list.append(...(i ? [', ', s] : [s])));
    fact(stacks.length === 1 ? 'Part of the stack' : 'Part of the stacks', list);
  }
  const emailRow = r.checks.find((x) => x.id === 'recipient');
  const prompt =
    emailRow?.status === 'skip'
      ? el(
          'p',
          { class: 'email-prompt' },
          el('strong', {}, 'Is this badge theirs? '),
          'Type the earner’s email address above and verify again: the badge names its earner only by a hashed address.',
        )
      : undefined;
  return el('div', { class: 'principal' }, el('h4', {}, 'From this catalog'), facts, prompt);
}

export function card(r: Report, site: string, base: string): HTMLElement {
  const s = r.summary;
  const confirmed = r.confirmed;
  const image = !confirmed
    ? undefined
    : s.image?.startsWith('data:image/')
      ? s.image
      : s.image
        ? localize(s.image, site, base)
        : undefined;
  const facts = el('dl', { class: 'badge-facts' });
  // Badge text sits in <bdi>, so a right-to-left override inside it cannot reorder the page around it.
  const fact = (term: string, value: string | undefined) => {
    if (value) facts.append(el('dt', {}, term), el('dd', {}, el('bdi', {}, value)));
  };
  fact('Issued by', s.issuerName ?? s.issuerId);
  if (!confirmed && s.issuerId && s.issuerName) fact('Issuer id', s.issuerId);
  fact('Awarded to', s.recipient);
  fact('Valid from', fmtDate(s.validFrom));
  fact('Valid until', fmtDate(s.validUntil));
  fact('Format', `${FORMAT_LABELS[r.format]}, found in the ${r.container}`);
  const catalogLink =
    confirmed && r.catalog.credential ? localize(r.catalog.credential.page, site, base) : undefined;
  return el(
    'article',
    {
      class: `badge-card ${confirmed ? 'badge-confirmed' : 'badge-unconfirmed'}`,
      'data-confirmed': String(confirmed),
    },
    image
      ? el('img', {
          src: image,
          alt: s.name ? `Badge image for ${s.name}` : 'Badge image',
          width: '120',
          height: '120',
        })
      : el('div', { class: 'badge-placeholder', 'aria-hidden': 'true' }, '?'),
    el(
      'div',
      {},
      el(
        'p',
        { class: 'card-claims' },
        confirmed ? 'Confirmed by its signature and this catalog' : 'What the badge claims (not confirmed)',
      ),
      el('h3', { class: 'badge-name' }, el('bdi', {}, s.name ?? s.achievementName ?? 'Unnamed badge')),
      s.description ? el('p', { class: 'badge-description' }, el('bdi', {}, s.description)) : undefined,
      facts,
      principalFacts(r, site, base),
      catalogLink && r.catalog.credential
        ? el('p', {}, el('a', { href: catalogLink }, `See “${r.catalog.credential.title}” in the catalog`))
        : undefined,
    ),
  );
}
