/**
 * Taking the passport away: print (the print stylesheet makes it a one-page record), download
 * as JSON or CSV (made here, from the passport), and a link carrying the badges in the URL
 * fragment, or a plain sentence when they do not fit.
 */
import { passportCsv } from '../../lib/passport/export-csv.ts';
import { passportJson } from '../../lib/passport/export-json.ts';
import { MAX_FRAGMENT, shareFragment } from '../../lib/passport/fragment.ts';
import type { Passport } from '../../lib/passport/summary.ts';
import type { VerifiedSet } from '../../lib/passport/verify-set.ts';
import { el } from '../verify/dom.ts';

function download(name: string, type: string, body: string): void {
  const url = URL.createObjectURL(new Blob([body], { type }));
  const a = el('a', { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The texts a link carries: each presentation once (so its holder's proof travels), and badges outside any. */
function linkTexts(set: VerifiedSet): string[] | undefined {
  const outside = set.entries.filter((e) => e.presentation === undefined);
  if (outside.some((e) => e.text === undefined)) return undefined;
  return [...set.presentations.map((p) => p.text), ...outside.map((e) => e.text ?? '')];
}

export function takeAwaySection(p: Passport, set: VerifiedSet): HTMLElement {
  const note = el('p', { class: 'hint', role: 'status', id: 'pp-share-note' });
  const button = (label: string, onClick: () => void) => {
    const b = el('button', { type: 'button', class: 'secondary' }, label);
    b.addEventListener('click', onClick);
    return b;
  };
  const stamp = p.made.slice(0, 10);
  const share = button('Copy a link to these badges', () => {
    const texts = linkTexts(set);
    if (!texts) {
      note.textContent = 'A link cannot carry badges that could not be read.';
      return;
    }
    void shareFragment(texts).then(async (link) => {
      if (!link.ok) {
        note.textContent = `These badges do not fit in a link (${link.length.toLocaleString('en-US')} characters; a link holds ${MAX_FRAGMENT.toLocaleString('en-US')}). Download the JSON record instead, or share fewer badges.`;
        return;
      }
      const url = `${location.origin}${location.pathname}#${link.fragment}`;
      await Promise.resolve(navigator.clipboard?.writeText(url)).catch(() => undefined);
      history.replaceState(null, '', url);
      note.textContent =
        'Link copied. It carries the badges in the part after “#”, which is never sent to a server; whoever opens it verifies them again.';
    });
  });
  return el(
    'section',
    { class: 'pp-section no-print', 'aria-labelledby': 'pp-take' },
    el('h3', { id: 'pp-take' }, 'Take it away'),
    el(
      'div',
      { class: 'verify-actions' },
      button('Print or save as PDF', () => window.print()),
      button('Download JSON', () => download(`passport-${stamp}.json`, 'application/json', passportJson(p))),
      button('Download CSV', () => download(`passport-${stamp}.csv`, 'text/csv', passportCsv(p))),
      share,
    ),
    note,
  );
}
