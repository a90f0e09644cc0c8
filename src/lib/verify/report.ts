/**
 * The verification report: one row per check in a fixed order, each pass | warn | fail | skip with
 * a plain sentence and technical detail, and a verdict derived from them. Modelled on
 * digitalcredentials/verifier-core `src/types/result.ts`, with its rule: never report false when
 * you don't know — and never report pass either. Unknown is `warn`. See docs/architecture.md.
 */
import { meaningOf, type CheckCode } from './errors.ts';

export const CHECK_IDS = [
  'format',
  'structure',
  'proof',
  'key',
  'issuer',
  'claims',
  'dates',
  'status',
  'achievement',
  'endorsements',
  'recipient',
] as const;
export type CheckId = (typeof CHECK_IDS)[number];

export type CheckStatus = 'pass' | 'warn' | 'fail' | 'skip';

export interface Check {
  id: CheckId;
  status: CheckStatus;
  /** Short name of the check, e.g. "Signature". */
  title: string;
  /** One plain sentence for anyone. */
  message: string;
  /** Technical detail for those who want it. */
  detail?: string;
  /** Stable machine code for failures, unknowns and cautions; its meaning is in errors.ts. */
  code?: CheckCode;
}

export const CHECK_TITLES: Record<CheckId, string> = {
  format: 'Readable badge',
  structure: 'Open Badges structure',
  proof: 'Signature',
  key: 'Signing key',
  issuer: 'Issuer',
  claims: 'Token matches credential',
  dates: 'Validity dates',
  status: 'Revocation status',
  achievement: 'Credential in catalog',
  endorsements: 'Endorsements',
  recipient: 'Recipient',
};

/**
 * The five verdicts, from best to worst (docs/architecture.md, "Verdicts"): `verified` (every
 * check passed and this catalog vouches for the badge) · `warnings` (the signature was checked and
 * is valid, nothing failed, but something is not vouched for or could not be checked) ·
 * `unverified` (the signature itself could not be checked, so nothing in the badge can be relied
 * on) · `invalid` (the badge is shown to be wrong) · `unreadable`.
 */
export const VERDICTS = ['verified', 'warnings', 'unverified', 'invalid', 'unreadable'] as const;
export type Verdict = (typeof VERDICTS)[number];

export const VERDICT_LABELS: Record<Verdict, string> = {
  verified: 'Verified by this catalog',
  warnings: 'Genuine signature, with warnings',
  unverified: 'Could not be verified',
  invalid: 'Not valid',
  unreadable: 'Not a badge we can read',
};

export type Format =
  | 'ob3-vc-jwt'
  | 'vc-jose-jwt'
  | 'vc1-jwt'
  | 'ob3-json-data-integrity'
  | 'vc-json-data-integrity'
  | 'ob3-json-unsigned'
  | 'vc-json-unsigned'
  | 'ob2-signed'
  | 'ob2-hosted'
  | 'unknown';

export const FORMAT_LABELS: Record<Format, string> = {
  'ob3-vc-jwt': 'Open Badges 3.0 credential, signed as a VC-JWT',
  'vc-jose-jwt': 'W3C verifiable credential secured with JOSE (vc+jwt)',
  'vc1-jwt': 'Verifiable Credential 1.1 JWT (vc claim)',
  'ob3-json-data-integrity': 'Open Badges 3.0 credential with an embedded Data Integrity proof',
  'vc-json-data-integrity': 'Verifiable credential with an embedded Data Integrity proof',
  'ob3-json-unsigned': 'Open Badges 3.0 credential without a signature (unsigned JSON)',
  'vc-json-unsigned': 'Verifiable credential without a signature (unsigned JSON)',
  'ob2-signed': 'Open Badges 2.0 signed assertion',
  'ob2-hosted': 'Open Badges 2.0 hosted assertion',
  unknown: 'Unknown',
};

