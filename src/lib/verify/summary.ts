/** The human summary of a badge for the result card: all untrusted text, shown as text only. */
import type { CredentialView } from './credential-view.ts';
import { asList, idOf, isRecord, str } from './json.ts';
import type { RegistryIndex } from './registry.ts';
import type { CatalogMatch, Summary } from './report.ts';

const clip = (s: string | undefined, n = 2000) =>
  s === undefined ? undefined : s.length > n ? `${s.slice(0, n)}…` : s;

function recipientOf(v: CredentialView): string | undefined {
  const ids = v.subject ? asList(v.subject.identifier).filter(isRecord) : [];
  const name = ids.find((i) => i.identityType === 'name' && i.hashed !== true);
  if (name) return str(name.identityHash);
  const plainEmail = ids.find(
    (i) => (i.identityType === 'emailAddress' || i.identityType === 'email') && i.hashed !== true,
  );
  if (plainEmail) return str(plainEmail.identityHash);
  if (v.subjectId) return v.subjectId;
  if (ids.some((i) => i.hashed === true)) return 'An earner identified by a hashed email address';
  return undefined;
}

/**
 * Only images that cost no third-party request: data: URLs and this catalog's own badge art, and
 * only for a confirmed badge: an unconfirmed one could carry any issuer's artwork.
 */
function safeImage(v: CredentialView, match: CatalogMatch, registry: RegistryIndex): string | undefined {
  const a = v.achievement;
  const candidates = [a ? idOf(a.image) : undefined, idOf(v.raw.image)];
  for (const c of candidates)
    if (c && /^data:image\/(png|svg\+xml|jpeg|gif|webp)[;,]/i.test(c) && c.length < 2_000_000) return c;
  if (match.credential) return registry.credentialById(match.credential.id)?.badge;
  return undefined;
}

/** The card's fields; `confirmed` (report.ts, `confirmedBy`) decides whether the catalog's name and artwork may be used. */
export function summarize(
  v: CredentialView,
  match: CatalogMatch,
  registry: RegistryIndex,
  confirmed: boolean,
): Summary {
  const a = v.achievement;
  const criteria = a && isRecord(a.criteria) ? str(a.criteria.narrative) : undefined;
  const registered = confirmed && v.issuerId ? registry.issuerByProfile(v.issuerId) : undefined;
  const out: Summary = {};
  const set = <K extends keyof Summary>(k: K, val: Summary[K] | undefined) => {
    if (val !== undefined && val !== '') out[k] = val;
  };
  set('name', clip(str(v.raw.name) ?? (a ? str(a.name) : undefined), 300));
  set('description', clip(str(v.raw.description) ?? (a ? str(a.description) : undefined)));
  set('issuerName', clip(registered?.name ?? v.issuerName, 300));
  set('issuerId', clip(v.issuerId, 500));
  set('recipient', clip(recipientOf(v), 300));
  set('achievementName', clip(a ? str(a.name) : undefined, 300));
  set('achievementId', clip(a ? str(a.id) : undefined, 500));
  set('criteria', clip(criteria));
  set('image', confirmed ? safeImage(v, match, registry) : undefined);
  set('validFrom', clip(v.validFrom, 60));
  set('validUntil', clip(v.validUntil, 60));
  return out;
}
