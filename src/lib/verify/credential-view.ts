/**
 * A read-only view of an untrusted credential: the fields every check needs, normalized across
 * VCDM 2.0 (validFrom/validUntil) and 1.1 (issuanceDate/expirationDate), compacted or not.
 */
import { asList, idOf, isRecord, str } from './json.ts';

export type VcVersion = '2.0' | '1.1';

export interface CredentialView {
  raw: Record<string, unknown>;
  version: VcVersion;
  contexts: string[];
  types: string[];
  id?: string;
  issuerId?: string;
  issuerName?: string;
  validFrom?: string;
  validUntil?: string;
  subject?: Record<string, unknown>;
  subjectId?: string;
  achievement?: Record<string, unknown>;
  isOpenBadge: boolean;
}

export const VC2 = 'https://www.w3.org/ns/credentials/v2';
export const VC1 = 'https://www.w3.org/2018/credentials/v1';
export const OB3_CONTEXT = /^https:\/\/purl\.imsglobal\.org\/spec\/ob\/v3p0\/context(-3\.\d\.\d)*\.json$/;

export function viewCredential(raw: Record<string, unknown>): CredentialView {
  const contexts = asList(raw['@context']).filter((c): c is string => typeof c === 'string');
  const version: VcVersion = contexts[0] === VC1 ? '1.1' : '2.0';
  const types = asList(raw.type).filter((t): t is string => typeof t === 'string');
  const subject = asList(raw.credentialSubject).find(isRecord);
  const achievement = subject && isRecord(subject.achievement) ? subject.achievement : undefined;
  const issuerName = isRecord(raw.issuer) ? str(raw.issuer.name) : undefined;
  const validFrom = version === '1.1' ? (str(raw.issuanceDate) ?? str(raw.validFrom)) : str(raw.validFrom);
  const validUntil =
    version === '1.1' ? (str(raw.expirationDate) ?? str(raw.validUntil)) : str(raw.validUntil);
  const id = str(raw.id);
  const issuerId = idOf(raw.issuer);
  const subjectId = subject ? str(subject.id) : undefined;
  return {
    raw,
    version,
    contexts,
    types,
    ...(id ? { id } : {}),
    ...(issuerId ? { issuerId } : {}),
    ...(issuerName ? { issuerName } : {}),
    ...(validFrom ? { validFrom } : {}),
    ...(validUntil ? { validUntil } : {}),
    ...(subject ? { subject } : {}),
    ...(subjectId ? { subjectId } : {}),
    ...(achievement ? { achievement } : {}),
    isOpenBadge:
      contexts.some((c) => OB3_CONTEXT.test(c)) ||
      types.includes('OpenBadgeCredential') ||
      types.includes('AchievementCredential'),
  };
}

/** Milliseconds since the epoch of an XML Schema dateTime, or undefined when it is not one. */
export function parseDateTime(v: string | undefined): number | undefined {
  if (!v || v.length > 40 || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$/.test(v))
    return undefined;
  const t = Date.parse(v);
  return Number.isFinite(t) ? t : undefined;
}
