/** The passport as plain text, for the command line (`npm run verify -- --passport FILE…`). */
import { formatCeus, formatHours } from '../catalog/ceu.ts';
import type { Passport } from './summary.ts';

const ORDER_WORDS = {
  met: 'earned in the recommended order',
  skipped: 'a credential of the recommended order is skipped',
  'out-of-order': 'not earned in the recommended order',
  unknown: 'order unknown (an issue date is missing)',
} as const;

export function passportText(p: Passport): string {
  const out: string[] = [];
  out.push(
    `Passport: ${p.badges.length} badge${p.badges.length === 1 ? '' : 's'}, ${p.counted} counted, ${p.leftOut} left out. Checked against ${p.catalog} on ${p.made.slice(0, 10)}.`,
  );
  for (const g of p.groups) {
    out.push(
      '',
      `${g.issuer.name}${g.issuer.confirmed ? '' : ' (as the badges claim; not confirmed by this catalog)'}`,
    );
    for (const b of g.badges)
      out.push(
        `  ${b.counted ? '✓' : '✗'} ${b.n}. ${b.credential?.title ?? b.name ?? b.source} — ${b.verdictLabel}${b.counted && b.hours !== undefined ? ` · ${formatHours(b.hours)}` : ''}`,
        ...(b.reason ? [`      ${b.reason}`] : []),
        ...(b.holder ? [`      ${b.holder.message}`] : []),
      );
  }
  for (const v of p.presentations)
    out.push('', `Presentation ${v.source}: holder's proof ${v.proof}${v.holder ? ` (${v.holder})` : ''}`);
  if (p.earners.length > 1)
    out.push(
      '',
      `Awarded to different people: ${p.earners.map((e) => `${e.label} (badges ${e.badges.join(', ')})`).join('; ')}.`,
    );
  out.push(
    '',
    `Totals: ${p.totals.credentials} credential${p.totals.credentials === 1 ? '' : 's'}, ${formatHours(p.totals.hours)}, ${formatCeus(p.totals.ceus)}.`,
  );
  if (p.stacks.length) out.push('', 'Stacks:');
  for (const s of p.stacks) {
    out.push(
      `  ${s.complete ? 'Complete' : `${s.toGo} to go`}: ${s.title} (${s.ruleText}; ${s.held} of ${s.members.length} held)${s.order ? `, ${ORDER_WORDS[s.order]}` : ''}`,
    );
    for (const m of s.members)
      out.push(`    ${m.held ? '■' : '□'} ${m.title}${m.held ? ` (badge ${m.held.n})` : ''}`);
  }
  if (p.recognizers.length) out.push('', 'What it is worth:');
  for (const r of p.recognizers) {
    const got = r.purposes.filter((x) => x.amount > 0);
    out.push(
      `  ${r.name}: ${got.length ? got.map((x) => `${x.amount} ${x.unit} (${x.label})`).join('; ') : 'nothing yet'}`,
    );
    for (const rule of r.rules) if (rule.nextText) out.push(`    ${rule.title}: ${rule.nextText}`);
  }
  return out.join('\n');
}
