/**
 * Endorsements embedded in a credential or its achievement (`endorsement`, `endorsementJwt`):
 * each is verified like a badge (signature, dates) and listed (Open Badges 3.0
 * "EndorsementCredential": https://www.imsglobal.org/spec/ob/v3p0/). An endorsement that fails
 * does not invalidate the badge, but it is reported as a failure of that endorsement, never
 * silently dropped.
 */
import type { CredentialView } from '../credential-view.ts';
import { asList, isRecord, jsonNodeCount, MAX_PROOF_DOCUMENT_NODES } from '../json.ts';
import { pass, problem, skip, type CheckUnit } from '../pipeline/check.ts';
import { clipText } from '../report.ts';
import type { CredentialSubject } from '../subject.ts';

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

export const endorsementsCheck: CheckUnit<CredentialSubject, 'endorsements'> = {
  id: 'endorsements',
  async run({ view }, ctx) {
    const { jwts, embedded } = collect(view);
    if (!jwts.length && !embedded.length) return skip('The badge carries no endorsements.');
    const { endorsementName, endorserOf, verifyEndorsement } = await import('./endorsement-verify.ts');
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
    const lines = results
      .map(
        (r) =>
          `${r.ok === true ? '✓' : r.ok === false ? '✗' : '?'} ${clipText(r.name)} by ${clipText(r.endorser)}: ${clipText(r.why, 400)}`,
      )
      .join('\n');
    const failed = results.filter((r) => r.ok === false).length;
    const unknown = results.filter((r) => r.ok === 'unknown').length;
    const n = results.length;
    const s = n === 1 ? '' : 's';
    if (failed) return problem('ERR_ENDORSEMENT', `${failed} of ${n} endorsement${s} did not verify.`, lines);
    if (unknown)
      return problem(
        'WARN_ENDORSEMENT',
        `${n - unknown} of ${n} endorsement${s} verified; ${unknown} could not be checked.`,
        lines,
      );
    return pass(
      `${n} endorsement${s} verified: ${results.map((r) => `${clipText(r.name)} by ${clipText(r.endorser)}`).join('; ')}.`,
      lines,
    );
  },
};
