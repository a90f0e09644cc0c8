/**
 * Recipients for batch issuing, from a CSV with a header row: `email` or `id` (a DID or URL),
 * and optionally `name`, `evidence`, `valid_until`. Every row is checked before anything is
 * issued; bad rows are reported by line number.
 */
import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import { CliError } from './cli.ts';

export interface RecipientRow {
  line: number;
  email?: string;
  id?: string;
  name?: string;
  evidence?: string;
  validUntil?: Date;
  /** Stable key for the manifest and the output folder. */
  key: string;
}

export interface RowProblem {
  line: number;
  message: string;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const KNOWN = new Set(['email', 'id', 'name', 'evidence', 'valid_until']);

export function recipientKey(r: { email?: string | undefined; id?: string | undefined }): string {
  return (r.email ? r.email.trim().toLowerCase() : (r.id ?? '')).slice(0, 300);
}

/** A folder name for a recipient: readable, filesystem-safe, unique per key. */
export function folderName(key: string, index: number): string {
  const base =
    key
      .replace(/[^a-z0-9]+/gi, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || 'recipient';
  return `${String(index).padStart(4, '0')}-${base}`;
}

export function validateRow(raw: Record<string, string>, line: number): RecipientRow | RowProblem {
  const email = raw.email?.trim();
  const id = raw.id?.trim();
  if (!email && !id) return { line, message: 'needs an email or an id' };
  if (email && id) return { line, message: 'has both an email and an id; give one' };
  if (email && !EMAIL.test(email))
    return { line, message: `"${email.slice(0, 80)}" is not an email address` };
  if (id && !/^(did:[a-z0-9]+:\S+|https?:\/\/\S+)$/.test(id))
    return { line, message: `"${id.slice(0, 80)}" is not a DID or URL` };
  const evidence = raw.evidence?.trim();
  if (evidence && !/^https?:\/\/\S+$/.test(evidence))
    return { line, message: `evidence "${evidence.slice(0, 80)}" is not a URL` };
  let validUntil: Date | undefined;
  if (raw.valid_until?.trim()) {
    validUntil = new Date(raw.valid_until.trim());
    if (Number.isNaN(validUntil.getTime()))
      return { line, message: `valid_until "${raw.valid_until}" is not a date` };
  }
  const name = raw.name?.trim();
  return {
    line,
    ...(email ? { email } : {}),
    ...(id ? { id } : {}),
    ...(name ? { name } : {}),
    ...(evidence ? { evidence } : {}),
    ...(validUntil ? { validUntil } : {}),
    key: recipientKey({ email, id }),
  };
}

export async function readRecipients(
  path: string,
): Promise<{ rows: RecipientRow[]; problems: RowProblem[] }> {
  let records: Record<string, string>[];
  try {
    records = parse(await readFile(path, 'utf8'), {
      columns: (h: string[]) => h.map((x) => x.trim().toLowerCase()),
      skip_empty_lines: true,
      trim: true,
      relax_column_count: true,
      bom: true,
    });
  } catch (e) {
    throw new CliError(
      `${path}: ${e instanceof Error ? e.message : String(e)}`,
      'The file must be CSV with a header row naming email (or id), and optionally name, evidence, valid_until.',
    );
  }
  const header = Object.keys(records[0] ?? {});
  const unknown = header.filter((h) => !KNOWN.has(h));
  if (unknown.length)
    throw new CliError(
      `${path}: unknown column${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')}`,
      `Columns: ${[...KNOWN].join(', ')}.`,
    );
  const rows: RecipientRow[] = [];
  const problems: RowProblem[] = [];
  const seen = new Map<string, number>();
  records.forEach((raw, i) => {
    const line = i + 2; // header is line 1
    const r = validateRow(raw, line);
    if ('message' in r) {
      problems.push(r);
      return;
    }
    const dup = seen.get(r.key);
    if (dup) {
      problems.push({ line, message: `repeats the recipient on line ${dup}` });
      return;
    }
    seen.set(r.key, line);
    rows.push(r);
  });
  return { rows, problems };
}
