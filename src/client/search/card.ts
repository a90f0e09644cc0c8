/**
 * A result card, the same markup as components/Card.astro (the no-JavaScript listing), drawn
 * from the facet table, with the words the query matched marked in its title and summary.
 */
import { QUALITY_STATUS_LABELS } from '../../lib/catalog/quality-labels.ts';
import { segments } from '../../lib/search/highlight.ts';
import type { Card } from '../../lib/search/record.ts';
import { el } from './dom.ts';

const STATUS_PILL = { draft: 'Draft', active: 'Active', retired: 'Retired' } as const;

/** Text with the matched words in <mark>. */
export function marked(text: string, isMatch: ((w: string) => boolean) | undefined): (Node | string)[] {
  if (!isMatch) return [text];
  return segments(text, isMatch).map((s) => (s.mark ? el('mark', {}, s.text) : s.text));
}

export function cardElement(card: Card, page: number, isMatch?: (w: string) => boolean): HTMLLIElement {
  const pills = [
    card.status !== 'active' &&
      el('li', {}, el('span', { class: `pill status-${card.status}` }, STATUS_PILL[card.status])),
    card.quality &&
      el(
        'li',
        {},
        el('span', { class: `pill quality-${card.quality}` }, QUALITY_STATUS_LABELS[card.quality]),
      ),
  ].filter((x): x is HTMLLIElement => x !== false && x !== undefined);
  return el(
    'li',
    { 'data-page': String(page) },
    el(
      'article',
      { class: 'card' },
      el(
        'div',
        { class: 'card-head' },
        card.image && el('img', { src: card.image, alt: '', width: '64', height: '64', loading: 'lazy' }),
        el(
          'div',
          {},
          el('p', { class: 'card-kind' }, card.kind),
          el('h3', { class: 'card-title' }, el('a', { href: card.url }, ...marked(card.title, isMatch))),
          card.issuer && el('p', { class: 'meta' }, card.issuer),
        ),
      ),
      el('p', { class: 'card-summary' }, ...marked(card.summary, isMatch)),
      card.facts && el('p', { class: 'meta card-facts' }, ...marked(card.facts, isMatch)),
      pills.length > 0 && el('ul', { class: 'pills card-pills' }, ...pills),
    ),
  );
}

/** Fills in a drawn card's summary once its chunk has arrived. */
export function fillSummary(li: Element, summary: string, isMatch?: (w: string) => boolean): void {
  const p = li.querySelector('.card-summary');
  if (p && !p.textContent) p.replaceChildren(...marked(summary, isMatch));
}
