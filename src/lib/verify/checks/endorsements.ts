/**
 * Endorsements embedded in a credential or its achievement (`endorsement`, `endorsementJwt`):
 * each is verified like a badge (signature, dates) and listed; ob3-notes.md §3 step 6.
 * An endorsement that fails does not invalidate the badge, but it is reported as a failure
 * of that endorsement, never silently dropped.
 */
import type { VerifyContext } from '../context.ts';
import type { CredentialView } from '../credential-view.ts';
import { asList, isRecord, jsonNodeCount, MAX_PROOF_DOCUMENT_NODES, str } from '../json.ts';
import { clipText, type ReportLog } from '../report.ts';

export interface EndorsementResult {
  name: string;
  endorser: string;
  ok: boolean | 'unknown';
  why: string;
}

function collect(v: CredentialView): { jwts: string[]; embedded: Record<string, unknown>[] } {
  const holders = [v.raw, v.achievement, isRecord(v.raw.issuer) ? v.raw.issuer : undefined].filter(isRecord);
  const jwts = holders
    .flatMap((h) => asList(h.endorsementJwt))
    .filter((x): x is string => typeof x === 'string');
  const embedded = holders.flatMap((h) => asList(h.endorsement)).filter(isRecord);
  return { jwts: jwts.slice(0, 20), embedded: embedded.slice(0, 20) };
}

export async function checkEndorsements(
  v: CredentialView,
  ctx: VerifyContext,
  log: ReportLog,
): Promise<void> {
  const { jwts, embedded } = collect(v);
  if (!jwts.length && !embedded.length) {
    log.add('endorsements', 'skip', 'The badge carries no endorsements.');
    return;
  }
  const { endorserOf, verifyEndorsement } = await import('./endorsement-verify.ts');
  const results: EndorsementResult[] = [];
  for (const e of jwts) results.push(await verifyEndorsement(e, ctx));
  // Embedded endorsements share one size budget: each is canonicalized before its proof is checked.
  let budget = MAX_PROOF_DOCUMENT_NODES;
  for (const e of embedded) {
    const size = jsonNodeCount(e, budget);
    if (size > budget) {
      results.push({
        name: endorsementName(e),
        endorser: endorserOf(e),
        ok: 'unknown',
        why: `not checked: the embedded endorsements together hold more than ${MAX_PROOF_DOCUMENT_NODES} objects and arrays, too many to check here`,
      });
      budget = 0;
      continue;
    }
    budget -= size;
    results.push(await verifyEndorsement(e, ctx));
  }
  const lines = results.map(
    (r) =>
      `${r.ok === true ? '✓' : r.ok === false ? '✗' : '?'} ${clipText(r.name)} by ${clipText(r.endorser)}: ${clipText(r.why, 400)}`,
  );
  const failed = results.filter((r) => r.ok === false).length;
  const unknown = results.filter((r) => r.ok === 'unknown').length;
  const n = results.length;
  if (failed) {
    log.add('endorsements', 'fail', `${failed} of ${n} endorsement${n === 1 ? '' : 's'} did not verify.`, {
      detail: lines.join('\n'),
      code: 'ERR_ENDORSEMENT',
    });
  } else if (unknown) {
    log.add(
      'endorsements',
      'warn',
      `${n - unknown} of ${n} endorsement${n === 1 ? '' : 's'} verified; ${unknown} could not be checked.`,
      { detail: lines.join('\n'), code: 'WARN_ENDORSEMENT' },
    );
  } else {
    log.add(
      'endorsements',
      'pass',
      `${n} endorsement${n === 1 ? '' : 's'} verified: ${results.map((r) => `${clipText(r.name)} by ${clipText(r.endorser)}`).join('; ')}.`,
      { detail: lines.join('\n') },
    );
  }
}

export const endorsementName = (c: Record<string, unknown>) => str(c.name) ?? 'Endorsement';
