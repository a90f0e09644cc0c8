/**
 * What the results area says besides the cards: the count line, the note when a query was
 * corrected (or could be), and the page for a search that finds nothing, with ways forward:
 * the corrected query, facets to relax, matching drafts and retired entries, other kinds of
 * page that match, and the whole catalog to browse.
 */
import { STATUS_LABELS, TYPE_LABELS } from '../../lib/catalog/facets.ts';
import { select } from '../../lib/search/select.ts';
import type { Table } from '../../lib/search/open-table.ts';
import { el } from './dom.ts';
import type { Outcome } from './find.ts';
import type { SearchState } from './state.ts';

/** An action the reader can take from the empty page; main.ts applies it. */
export type Action =
  | { kind: 'query'; q: string }
  | { kind: 'include-all'; status?: string }
  | { kind: 'clear-facet'; key: string }
  | { kind: 'type'; value: string };

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const NOUNS: Record<string, [string, string]> = {
  [TYPE_LABELS.credential]: ['credential', 'credentials'],
  [TYPE_LABELS.stack]: ['stack', 'stacks'],
  [TYPE_LABELS.rubric]: ['rubric', 'rubrics'],
  [TYPE_LABELS.issuer]: ['issuer', 'issuers'],
};

/** "22 credentials you can earn", "3 results for “sel”": what is listed, never more than it is. */
export function summaryText(n: number, state: SearchState, shownQuery: string): string {
  const types = state.filters.type;
  const [one, many] =
    types.length === 1 ? (NOUNS[types[0] ?? ''] ?? ['result', 'results']) : ['result', 'results'];
  const earnable = !state.all && types.length === 1 && types[0] === TYPE_LABELS.credential;
  const q = shownQuery.trim();
  return `${plural(n, one, many)}${earnable ? ' you can earn' : ''}${q ? ` for “${q}”` : ''}`;
}

export function noteView(o: Outcome, typed: string, act: (a: Action) => void): HTMLElement | undefined {
  const button = (label: string, a: Action) => {
    const b = el('button', { type: 'button', class: 'link-button' }, label);
    b.addEventListener('click', () => act(a));
    return b;
  };
  if (o.corrected)
    return el('p', {}, `Nothing matches “${typed.trim()}”: showing results for “${o.corrected.query}”.`);
  if (o.offer)
    return el(
      'p',
      {},
      'Did you mean ',
      button(`“${o.offer.query}”`, { kind: 'query', q: o.offer.query }),
      ` (${plural(o.offer.results, 'result')})?`,
    );
  return undefined;
}

export function emptyView(
  t: Table,
  o: Outcome,
  state: SearchState,
  selected: string[][],
  browseUrl: string,
  act: (a: Action) => void,
): HTMLElement {
  const items: HTMLElement[] = [];
  const add = (label: string, a: Action) => {
    const b = el('button', { type: 'button', class: 'link-button' }, label);
    b.addEventListener('click', () => act(a));
    items.push(el('li', {}, b));
  };
  const f = (key: string) => t.facets.findIndex((x) => x.key === key);
  const count = (key: string, value: string) => {
    const i = f(key);
    return o.selection.counts[i]?.[t.facets[i]?.values.indexOf(value) ?? -1] ?? 0;
  };
  if (o.offer)
    add(`Search for “${o.offer.query}” instead (${plural(o.offer.results, 'result')})`, {
      kind: 'query',
      q: o.offer.query,
    });
  if (!state.all) {
    const drafts = count('status', STATUS_LABELS.draft);
    const retired = count('status', STATUS_LABELS.retired);
    if (drafts)
      add(`${drafts} in development: include drafts`, { kind: 'include-all', status: STATUS_LABELS.draft });
    if (retired)
      add(`${plural(retired, 'retired credential')}: include retired`, {
        kind: 'include-all',
        status: STATUS_LABELS.retired,
      });
  }
  for (const value of Object.values(TYPE_LABELS)) {
    const n = count('type', value);
    if (n && !state.filters.type.includes(value))
      add(`${plural(n, (NOUNS[value] ?? ['result'])[0])} match: show ${value.toLowerCase()}`, {
        kind: 'type',
        value,
      });
  }
  t.facets.forEach((facet, i) => {
    if (facet.key === 'type' || facet.key === 'status' || !(selected[i]?.length ?? 0)) return;
    const without = selected.map((s, k) => (k === i ? [] : s));
    const n = select(t, { matches: o.matches, selected: without, sort: 'title' }).results.length;
    if (n)
      add(`Without “${(selected[i] ?? []).join('” or “')}”: ${plural(n, 'result')}`, {
        kind: 'clear-facet',
        key: facet.key,
      });
  });
  const heading = o.terms.length ? `Nothing matches “${state.q.trim()}”` : 'Nothing matches these filters';
  return el(
    'div',
    {},
    el('h2', { class: 'empty-title' }, heading),
    items.length ? el('p', {}, 'You could try:') : undefined,
    items.length ? el('ul', { class: 'suggestions' }, ...items) : undefined,
    el('p', {}, 'Or ', el('a', { href: browseUrl }, 'browse every credential you can earn'), '.'),
  );
}
