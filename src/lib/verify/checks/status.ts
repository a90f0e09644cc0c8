/**
 * Revocation status: W3C Bitstring Status List (status-bitstring.ts), its predecessor
 * StatusList2021 (status-list-2021.ts) and the deprecated 1EdTech Revocation List
 * (status-1edtech.ts); another method is a file like those and a line in
 * `METHODS`. A list that cannot be obtained or verified means
 * "unknown" — never "not revoked". Every entry counts, up to a bound: a revocation entry listed
 * after one about something else must not be skipped.
 */
import type { VerifyContext } from '../context.ts';
import { asList, isRecord, str } from '../json.ts';
import { problem, skip, type CheckUnit, type Outcome } from '../pipeline/check.ts';
import type { CheckStatus } from '../report.ts';
import type { CredentialSubject } from '../subject.ts';
import { check1EdTechEntry } from './status-1edtech.ts';
import { checkBitstringEntry } from './status-bitstring.ts';
import { checkStatusList2021Entry } from './status-list-2021.ts';

/** Most status entries checked per badge; each may cost a list verification. */
const MAX_STATUS_ENTRIES = 4;
const SEVERITY: Record<CheckStatus, number> = { skip: 0, pass: 1, warn: 2, fail: 3 };

type EntryCheck = (
  entry: Record<string, unknown>,
  s: CredentialSubject,
  ctx: VerifyContext,
) => Promise<Outcome<never>>;

/** The status methods this verifier reads, by the entry `type` that names them. */
const METHODS: ReadonlyMap<string, EntryCheck> = new Map([
  ['BitstringStatusListEntry', checkBitstringEntry],
  ['1EdTechRevocationList', check1EdTechEntry],
  ['StatusList2021Entry', checkStatusList2021Entry],
]);

function checkEntry(
  entry: Record<string, unknown>,
  s: CredentialSubject,
  ctx: VerifyContext,
): Promise<Outcome<never>> | Outcome<never> {
  const type = str(entry.type);
  const method = type === undefined ? undefined : METHODS.get(type);
  if (method) return method(entry, s, ctx);
  return problem(
    'WARN_STATUS_UNSUPPORTED',
    `The badge uses a status method this verifier cannot check (${(type ?? 'unnamed').slice(0, 60)}).`,
  );
}

export const statusCheck: CheckUnit<CredentialSubject, 'status'> = {
  id: 'status',
  async run(s, ctx) {
    const entries = asList(s.view.raw.credentialStatus).filter(isRecord);
    const [first] = entries;
    if (!first) return skip('The badge names no revocation list, so its issuer has no way to revoke it.');
    if (entries.length === 1) return checkEntry(first, s, ctx);
    const results: Outcome<never>[] = [];
    for (const entry of entries.slice(0, MAX_STATUS_ENTRIES)) results.push(await checkEntry(entry, s, ctx));
    if (entries.length > MAX_STATUS_ENTRIES)
      results.push(
        problem(
          'WARN_STATUS_UNSUPPORTED',
          `The badge lists ${entries.length} status entries; only the first ${MAX_STATUS_ENTRIES} were checked.`,
        ),
      );
    const worst = results.reduce((a, b) => (SEVERITY[b.status] > SEVERITY[a.status] ? b : a));
    const detail = results
      .map((c, i) => `entry ${i + 1}: ${c.status}: ${c.message}${c.detail ? ` (${c.detail})` : ''}`)
      .join('\n');
    return { ...worst, detail };
  },
};
