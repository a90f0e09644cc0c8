/**
 * Stack progress: for every stack a verified badge belongs to, its rule, whether it is complete,
 * and the stack drawn as a diagram whose held credentials are marked (the list is the diagram:
 * screen readers read it as a list, with "held" or "missing" on each credential).
 */
import type { StackProgress } from '../../lib/passport/stacks.ts';
import { paths } from '../../lib/catalog/urls.ts';
import { el, localize } from '../verify/dom.ts';
import type { Where } from './render-badges.ts';

const ORDER: Record<NonNullable<StackProgress['order']>, string> = {
  met: 'Earned in the recommended order.',
  skipped: 'Not in the recommended order: a later credential is held before an earlier one.',
  'out-of-order':
    'Not earned in the recommended order (the order is a recommendation; completion counts credentials).',
  unknown: 'The order could not be checked: a badge gives no issue date.',
};

function stack(s: StackProgress, where: Where): HTMLElement {
  const page = localize(new URL(paths.stack(s.id).slice(1), where.site).href, where.site, where.base);
  const state = s.complete
    ? `Complete: ${s.held} of ${s.members.length} held.`
    : `Held ${s.held} of the ${s.required} needed: ${s.toGo} more completes it.`;
  const diagram = el(
    'ol',
    { class: `pp-diagram${s.ordered ? ' ordered' : ''}`, 'aria-label': `${s.title}: ${s.ruleText}` },
    ...s.members.map((m) =>
      el(
        'li',
        { class: m.held ? 'held' : 'missing' },
        el('span', { class: 'pp-mark', 'aria-hidden': 'true' }, m.held ? '✓' : ''),
        el('span', { class: 'pp-member' }, m.title),
        el('span', { class: 'pp-member-state' }, m.held ? ` — held (badge ${m.held.n})` : ' — missing'),
      ),
    ),
  );
  return el(
    'article',
    { class: `pp-stack${s.complete ? ' complete' : ''}`, 'data-stack': s.id },
    el('h4', {}, page ? el('a', { href: page }, s.title) : s.title),
    el('p', { class: 'pp-stack-state' }, el('strong', {}, state), ` Rule: ${s.ruleText}.`),
    ...(s.order ? [el('p', { class: 'pp-facts' }, ORDER[s.order])] : []),
    diagram,
  );
}

export function stacksSection(stacks: StackProgress[], where: Where): HTMLElement {
  return el(
    'section',
    { class: 'pp-section', 'aria-labelledby': 'pp-stacks' },
    el('h3', { id: 'pp-stacks' }, 'Stacks'),
    ...(stacks.length
      ? stacks.map((s) => stack(s, where))
      : [el('p', {}, 'No verified badge belongs to a stack of this catalog.')]),
  );
}
