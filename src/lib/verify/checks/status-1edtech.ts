/**
 * The deprecated 1EdTech Revocation List (https://www.imsglobal.org/spec/vcrl/v1p0/): unsigned,
 * so "not listed" cannot be vouched for; "listed" is believed.
 */
import { isRevokedIn1EdTechList } from '../../status/index.ts';
import type { VerifyContext } from '../context.ts';
import { VerifyError } from '../errors.ts';
import { parseJson, str } from '../json.ts';
import { problem, type Outcome } from '../pipeline/check.ts';
import type { CredentialSubject } from '../subject.ts';
import { listProblem } from './status-list.ts';

export async function check1EdTechEntry(
  entry: Record<string, unknown>,
  s: CredentialSubject,
  ctx: VerifyContext,
): Promise<Outcome<never>> {
  const url = str(entry.id);
  if (!url || !s.view.id)
    return problem(
      'ERR_STATUS_ENTRY',
      'The badge names a 1EdTech revocation list without an address or without its own id.',
    );
  try {
    const doc = await ctx.resources.get(url);
    if (doc.status !== 200)
      throw new VerifyError('ERR_FETCH_FAILED', `the revocation list answered HTTP ${doc.status}`, url);
    if (isRevokedIn1EdTechList(parseJson(doc.body, { maxChars: 2_000_000 }), s.view.id))
      return problem('ERR_REVOKED', 'The issuer has revoked this badge (1EdTech revocation list).', url);
    return problem(
      'WARN_DEPRECATED_STATUS',
      'Not listed as revoked, but the list uses the deprecated, unsigned 1EdTech format, so this cannot be vouched for.',
      url,
    );
  } catch (e) {
    return listProblem(e, url);
  }
}
