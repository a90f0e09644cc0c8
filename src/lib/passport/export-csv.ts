/**
 * The passport as CSV (RFC 4180): one row per badge. Badge text is hostile input, so a cell that
 * a spreadsheet would read as a formula (starting with =, +, -, @, tab or carriage return) is
 * prefixed with an apostrophe (OWASP "CSV Injection").
 */
import type { Passport } from './summary.ts';

export const CSV_COLUMNS = [
  'badge',
  'verdict',
  'counted',
  'why not counted',
  'credential',
  'catalog link',
  'issuer',
  'issuer confirmed',
  'recipient',
  'issued',
  'hours',
  'holder',
  'source',
] as const;

export function csvCell(v: string | number | boolean | undefined): string {
  let s = v === undefined ? '' : String(v);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function passportCsv(p: Passport): string {
  const rows = p.badges.map((b) => [
    b.n,
    b.verdict,
    b.counted ? 'yes' : 'no',
    b.reason,
    b.credential?.title ?? b.name,
    b.credential?.page,
    b.issuer.name,
    b.issuer.confirmed ? 'yes' : 'no',
    b.recipient,
    b.issued,
    b.counted ? b.hours : undefined,
    b.holder?.message,
    b.source,
  ]);
  return [CSV_COLUMNS, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
