/**
 * Obtaining a status list a badge points to, verified: from the catalog's own published lists,
 * or fetched (only when allowed). A list's signature is checked once per registry and list text:
 * its verdict depends only on those (the same bytes, the same published keys). Failures are not
 * kept. An error about the list makes the badge's status unknown, never "not revoked".
 */
import type { VerifyContext } from '../context.ts';
import { describeError, explain, meaningOf, VerifyError } from '../errors.ts';
import { verifySignedText, type SignedDocument } from '../documents.ts';
import { remember } from '../memo.ts';
import { problem, type Outcome } from '../pipeline/check.ts';
import type { RegistryIndex } from '../registry.ts';
import type { CredentialSubject } from '../subject.ts';

export interface LoadedList extends SignedDocument {
  /** Where the list came from: "this catalog" or its address. */
  from: string;
}

const cache = new WeakMap<RegistryIndex, Map<string, Promise<SignedDocument>>>();

function verifiedOnce(text: string, ctx: VerifyContext): Promise<SignedDocument> {
  let lists = cache.get(ctx.registry);
  if (!lists) {
    lists = new Map();
    cache.set(ctx.registry, lists);
  }
  return remember(lists, text, () => verifySignedText(text, ctx), 32);
}

export async function loadList(url: string, ctx: VerifyContext): Promise<LoadedList> {
  const own = ctx.registry.statusList(url);
  if (own) return { ...(await verifiedOnce(own.text, ctx)), from: 'this catalog' };
  const doc = await ctx.resources.get(url, 'application/vc+jwt, application/vc+ld+json, application/json');
  if (doc.status !== 200)
    throw new VerifyError('ERR_FETCH_FAILED', `the status list address answered HTTP ${doc.status}`, url);
  return { ...(await verifiedOnce(doc.body, ctx)), from: url };
}

/**
 * The row when a list cannot be obtained or read: unknown. An error that already means "could
 * not check" keeps its code; one that means the list is wrong (a bad signature, malformed data)
 * becomes ERR_STATUS_LIST, for the badge is not wrong because its list is.
 */
export function listProblem(e: unknown, url: string): Outcome<never> {
  const known = e instanceof VerifyError ? e : undefined;
  const code = known && meaningOf(known.code) === 'unknown' ? known.code : 'ERR_STATUS_LIST';
  const why = known
    ? explain(known, 'the status list')
    : `The status list could not be read: ${describeError(e)}.`;
  return problem(
    code,
    `Could not check whether the badge was revoked. ${why}`,
    `list: ${url}${known?.detail && known.detail !== url ? `; ${known.detail}` : ''}`,
  );
}

/**
 * How a verified status list is tied to the badge's issuer, or undefined when it is not
 * (docs/architecture.md, "Verdicts"): signed with a key this catalog publishes for that issuer;
 * signed with the very key material that signed the badge, whatever identifier names it (a
 * did:key list for a did:web issuer); or signed with a key the issuer's own identifier controls.
 */
export function listSignerTie(
  list: LoadedList,
  s: Pick<CredentialSubject, 'view' | 'signer'>,
  ctx: Pick<VerifyContext, 'registry'>,
): string | undefined {
  const issuerId = s.view.issuerId;
  const registered = issuerId ? ctx.registry.issuerByProfile(issuerId) : undefined;
  if (registered && list.key.catalog?.issuer.id === registered.id)
    return `signed with a key ${registered.name} publishes here`;
  if (s.signer && list.key.thumbprint === s.signer.key.thumbprint)
    return 'signed with the same key as the badge';
  if (!registered && issuerId && list.key.controller === issuerId)
    return "signed with a key the issuer's identifier controls";
  return undefined;
}