/** The format as the object of a sentence: "Read <phrase> from …". */
export const FORMAT_PHRASES: Record<Format, string> = {
  'ob3-vc-jwt': 'an Open Badges 3.0 credential signed as a VC-JWT',
  'vc-jose-jwt': 'a W3C verifiable credential secured with JOSE (vc+jwt)',
  'vc1-jwt': 'a VC 1.1 JWT (credential in the vc claim)',
  'ob3-json-data-integrity': 'an Open Badges 3.0 credential with an embedded Data Integrity proof',
  'vc-json-data-integrity': 'a verifiable credential with an embedded Data Integrity proof',
  'ob3-json-unsigned': 'an Open Badges 3.0 credential without a signature (unsigned JSON)',
  'vc-json-unsigned': 'a verifiable credential without a signature (unsigned JSON)',
  'ob2-signed': 'an Open Badges 2.0 signed assertion',
  'ob2-hosted': 'an Open Badges 2.0 hosted assertion',
  unknown: 'something unrecognized',
};

/**
 * What this catalog says of the badge: filled only when the badge is confirmed (its signature
 * checked, with a key its named issuer publishes here, and that issuer registered), so a forged
 * or look-alike badge never gets the catalog's name, artwork or links.
 */
export interface CatalogMatch {
  issuer?: { id: string; name: string; page: string };
  credential?: {
    id: string;
    title: string;
    page: string;
    version: string;
    status: string;
    /** What a principal needs, from the catalog: hours and CEUs, the quality review, its stacks. */
    hours?: number;
    ceus?: number;
    quality?: 'meets' | 'gaps' | 'not-reviewed';
    stacks?: { title: string; page: string }[];
  };
}

export interface Summary {
  name?: string;
  description?: string;
  issuerName?: string;
  issuerId?: string;
  recipient?: string;
  achievementName?: string;
  achievementId?: string;
  criteria?: string;
  image?: string;
  validFrom?: string;
  validUntil?: string;
}

export interface Report {
  verdict: Verdict;
  /** One sentence: the verdict's most important reason first (headline.ts). */
  headline: string;
  format: Format;
  /** Where the badge was found: "text", "PNG iTXt openbadgecredential", "SVG openbadges:credential"… */
  container: string;
  checks: Check[];
  /**
   * Whether what the card shows is confirmed: the signature checked, made with a key the named
   * issuer publishes in this catalog, and that issuer registered. Until then every field is only
   * what the badge claims.
   */
  confirmed: boolean;
  summary: Summary;
  /** The decoded credential (untrusted data: render as text only). */
  credential?: unknown;
  catalog: CatalogMatch;
  /** For multi-proof credentials and the like: which proof or key was used. */
  notes: string[];
}

/** Untrusted text (a name, an id) to put in a sentence: at most `max` characters, so a report stays short. */
export const clipText = (s: string, max = 120): string => (s.length > max ? `${s.slice(0, max - 1)}…` : s);

/**
 * The verdict from the rows: unreadable when the badge could not be read; invalid when any row
 * fails (the badge is shown wrong: no signature could make an expired or revoked badge good);
 * unverified when the signature was not checked and found valid (a row warning "could not
 * check", or not run); warnings when any other row warns; verified only when every row passes
 * or is skipped.
 */
export function verdictOf(checks: readonly Check[]): Verdict {
  const format = checks.find((c) => c.id === 'format');
  if (!format || format.status === 'fail') return 'unreadable';
  if (checks.some((c) => c.status === 'fail')) return 'invalid';
  if (!signatureChecked(checks)) return 'unverified';
  if (checks.some((c) => c.status === 'warn')) return 'warnings';
  return 'verified';
}

/** Whether the signature, the key and the issuer rows all hold: the badge is the named catalog issuer's. */
export function confirmedBy(checks: readonly Check[]): boolean {
  const passed = (id: CheckId) => checks.find((c) => c.id === id)?.status === 'pass';
  return signatureChecked(checks) && passed('key') && passed('issuer');
}

/** Whether the signature row says the signature was checked and is valid (a caution, such as a deprecated suite, still is). */
export function signatureChecked(checks: readonly Check[]): boolean {
  const proof = checks.find((c) => c.id === 'proof');
  if (!proof) return false;
  if (proof.status === 'pass') return true;
  return proof.status === 'warn' && proof.code !== undefined && meaningOf(proof.code) === 'caution';
}

/** Longest sentence and technical detail a check keeps: whatever a badge holds, a report stays small. */
export const MAX_MESSAGE = 2_000;
export const MAX_DETAIL = 20_000;
