/**
 * What the set is worth to each recognizer, under its rules in effect today: the credit per
 * purpose, then each rule with what it counted, what the educator must still do (conditions),
 * and what is missing for its next step.
 */
import { paths } from '../../lib/catalog/urls.ts';
import type { RecognizerWorth } from '../../lib/passport/credit.ts';
import { el, localize } from '../verify/dom.ts';
import type { Where } from './render-badges.ts';

function recognizer(r: RecognizerWorth, where: Where): HTMLElement {
  const page = localize(new URL(paths.recognizer(r.id).slice(1), where.site).href, where.site, where.base);
  const earned = r.purposes.filter((p) => p.amount > 0);
  return el(
    'article',
    { class: `pp-worth${earned.length ? '' : ' pp-nothing'}`, 'data-recognizer': r.id },
    el('h4', {}, page ? el('a', { href: page }, r.name) : r.name),
    el(
      'p',
      { class: 'pp-earned' },
      earned.length
        ? el('strong', {}, earned.map((p) => `${p.amount} ${p.unit} (${p.label})`).join(' · '))
        : 'Nothing yet under its rules in effect today.',
    ),
    el(
      'ul',
      { class: 'pp-rules' },
      ...r.rules.map((rule) =>
        el(
          'li',
          { 'data-rule': rule.rule, ...(rule.amount > 0 ? {} : { class: 'pp-zero' }) },
          el('span', {}, `${rule.title}: `),
          el('strong', {}, `${rule.amount} ${rule.amount === 1 ? rule.unit.singular : rule.unit.plural}`),
          rule.capped ? ' (the most this rule grants)' : '',
          ...(rule.nextStep
            ? [
                el(
                  'span',
                  { class: 'pp-next' },
                  ` Next: ${rule.nextStep}`,
                  el('span', { class: 'pp-candidates' }, ` ${rule.nextCandidates ?? ''}`),
                  '.',
                ),
              ]
            : []),
          ...(rule.conditions.length && rule.amount > 0
            ? [el('span', { class: 'pp-facts' }, ` Also required: ${rule.conditions.join(' ')}`)]
            : []),
        ),
      ),
    ),
  );
}

export function worthSection(recognizers: RecognizerWorth[], where: Where): HTMLElement {
  return el(
    'section',
    { class: 'pp-section', 'aria-labelledby': 'pp-worth' },
    el('h3', { id: 'pp-worth' }, 'What it is worth'),
    el(
      'p',
      { class: 'hint' },
      'Under each recognizer’s own rules in effect today, counting verified badges only. The recognizer decides; this is what its published rules give.',
    ),
    ...(recognizers.length
      ? recognizers.map((r) => recognizer(r, where))
      : [el('p', {}, 'No recognizer in this catalog has rules in effect today.')]),
  );
}
