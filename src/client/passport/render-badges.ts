/**
 * The badges of a passport, grouped by issuer, one compact row each: the verdict, what the badge
 * is, and whether it counts (and if not, why). Badge text is shown with textContent only; links
 * go only to this catalog's own pages.
 */
import type { BadgeLine } from '../../lib/passport/badges.ts';
import type { Passport } from '../../lib/passport/summary.ts';
import { el, localize } from '../verify/dom.ts';

export interface Where {
  site: string;
  base: string;
}

const ICON: Record<BadgeLine['verdict'], string> = {
  verified: '✓',
  warnings: '!',
  unverified: '?',
  invalid: '✗',
  unreadable: '✗',
};

const day = (iso: string | undefined) =>
  iso && /^\d{4}-\d{2}-\d{2}/.test(iso) ? iso.slice(0, 10) : undefined;

function title(b: BadgeLine, where: Where): HTMLElement {
  const name = b.credential?.title ?? b.name ?? b.source;
  const local = b.credential ? localize(b.credential.page, where.site, where.base) : undefined;
  const head = el(
    'span',
    { class: 'pp-badge-title' },
    local ? el('a', { href: local }, name) : el('bdi', {}, name),
  );
  if (b.credential) head.append(el('span', { class: 'print-only pp-url' }, ` ${b.credential.page}`));
  return head;
}

function row(b: BadgeLine, where: Where): HTMLLIElement {
  const facts = [
    b.recipient ? `to ${b.recipient}` : undefined,
    day(b.issued) ? `issued ${day(b.issued)}` : undefined,
    b.counted && b.hours !== undefined ? `${b.hours} h` : undefined,
  ].filter((x): x is string => x !== undefined);
  const li = el(
    'li',
    {
      class: `pp-badge pp-${b.verdict}${b.counted ? ' pp-counted' : ''}`,
      id: `pp-badge-${b.n}`,
      'data-badge': String(b.n),
      'data-verdict': b.verdict,
    },
    el(
      'span',
      { class: 'pp-verdict' },
      el('span', { 'aria-hidden': 'true' }, ICON[b.verdict]),
      ` ${b.verdictLabel}`,
    ),
    el('span', { class: 'pp-n' }, `${b.n}.`),
    title(b, where),
  );
  // Until the signature, key and issuer check out, the earner and dates are only claims (as on the card).
  const said = facts.join(' · ');
  if (!b.issuer.confirmed)
    li.append(
      el(
        'span',
        { class: 'pp-facts' },
        said ? 'What the badge claims (not confirmed): ' : 'Nothing in it is confirmed by this catalog.',
        el('bdi', {}, said),
      ),
    );
  else if (said)
    li.append(el('span', { class: 'pp-facts' }, el('bdi', {}, said[0]?.toUpperCase() + said.slice(1))));
  if (b.reason) li.append(el('span', { class: 'pp-reason' }, b.reason));
  if (b.recipientMatch === 'match')
    li.append(el('span', { class: 'pp-facts' }, 'Awarded to the email typed.'));
  if (b.recipientMatch === 'unknown')
    li.append(el('span', { class: 'pp-facts' }, 'Names its earner without an email: not compared.'));
  if (b.holder)
    li.append(
      el('span', { class: `pp-holder pp-holder-${b.holder.state}` }, el('bdi', {}, b.holder.message)),
    );
  return li;
}

export function badgesSection(p: Passport, where: Where): HTMLElement {
  const section = el(
    'section',
    { class: 'pp-section', 'aria-labelledby': 'pp-badges' },
    el('h3', { id: 'pp-badges' }, 'Badges'),
  );
  for (const g of p.groups) {
    section.append(
      el(
        'h4',
        { class: 'pp-issuer' },
        el('bdi', {}, g.issuer.name),
        g.issuer.confirmed ? '' : el('span', { class: 'muted' }, ' (as the badges claim; not confirmed)'),
      ),
      el('ul', { class: 'pp-badges' }, ...g.badges.map((b) => row(b, where))),
    );
  }
  return section;
}

const KIND: Record<Exclude<BadgeLine['leftOut'], 'verdict' | undefined>, string> = {
  duplicate: 'Counted already (the same credential as an earlier badge)',
  'other-email': 'Awarded to another email address than the one typed',
  'other-earner': 'Awarded to another earner',
};

/**
 * What was left out, and why, in one place: badges grouped by their verdict or by what left a
 * verified badge out, each a link to its row, where the reason is said in full.
 */
export function leftOutSection(p: Passport): HTMLElement | undefined {
  const out = p.badges.filter((b) => !b.counted);
  if (!out.length) return undefined;
  const groups = new Map<string, BadgeLine[]>();
  for (const b of out) {
    const kind = b.leftOut && b.leftOut !== 'verdict' ? KIND[b.leftOut] : b.verdictLabel;
    groups.set(kind, [...(groups.get(kind) ?? []), b]);
  }
  return el(
    'section',
    { class: 'pp-section', 'aria-labelledby': 'pp-left-out' },
    el('h3', { id: 'pp-left-out' }, `Left out (${out.length})`),
    el(
      'p',
      { class: 'pp-intro' },
      'Only verified badges count toward stacks, hours and credit, each credential once. Each badge’s row says why in full.',
    ),
    el(
      'ul',
      { class: 'pp-left' },
      ...[...groups].map(([kind, badges]) =>
        el(
          'li',
          {},
          el('strong', {}, `${kind}: `),
          ...badges.flatMap((b, i) => [i ? ', ' : '', el('a', { href: `#pp-badge-${b.n}` }, `badge ${b.n}`)]),
          '.',
        ),
      ),
    ),
  );
}
