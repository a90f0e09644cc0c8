/**
 * The passport as a JSON record: what was checked, against which catalog, when; every badge with
 * its verdict and why it does or does not count; stacks, totals and credit. It holds no badge
 * text and no email address.
 */
import type { Passport } from './summary.ts';

export const PASSPORT_JSON_VERSION = 1;

export function passportJson(p: Passport): string {
  const record = {
    type: 'StackablePassport',
    version: PASSPORT_JSON_VERSION,
    made: p.made,
    catalog: p.catalog,
    emailChecked: p.emailChecked,
    counted: p.counted,
    leftOut: p.leftOut,
    totals: p.totals,
    badges: p.badges,
    presentations: p.presentations.map((x) => ({
      source: x.source,
      format: x.format,
      proof: x.proof,
      ...(x.holder ? { holder: x.holder } : {}),
      rows: x.rows.map(({ id, status, message }) => ({ id, status, message })),
    })),
    earners: p.earners,
    stacks: p.stacks,
    completedStacks: p.completedStacks,
    recognizers: p.recognizers,
  };
  return `${JSON.stringify(record, null, 2)}\n`;
}
