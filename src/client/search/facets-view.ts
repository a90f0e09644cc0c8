/**
 * The filter panel: one group of checkboxes per facet of the table (labels and value order from
 * FACETS and VALUE_ORDER), built once, then only its counts and states change. A facet with many
 * values (issuers, stacks in a large catalog) shows its selected values and the most frequent
 * ones, with a button to show them all.
 */
import { FACETS, VALUE_ORDER, type FacetKey } from '../../lib/catalog/facets.ts';
import type { Table } from '../../lib/search/open-table.ts';
import { el } from './dom.ts';

/** Facets with more values than this show the most frequent ones first. */
const FEW_VALUES = 8;
/** Facets with up to this many values list them all, in their natural order. */
const ALL_VALUES = 12;

interface Group {
  f: number;
  key: string;
  fieldset: HTMLFieldSetElement;
  list: HTMLUListElement;
  order: number[];
  /** Small groups: one item per value, kept. */
  items?: { li: HTMLLIElement; box: HTMLInputElement; count: HTMLSpanElement }[];
  toggle?: HTMLButtonElement;
  expanded: boolean;
}

function valueOrder(key: string, values: readonly string[]): number[] {
  const natural = VALUE_ORDER[key as FacetKey];
  const rank = (v: string) => (natural ? natural.indexOf(v) + 1 || 99 : 0);
  return values
    .map((_, i) => i)
    .sort(
      (a, b) =>
        rank(values[a] ?? '') - rank(values[b] ?? '') || (values[a] ?? '').localeCompare(values[b] ?? ''),
    );
}

function item(key: string, v: number, value: string) {
  const id = `f-${key}-${v}`;
  const box = el('input', { type: 'checkbox', id, name: key, value });
  const count = el('span', { class: 'facet-count' });
  const li = el('li', {}, box, el('label', { for: id }, value, count));
  return { li, box, count };
}

export function createFacetsView(target: HTMLElement, t: Table) {
  const groups: Group[] = t.facets.flatMap((facet, f) => {
    if (!facet.values.length) return [];
    const label = FACETS.find((x) => x.key === facet.key)?.label ?? facet.key;
    const list = el('ul');
    const fieldset = el(
      'fieldset',
      { class: 'facet', 'data-facet': facet.key },
      el('legend', {}, label),
      list,
    );
    const g: Group = {
      f,
      key: facet.key,
      fieldset,
      list,
      order: valueOrder(facet.key, facet.values),
      expanded: false,
    };
    if (facet.values.length <= ALL_VALUES) {
      g.items = g.order.map((v) => item(facet.key, v, facet.values[v] ?? ''));
      list.append(...g.items.map((x) => x.li));
    } else {
      g.toggle = el('button', { type: 'button', class: 'link-button', 'aria-expanded': 'false' });
      g.toggle.addEventListener('click', () => {
        g.expanded = !g.expanded;
        if (last) draw(g, last.counts, last.selected);
      });
      fieldset.append(g.toggle);
    }
    return [g];
  });
  target.replaceChildren(...groups.map((g) => g.fieldset));
  let last: { counts: Uint32Array[]; selected: readonly (readonly string[])[] } | undefined;

  function draw(g: Group, counts: Uint32Array[], selected: readonly (readonly string[])[]) {
    const c = counts[g.f] as Uint32Array;
    const sel = new Set(selected[g.f] ?? []);
    const values = t.facets[g.f]?.values ?? [];
    if (g.items) {
      for (const x of g.items) {
        const n = c[values.indexOf(x.box.value)] ?? 0;
        x.box.checked = sel.has(x.box.value);
        x.box.disabled = n === 0 && !x.box.checked;
        x.count.textContent = ` ${n}`;
      }
      return;
    }
    const focused = document.activeElement?.id;
    const chosen = g.order.filter((v) => sel.has(values[v] ?? ''));
    const rest = g.order.filter((v) => !sel.has(values[v] ?? '') && (c[v] ?? 0) > 0);
    const available = chosen.length + rest.length;
    const shown = g.expanded
      ? [...chosen, ...rest]
      : [
          ...chosen,
          ...[...rest]
            .sort((a, b) => (c[b] ?? 0) - (c[a] ?? 0))
            .slice(0, Math.max(0, FEW_VALUES - chosen.length)),
        ];
    g.list.replaceChildren(
      ...shown.map((v) => {
        const x = item(g.key, v, values[v] ?? '');
        x.box.checked = sel.has(values[v] ?? '');
        x.count.textContent = ` ${c[v] ?? 0}`;
        return x.li;
      }),
    );
    const toggle = g.toggle as HTMLButtonElement;
    toggle.hidden = available <= FEW_VALUES;
    toggle.textContent = g.expanded ? 'Show fewer' : `Show all ${available}`;
    toggle.setAttribute('aria-expanded', String(g.expanded));
    if (focused && g.list.contains(document.getElementById(focused)))
      document.getElementById(focused)?.focus();
  }

  return {
    /** New counts and selection; `hidden` facet keys are left out (the status facet while the switch is off). */
    update(
      counts: Uint32Array[],
      selected: readonly (readonly string[])[],
      hidden: ReadonlySet<string>,
    ): void {
      last = { counts, selected };
      for (const g of groups) {
        g.fieldset.hidden = hidden.has(g.key);
        if (!g.fieldset.hidden) draw(g, counts, selected);
      }
    },
  };
}
export type FacetsView = ReturnType<typeof createFacetsView>;
