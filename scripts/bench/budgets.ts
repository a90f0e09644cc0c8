/**
 * The budgets `npm run bench -- --check` enforces, on the figures of the parts measured in the
 * same run. Chosen from the first full run with some headroom: they catch a regression (a new
 * dependency in the verifier, JavaScript creeping onto catalog pages, a bloated index), not noise.
 */
import type { PartResult } from './report.ts';
import { bytes } from './stats.ts';

export interface BudgetResult {
  name: string;
  limit: string;
  value: string;
  ok: boolean;
}

/** Verify page JavaScript, gzip, all chunks it loads. */
export const VERIFY_JS_GZIP = 100_000;
/** Pagefind index bytes (pf_meta, pf_index, pf_fragment, filter files) per 1,000 credentials. */
export const INDEX_BYTES_PER_1000 = 6_000_000;
/** Page kinds that must ship no JavaScript at all. */
export const NO_JS_PAGES = ['credential', 'stack', 'rubric', 'issuer', 'glossary'] as const;

export function checkBudgets(parts: Partial<Record<string, PartResult>>): BudgetResult[] {
  const out: BudgetResult[] = [];
  const pages = parts.pages?.metrics;
  if (pages) {
    const v = pages['verify.jsGzip'] ?? Number.NaN;
    out.push({
      name: 'verify page JavaScript (gzip)',
      limit: bytes(VERIFY_JS_GZIP),
      value: bytes(v),
      ok: v <= VERIFY_JS_GZIP,
    });
    for (const kind of NO_JS_PAGES) {
      const js = pages[`${kind}.jsGzip`] ?? Number.NaN;
      out.push({ name: `${kind} page JavaScript`, limit: '0 B', value: bytes(js), ok: js === 0 });
    }
  }
  const build = parts.build?.metrics;
  if (build) {
    const scales = Object.keys(build).filter((k) => /^c\d+\.indexBytesPer1000$/.test(k));
    for (const k of scales) {
      const v = build[k] ?? Number.NaN;
      out.push({
        name: `search index per 1,000 credentials (${Number(k.split('.')[0]?.slice(1)).toLocaleString('en-US')}-credential catalog)`,
        limit: bytes(INDEX_BYTES_PER_1000),
        value: bytes(v),
        ok: v <= INDEX_BYTES_PER_1000,
      });
    }
  }
  return out;
}
