/**
 * Draws a passport: the record's heading (what was checked, against which catalog, when), the
 * totals of what counts, callouts (different earners, presentations), then badges, stacks, what
 * it is worth, what was left out, and how to take it away. The print stylesheet turns the same
 * section into a one-page record.
 */
import { formatCeus, formatHours } from '../../lib/catalog/ceu.ts';
import type { Passport } from '../../lib/passport/summary.ts';
import type { VerifiedSet } from '../../lib/passport/verify-set.ts';
import { el } from '../verify/dom.ts';
import { badgesSection, leftOutSection, type Where } from './render-badges.ts';
import { stacksSection } from './render-stacks.ts';
import { worthSection } from './render-worth.ts';
import { takeAwaySection } from './take-away.ts';

const PROOF: Record<Passport['presentations'][number]['proof'], string> = {
  valid: 'The holder’s signature is valid',
  missing: 'Not signed by its holder',
  invalid: 'The holder’s signature is not valid',
  unchecked: 'The holder’s signature could not be checked',
};

function totals(p: Passport): HTMLElement {
  const t = p.totals;
  return el(
    'dl',
    { class: 'pp-totals' },
    el('div', {}, el('dt', {}, 'Verified credentials'), el('dd', {}, String(t.credentials))),
    el('div', {}, el('dt', {}, 'Hours'), el('dd', {}, formatHours(t.hours))),
    el('div', {}, el('dt', {}, 'CEUs'), el('dd', {}, formatCeus(t.ceus))),
    el('div', {}, el('dt', {}, 'Stacks complete'), el('dd', {}, String(p.completedStacks.length))),
  );
}

/** Badges of different earners: said, with one button per earner for that educator's own record. */
function earnersCallout(p: Passport, onEarner: (earner: string | undefined) => void): HTMLElement {
  const button = (label: string, earner: string | undefined) => {
    const b = el('button', { type: 'button', class: 'secondary' }, label);
    b.addEventListener('click', () => onEarner(earner));
    return b;
  };
  return el(
    'div',
    { class: 'callout warn no-print', 'data-callout': 'earners' },
    el(
      'p',
      {},
      el('strong', {}, 'These badges were awarded to different people: '),
      el(
        'bdi',
        {},
        p.earners
          .map((e) => `${e.label} (badge${e.badges.length === 1 ? '' : 's'} ${e.badges.join(', ')})`)
          .join('; '),
      ),
      '. Type the educator’s email above, or make one educator’s record (one page each when printed):',
    ),
    el(
      'div',
      { class: 'verify-actions' },
      ...p.earners.map((e) => button(`${e.label}’s record`, e.label)),
      ...(p.educator ? [button('All badges', undefined)] : []),
    ),
  );
}

function callouts(p: Passport, onEarner: (earner: string | undefined) => void): HTMLElement[] {
  const out: HTMLElement[] = [];
  if (p.earners.length > 1) out.push(earnersCallout(p, onEarner));
  // Only a verified badge's recipient is confirmed; the others are left out anyway.
  const other = p.badges.filter((b) => b.recipientMatch === 'other' && b.verdict === 'verified');
  if (other.length)
    out.push(
      el(
        'p',
        { class: 'callout warn', 'data-callout': 'email' },
        `${other.length} badge${other.length === 1 ? ' was' : 's were'} awarded to another email address than the one typed: ${other.map((b) => b.n).join(', ')}. They are not counted.`,
      ),
    );
  for (const v of p.presentations)
    out.push(
      el(
        'div',
        { class: `callout${v.proof === 'valid' ? '' : ' warn'}`, 'data-presentation': v.source },
        el(
          'p',
          {},
          el('strong', {}, 'Presentation '),
          el('bdi', {}, v.source),
          `: ${PROOF[v.proof]}.`,
          v.holder ? el('bdi', {}, ` Holder: ${v.holder}.`) : '',
        ),
        el(
          'ul',
          { class: 'pp-rows' },
          ...v.rows
            .filter((r) => r.status !== 'skip')
            .map((r) => el('li', {}, `${r.title}: `, el('bdi', {}, r.message))),
        ),
      ),
    );
  return out;
}

export function renderPassport(
  root: HTMLElement,
  p: Passport,
  set: VerifiedSet,
  where: Where,
  onEarner: (earner: string | undefined) => void,
): void {
  // The record is one educator's: named when chosen, or when the verified badges name one earner.
  const heading = el(
    'h2',
    { id: 'passport-heading', tabindex: '-1' },
    'Professional learning record',
    p.educator ? el('bdi', {}, `: ${p.educator}`) : '',
  );
  const made = new Date(p.made);
  const date = made.toLocaleDateString('en-US', { year: 'numeric', month: 'long', day: 'numeric' });
  const left = p.leftOut ? `, ${p.leftOut} left out` : '';
  root.replaceChildren(
    el(
      'header',
      { class: 'pp-head' },
      heading,
      el(
        'p',
        { class: 'pp-headline' },
        `${p.badges.length} badge${p.badges.length === 1 ? '' : 's'}: ${p.counted} verified and counted${left}.`,
      ),
      el(
        'p',
        { class: 'pp-meta' },
        `Checked on ${date} against the catalog at `,
        el('span', { class: 'pp-url' }, p.catalog),
        `. ${p.emailChecked ? 'Each badge was compared with the educator’s email.' : 'No email was compared.'} Verified in the browser; only verified badges count.`,
      ),
      totals(p),
    ),
    ...callouts(p, onEarner),
    badgesSection(p, where),
    stacksSection(p.stacks, where),
    worthSection(p.recognizers, where),
    ...[leftOutSection(p)].filter((x): x is HTMLElement => x !== undefined),
    takeAwaySection(p, set),
  );
  root.hidden = false;
}
