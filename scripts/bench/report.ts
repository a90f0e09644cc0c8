/**
 * Node-only: benchmark results as tables, printed to the terminal and rendered into
 * docs/benchmarks.md. Each part's latest result is kept in docs/benchmarks.json, so a run of
 * one part (`--only verify`) updates its section and leaves the others as they were.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { PartName } from './context.ts';

export interface Table {
  title: string;
  head: string[];
  rows: string[][];
  /** Plain-language note printed under the table. */
  note?: string;
}

export interface PartResult {
  part: PartName;
  /** ISO date of the run. */
  at: string;
  tables: Table[];
  /** Limits of the measurement, peers that could not run, and why. */
  notes: string[];
  /** Named figures for budgets and the headline. */
  metrics: Record<string, number>;
  /**
   * The part's figures under stable keys (`search.c10000.first_query_ms`,
   * `lighthouse.credentials.performance`, …): each part names its own, and docs/benchmarks.json
   * carries the union of every part's latest ones in `figures`.
   */
  figures?: Record<string, number>;
}

/** What the figures were measured on, as a program reads it. */
export interface MachineFigures {
  cpu: string;
  cores: number;
  ram_gib: number;
  node: string;
}

/**
 * docs/benchmarks.json's `figures`: `date` (ISO 8601, when written), `machine`, and every
 * figure under its stable key (scripts/bench/figures.ts), a plain number.
 */
export type Figures = { date?: string; machine?: MachineFigures } & { [key: string]: unknown };

export interface Results {
  machine: Record<string, string>;
  /** Every part's latest result; other parts (a passport part, say) contribute figures alike. */
  parts: Partial<Record<PartName | (string & {}), PartResult>>;
  budgets?: { name: string; limit: string; value: string; ok: boolean }[];
  figures?: Figures;
}

/**
 * The union of each part's latest figures, keys sorted, values rounded for reading. A value that
 * is not a finite number (a measurement that failed) is left out.
 */
export function mergeFigures(parts: Results['parts']): Record<string, number> {
  const all: Record<string, number> = {};
  for (const r of Object.values(parts)) Object.assign(all, r?.figures ?? {});
  return Object.fromEntries(
    Object.keys(all)
      .sort()
      .filter((k) => Number.isFinite(all[k]))
      .map((k) => [k, Number((all[k] as number).toPrecision(6))]),
  );
}

/** The `figures` object: date and machine first, then every part's figures (mergeFigures). */
export function figuresObject(parts: Results['parts'], machine: MachineFigures, date: Date): Figures {
  return { date: date.toISOString(), machine, ...mergeFigures(parts) };
}

export function loadResults(file: string): Results {
  if (!existsSync(file)) return { machine: {}, parts: {} };
  return JSON.parse(readFileSync(file, 'utf8')) as Results;
}

export function saveResults(file: string, results: Results): void {
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
}

/** A table as aligned plain text for the terminal. */
export function textTable(t: Table): string {
  const widths = t.head.map((h, i) => Math.max(h.length, ...t.rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  return [
    `${t.title}`,
    line(t.head),
    widths.map((w) => '-'.repeat(w)).join('  '),
    ...t.rows.map(line),
    ...(t.note ? [`(${t.note})`] : []),
  ].join('\n');
}

const cell = (s: string) => s.replace(/\|/g, '\\|');

export function markdownTable(t: Table): string {
  return [
    `**${t.title}**`,
    '',
    `| ${t.head.map(cell).join(' | ')} |`,
    `| ${t.head.map((_, i) => (i === 0 ? '---' : '---:')).join(' | ')} |`,
    ...t.rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
    ...(t.note ? ['', t.note] : []),
  ].join('\n');
}

const SECTION_TITLES: Record<PartName, string> = {
  build: 'Build',
  search: 'Search',
  verify: 'Verify',
  issue: 'Issue',
  pages: 'Pages',
  passport: 'Passport',
};

const FINDINGS_START = '<!-- findings:start -->';
const FINDINGS_END = '<!-- findings:end -->';

/** docs/benchmarks.md from the results, keeping the hand-written findings between their markers. */
export function renderDoc(results: Results, previous: string | undefined, intro: string): string {
  const kept =
    previous && previous.includes(FINDINGS_START)
      ? previous.slice(previous.indexOf(FINDINGS_START), previous.indexOf(FINDINGS_END) + FINDINGS_END.length)
      : `${FINDINGS_START}\n_No findings written yet._\n${FINDINGS_END}`;
  const machine = Object.entries(results.machine).map(([k, v]) => `| ${k} | ${cell(v)} |`);
  const out = [
    '# Benchmarks',
    '',
    intro,
    '',
    '## Findings',
    '',
    kept,
    '',
    '## Machine and versions',
    '',
    '| what | value |',
    '| --- | --- |',
    ...machine,
    '',
  ];
  if (results.budgets?.length) {
    out.push(
      '## Budgets',
      '',
      '`npm run bench -- --check` fails when any of these is exceeded.',
      '',
      '| budget | limit | measured | |',
      '| --- | ---: | ---: | --- |',
    );
    for (const b of results.budgets)
      out.push(`| ${cell(b.name)} | ${cell(b.limit)} | ${cell(b.value)} | ${b.ok ? 'ok' : '**over**'} |`);
    out.push('');
  }
  for (const part of Object.keys(SECTION_TITLES) as PartName[]) {
    const r = results.parts[part];
    if (!r) continue;
    out.push(`## ${SECTION_TITLES[part]}`, '', `_Measured ${r.at.slice(0, 16).replace('T', ' ')} UTC._`, '');
    for (const t of r.tables) out.push(markdownTable(t), '');
    if (r.notes.length) out.push(...r.notes.map((n) => `- ${n}`), '');
  }
  return `${out.join('\n').trimEnd()}\n`;
}
