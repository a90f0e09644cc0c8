/**
 * Renders a verification report into the page. Every string from the badge is set with
 * textContent (never innerHTML), links are only ever to this catalog's own pages, and images
 * only data: URLs or this catalog's badge art — so nothing in a badge can run or call out.
 */
import type { Check, Report } from '../../lib/verify/report.ts';
import { VERDICT_LABELS } from '../../lib/verify/report.ts';
import { card } from './card.ts';
import { el } from './dom.ts';

const ICON = { pass: '✓', warn: '!', fail: '✗', skip: '–' } as const;
const VERDICT_ICON = {
  verified: '✓',
  warnings: '!',
  unverified: '?',
  invalid: '✗',
  unreadable: '✗',
} as const;
const SR = { pass: 'Passed', warn: 'Could not be vouched for', fail: 'Failed', skip: 'Not checked' } as const;

function checkItem(c: Check): HTMLLIElement {
  const body = el('div', { class: 'check-body' }, el('strong', {}, c.title), ' ', el('bdi', {}, c.message));
  if (c.detail || c.code) {
    body.append(
      el(
        'details',
        {},
        el('summary', {}, 'Technical detail'),
        el('pre', { class: 'detail' }, [c.code, c.detail].filter(Boolean).join('\n')),
      ),
    );
  }
  return el(
    'li',
    { class: `check check-${c.status}`, 'data-check': c.id, 'data-status': c.status },
    el('span', { class: 'check-icon', 'aria-hidden': 'true' }, ICON[c.status]),
    el('span', { class: 'sr-only' }, `${SR[c.status]}: `),
    body,
  );
}

export function renderReport(target: HTMLElement, r: Report, opts: { site: string; base: string }): void {
  const parts: (HTMLElement | undefined)[] = [
    el(
      'h2',
      {
        id: 'result-heading',
        tabindex: '-1',
        class: `verdict verdict-${r.verdict}`,
        'data-verdict': r.verdict,
      },
      el('span', { class: 'verdict-icon', 'aria-hidden': 'true' }, VERDICT_ICON[r.verdict]),
      ' ',
      VERDICT_LABELS[r.verdict],
    ),
    el('p', { class: 'verdict-explain' }, r.headline),
    r.verdict !== 'unreadable' ? card(r, opts.site, opts.base) : undefined,
    el('h3', {}, 'Checks'),
    el('ol', { class: 'checks' }, ...r.checks.map(checkItem)),
    r.credential !== undefined
      ? el(
          'details',
          { class: 'decoded' },
          el('summary', {}, 'Decoded credential (JSON)'),
          el('pre', {}, JSON.stringify(r.credential, null, 2).slice(0, 200_000)),
        )
      : undefined,
  ];
  target.replaceChildren(...parts.filter((p): p is HTMLElement => p !== undefined));
  target.hidden = false;
}
