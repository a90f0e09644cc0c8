/**
 * A Data Integrity proof signs the credential's RDF graph, not its JSON; but the checks after it
 * (dates, status, issuer) read the JSON. Many JSON texts have the same graph: `"2026-01-01…"`
 * and `["2026-01-01…"]`, `{"@value": …, "@type": …}`, a member named by its full IRI instead of
 * its term, a term renamed by an inline context, `[[x]]` for `[x]`. Rewritten that way, an
 * expired or revoked badge keeps a valid proof while `validUntil` or `credentialStatus` vanish
 * from what the checks read. So a credential must be in the plain form issuers write: only
 * known contexts by URL, members named by terms, no arrays directly inside arrays, and the dates
 * the checks read as plain strings. (A single value and a one-item array are both plain: every
 * check reads either.)
 */
import { asList, isRecord } from '../json.ts';

const DATES = ['validFrom', 'validUntil', 'issuanceDate', 'expirationDate'] as const;

/** Why `doc` is not in plain JSON-LD form (empty when it is). Reports at most a few problems. */
export function plainFormProblems(doc: Record<string, unknown>): string[] {
  const problems = new Set<string>();
  const stack: unknown[] = [doc];
  while (stack.length && problems.size < 5) {
    const v = stack.pop();
    if (Array.isArray(v)) {
      if (v.some(Array.isArray)) problems.add('an array directly inside an array');
      stack.push(...(v as unknown[]));
      continue;
    }
    if (!isRecord(v)) continue;
    for (const [key, value] of Object.entries(v)) {
      if (key === '@context') {
        if (!asList(value).every((c) => typeof c === 'string'))
          problems.add('an inline @context (only published contexts, named by URL, are read)');
        continue;
      }
      if (key.startsWith('@')) problems.add(`a JSON-LD keyword member "${key.slice(0, 20)}"`);
      else if (key.includes(':'))
        problems.add(`a member named by an IRI ("${key.slice(0, 80)}") instead of a term`);
      stack.push(value);
    }
  }
  for (const d of DATES) {
    if (d in doc && typeof doc[d] !== 'string') problems.add(`${d} is not a plain string`);
  }
  for (const p of asList(doc.proof)) {
    if (isRecord(p) && 'created' in p && typeof p.created !== 'string')
      problems.add("the proof's created date is not a plain string");
  }
  return [...problems];
}
