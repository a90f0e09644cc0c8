/**
 * How an Open Badges 2.0 assertion says it is verified: `verification`, or `verify`, which the
 * OB 2.0 context defines as the same term (https://w3id.org/openbadges/v2: "verify":
 * "verification"), as Open Badges 1.1 wrote it. Its type is SignedBadge or HostedBadge, or their
 * aliases "signed" and "hosted"; a signed badge names its key by `creator` (or, in the 1.1 form,
 * `url`), and a 1.1 hosted badge may give its address as `url`.
 */
import { idOf, isRecord, str } from '../../json.ts';

export interface Ob2Verification {
  kind?: 'signed' | 'hosted';
  /** The key a signed badge names. */
  creator?: string;
  /** Where a hosted badge says it is hosted (the 1.1 form). */
  url?: string;
}

export function verificationOf(a: Record<string, unknown>): Ob2Verification | undefined {
  const v = isRecord(a.verification) ? a.verification : isRecord(a.verify) ? a.verify : undefined;
  if (!v) return undefined;
  const type = str(v.type) ?? '';
  const kind = /^(SignedBadge|signed)$/.test(type)
    ? 'signed'
    : /^(HostedBadge|hosted)$/.test(type)
      ? 'hosted'
      : undefined;
  const creator = idOf(v.creator) ?? (kind === 'signed' ? idOf(v.url) : undefined);
  const url = kind === 'hosted' ? idOf(v.url) : undefined;
  return { ...(kind ? { kind } : {}), ...(creator ? { creator } : {}), ...(url ? { url } : {}) };
}
