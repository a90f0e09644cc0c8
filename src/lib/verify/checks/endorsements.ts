/**
 * Endorsements embedded in a credential or its achievement (`endorsement`, `endorsementJwt`):
 * each is verified like a badge (signature, dates) and listed (Open Badges 3.0
 * "EndorsementCredential": https://www.imsglobal.org/spec/ob/v3p0/). An endorsement is a document
 * about the badge, not the badge: one that does not verify is a warning on this row, never a
 * failure of the badge, and never silently dropped. One that has expired (an issuer's profile
 * keeps old endorsements) is listed and not counted (docs/architecture.md, "Verdicts").
 */
import type { CredentialView } from '../credential-view.ts';
import { asList, isRecord, jsonNodeCount, MAX_PROOF_DOCUMENT_NODES } from '../json.ts';
import { pass, problem, skip, type CheckUnit } from '../pipeline/check.ts';
import { clipText } from '../report.ts';
import type { CredentialSubject } from '../subject.ts';
import { loadPart } from '../lazy.ts';

export interface EndorsementResult {
  name: string;
  endorser: string;
  ok: boolean | 'unknown' | 'expired';
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

const MARK: Record<string, string> = { true: '✓', false: '✗', unknown: '?', expired: '⌛' };

export const endorsementsCheck: CheckUnit<CredentialSubject, 'endorsements'> = {
  id: 'endorsements',
  async run({ view }, ctx) {
    const { jwts, embedded } = collect(view);
    if (!jwts.length && !embedded.length) return skip('The badge carries no endorsements.');
    const { endorsementName, endorserOf, verifyEndorsement } = await loadPart(
      import('./endorsement-verify.ts'),
      'the endorsement checks',
    );
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
          `${MARK[String(r.ok)] ?? '?'} ${clipText(r.name)} by ${clipText(r.endorser)}: ${clipText(r.why, 400)}`,
      )
      .join('\n');
    const failed = results.filter((r) => r.ok === false).length;
    const unknown = results.filter((r) => r.ok === 'unknown').length;
    const expired = results.filter((r) => r.ok === 'expired').length;
    const n = results.length;
    const s = n === 1 ? '' : 's';
    if (failed)
      return problem(
        'WARN_ENDORSEMENT_INVALID',
        `${failed} of ${n} endorsement${s} did not verify. An endorsement is a statement about the badge by someone else; the badge itself is not affected.`,
        lines,
      );
    if (unknown)
      return problem(
        'WARN_ENDORSEMENT',
        `${n - unknown} of ${n} endorsement${s} verified; ${unknown} could not be checked.`,
        lines,
      );
    const current = results.filter((r) => r.ok === true);
    if (!current.length)
      return skip(
        `The badge carries ${n} endorsement${s}, all expired, so none is counted. Expired endorsements say nothing against the badge.`,
      );
    const old = expired
      ? ` ${expired} more ha${expired === 1 ? 's' : 've'} expired and ${expired === 1 ? 'is' : 'are'} not counted.`
      : '';
    return pass(
      `${current.length} endorsement${current.length === 1 ? '' : 's'} verified: ${current.map((r) => `${clipText(r.name)} by ${clipText(r.endorser)}`).join('; ')}.${old}`,
      lines,
    );
  },
};
