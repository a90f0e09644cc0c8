/** Facet checkboxes with live counts, and result cards: built with DOM calls, text via textContent. */
import { formatHours } from '../../lib/catalog/ceu.ts';
import { FACETS, VALUE_ORDER, type FacetKey } from '../../lib/catalog/facets.ts';
import type { PagefindResultData } from './pagefind.ts';

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  ...children: (Node | string | undefined)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  for (const c of children) if (c !== undefined) node.append(c);
  return node;
}

export function orderValues(key: FacetKey, values: Iterable<string>): string[] {
  const order = VALUE_ORDER[key];
  const list = [...new Set(values)];
  return order
    ? list.sort((a, b) => (order.indexOf(a) + 1 || 99) - (order.indexOf(b) + 1 || 99) || a.localeCompare(b))
    : list.sort((a, b) => a.localeCompare(b));
}

/** One fieldset per facet; returns the container so the caller can listen for changes. */
export function renderFacets(
  target: HTMLElement,
  all: Record<string, Record<string, number>>,
  counts: Record<FacetKey, Record<string, number>>,
  selected: Record<FacetKey, string[]>,
): void {
  const focused =
    document.activeElement instanceof HTMLInputElement && target.contains(document.activeElement)
      ? document.activeElement.id
      : undefined;
  const groups = FACETS.filter((f) => Object.keys(all[f.key] ?? {}).length > 0).map((f) => {
    const values = orderValues(f.key, [...Object.keys(all[f.key] ?? {}), ...selected[f.key]]);
    const legend = el('legend', {}, f.label);
    const items = values.map((value, i) => {
      const id = `f-${f.key}-${i}`;
      const n = counts[f.key]?.[value] ?? 0;
      const checked = selected[f.key].includes(value);
      const input = el('input', { type: 'checkbox', id, name: f.key, value });
      input.checked = checked;
      if (n === 0 && !checked) input.disabled = true;
      return el(
        'li',
        {},
        input,
        el('label', { for: id }, value, el('span', { class: 'facet-count' }, ` ${n}`)),
      );
    });
    return el('fieldset', { class: 'facet', 'data-facet': f.key }, legend, el('ul', {}, ...items));
  });
  target.replaceChildren(...groups);
  if (focused) document.getElementById(focused)?.focus();
}

export function renderResult(d: PagefindResultData, base: string): HTMLElement {
  const meta = d.meta;
  const excerpt = el('p', { class: 'result-excerpt' });
  // Pagefind's excerpt marks matches with <mark>; rebuild it from text so nothing else can render.
  const tmp = new DOMParser().parseFromString(`<p>${d.excerpt}</p>`, 'text/html').body.firstElementChild;
  for (const node of tmp?.childNodes ?? [])
    excerpt.append(
      node.nodeName === 'MARK' ? el('mark', {}, node.textContent ?? '') : (node.textContent ?? ''),
    );
  const facts = [
    meta.issuer,
    meta.hours ? formatHours(Number(meta.hours)) : undefined,
    meta.ceus ? `${meta.ceus} CEUs` : undefined,
  ]
    .filter(Boolean)
    .join(' · ');
  const img = meta.image?.startsWith(base)
    ? el('img', { src: meta.image, alt: '', width: '56', height: '56', loading: 'lazy' })
    : undefined;
  return el(
    'li',
    {},
    el(
      'article',
      { class: 'card result' },
      el(
        'div',
        { class: 'card-head' },
        img,
        el(
          'div',
          {},
          el('p', { class: 'result-kind' }, meta.kind ?? ''),
          el('h2', {}, el('a', { href: d.url }, meta.title ?? d.url)),
        ),
      ),
      facts ? el('p', { class: 'meta' }, facts) : undefined,
      excerpt,
      meta.status && meta.status !== 'active'
        ? el(
            'p',
            {},
            el(
              'span',
              { class: `pill status-${meta.status}` },
              meta.status === 'draft' ? 'Draft' : 'Retired',
            ),
          )
        : undefined,
    ),
  );
}
