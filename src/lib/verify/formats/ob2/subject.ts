/**
 * An Open Badges 2.0 assertion as its checks read it
 * (https://www.imsglobal.org/sites/default/files/Badges/OBv2p0Final/index.html), and a
 * CredentialView of it so the report's summary can show it.
 */
import { parseDateTime, type CredentialView } from '../../credential-view.ts';
import { asList, idOf, isRecord, str } from '../../json.ts';
import type { ParsedJws } from '../../jws.ts';
import type { SubjectBase } from '../../subject.ts';

export interface Ob2Subject extends SubjectBase {
  /** The assertion: a signed badge's payload, or a hosted badge as fetched. */
  assertion?: Record<string, unknown>;
  /** Its BadgeClass and issuer Profile, learned by the proof check. */
  badge?: Record<string, unknown>;
  issuer?: Record<string, unknown>;
  /** A signed assertion: the token, and (learned) its key and whether it is linked both ways with the issuer. */
  jws?: ParsedJws;
  keyId?: string;
  linkedBothWays?: boolean;
  /** A hosted assertion: its address, and what fetching it gave. */
  url?: string;
  fetched?: { gone: true } | { error: unknown };
}

/** An assertion with its BadgeClass and issuer, which every check after the proof needs. */
export function linkedOf(s: Ob2Subject): {
  a: Record<string, unknown>;
  badge: Record<string, unknown>;
  issuer: Record<string, unknown>;
} {
  if (!s.assertion || !s.badge || !s.issuer) throw new Error('the OB 2.0 proof check did not run');
  return { a: s.assertion, badge: s.badge, issuer: s.issuer };
}

export function ob2View(
  a: Record<string, unknown>,
  badge?: Record<string, unknown>,
  issuer?: Record<string, unknown>,
): CredentialView {
  const issuedOn = str(a.issuedOn);
  const expires = str(a.expires);
  const issuerId = idOf(issuer) ?? (badge ? idOf(badge.issuer) : undefined);
  const issuerName = issuer ? str(issuer.name) : undefined;
  const id = str(a.id);
  return {
    raw: { ...a, ...(badge ? { name: badge.name, description: badge.description } : {}) },
    version: '1.1',
    contexts: asList(a['@context']).filter((c): c is string => typeof c === 'string'),
    types: asList(a.type).filter((t): t is string => typeof t === 'string'),
    isOpenBadge: true,
    ...(id ? { id } : {}),
    ...(issuerId ? { issuerId } : {}),
    ...(issuerName ? { issuerName } : {}),
    ...(issuedOn ? { validFrom: issuedOn } : {}),
    ...(expires ? { validUntil: expires } : {}),
    ...(badge
      ? {
          achievement: {
            ...badge,
            criteria: isRecord(badge.criteria) ? badge.criteria : { id: idOf(badge.criteria) },
          },
        }
      : {}),
  };
}

/** Whether a dated OB 2.0 field is a date: a date-time, or a plain date. */
export const isOb2Date = (v: unknown) =>
  parseDateTime(str(v)) !== undefined || /^\d{4}-\d{2}-\d{2}$/.test(str(v) ?? '');
