/**
 * Every code a verification report can carry, and what each one means, in one table. A code is
 * `failed` (checked, and wrong), `unknown` (could not be checked: never a pass, never a failure)
 * or `caution` (checked and acceptable, but not something this catalog can vouch for). A row's
 * status follows from its code, so no check decides it again; see docs/architecture.md
 * ("Verdicts").
 *
 * Low-level code throws `VerifyError(code, reason)` with a short technical reason that names no
 * document ("alg \"none\" means unsigned"); the check that catches it writes the sentence a
 * person reads, naming what was being checked: the badge, a status list, an endorsement.
 */

export type Meaning = 'failed' | 'unknown' | 'caution';

interface CodeInfo {
  meaning: Meaning;
  /** The sentence for a row with this code; `it` names what was checked ("the badge"). */
  says: (it: string) => string;
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const failed = (says: CodeInfo['says']): CodeInfo => ({ meaning: 'failed', says });
const unknown = (says: CodeInfo['says']): CodeInfo => ({ meaning: 'unknown', says });
const caution = (says: CodeInfo['says']): CodeInfo => ({ meaning: 'caution', says });

export const CODES = {
  // Reading the input
  ERR_INPUT_TOO_LARGE: failed((it) => `${cap(it)} is too large to check`),
  ERR_INPUT_EMPTY: failed(() => 'There is nothing to verify: paste a badge or drop a file'),
  ERR_UNREADABLE: failed((it) => `${cap(it)} could not be read as a badge`),
  ERR_NOT_A_BADGE: failed((it) => `${cap(it)} is not a credential this verifier can read`),
  ERR_PRESENTATION: failed(
    () =>
      'This is a verifiable presentation (a wrapper around credentials); paste one of the credentials inside it',
  ),
  ERR_JWS_MALFORMED: failed((it) => `${cap(it)} is not a well-formed signed token`),
  ERR_JSON_MALFORMED: failed((it) => `${cap(it)} is not well-formed`),
  // The signature and the key that made it
  ERR_ALG_NOT_ALLOWED: failed((it) => `${cap(it)} is not signed with an algorithm this verifier accepts`),
  ERR_HEADER_NOT_ALLOWED: failed((it) => `${cap(it)} uses a token header this verifier must refuse`),
  ERR_NO_PROOF: failed((it) => `${cap(it)} carries no signature, so anyone could have written it`),
  ERR_SIGNATURE_INVALID: failed(
    (it) =>
      `The signature does not match: ${it} was changed after it was signed, or it was not signed with this key`,
  ),
  ERR_SD_BASE_PROOF: failed(
    (it) => `${cap(it)} carries its holder's base proof, not a proof derived for verifiers`,
  ),
  ERR_JSONLD_FORM: failed(
    (it) =>
      `${cap(it)} is written in an unusual JSON-LD form, so what this page reads could differ from what its proof signed`,
  ),
  ERR_KEY_MISSING: failed((it) => `${cap(it)} does not name a signing key that can be looked up`),
  ERR_KEY_NOT_IN_CATALOG: failed(
    (it) => `${cap(it)} names a key at this catalog's address that the catalog does not publish`,
  ),
  ERR_KEY_INVALID: failed((it) => `The key named for ${it} is not a usable public key for its signature`),
  ERR_KEY_UNRESOLVED: unknown((it) => `The key that signed ${it} could not be obtained here`),
  ERR_PROOF_UNSUPPORTED: unknown((it) => `${cap(it)} uses a kind of proof this verifier does not support`),
  ERR_CONTEXT_UNKNOWN: unknown(
    (it) => `${cap(it)} uses a JSON-LD context this verifier does not know (contexts are never fetched)`,
  ),
  ERR_TOO_COMPLEX: unknown((it) => `${cap(it)} is too complex to check here`),
  ERR_FETCH_NOT_ALLOWED: unknown((it) => `${cap(it)} could not be checked here`),
  ERR_FETCH_FAILED: unknown(
    (it) => `${cap(it)} could not be checked: a document it needs could not be fetched`,
  ),
  WARN_DEPRECATED_SUITE: caution((it) => `The signature of ${it} is valid, but it uses a deprecated suite`),
  WARN_NONCONFORMANT_SUITE: caution(
    (it) => `The signature of ${it} is valid, but its suite is not an Open Badges 3.0 conformance suite`,
  ),
  // Structure and token claims
  ERR_STRUCTURE: failed((it) => `${cap(it)} does not have the structure its standard requires`),
  WARN_STRUCTURE: caution((it) => `${cap(it)} is an Open Badge with gaps in its structure`),
  NOT_OPEN_BADGE: caution((it) => `${cap(it)} is a verifiable credential, but not an Open Badge`),
  ERR_CLAIMS_MISMATCH: failed(() => "The token's claims disagree with the credential it carries"),
  // Who signed
  ERR_KEY_ISSUER_MISMATCH: failed((it) => `${cap(it)} was signed with another issuer's key`),
  ERR_KEY_REVOKED: failed((it) => `The key that signed ${it} has been revoked by its issuer`),
  ERR_KEY_NOT_IN_FORCE: failed((it) => `The key that signed ${it} was not in force when it was issued`),
  ERR_KEY_CONTROLLER: failed(
    (it) => `The key that signed ${it} is controlled by someone other than its issuer`,
  ),
  ERR_KEY_NOT_PUBLISHED: failed((it) => `${cap(it)} was not signed with a key its issuer publishes`),
  WARN_KEY_UNKNOWN: caution((it) => `${cap(it)} was signed with a key this catalog does not publish`),
  WARN_NO_ISSUANCE_DATE: unknown((it) => `${cap(it)} gives no issuance date to check its key against`),
  WARN_ISSUER_UNKNOWN: caution((it) => `The issuer of ${it} is not registered in this catalog`),
  WARN_ISSUER_LOOKALIKE: caution(
    (it) => `The issuer of ${it} is not registered here, but looks like one that is`,
  ),
  WARN_ISSUER_HIDDEN_CHARACTERS: caution(
    (it) =>
      `The issuer's name in ${it} hides characters (text-direction controls or invisible characters), a sign of a look-alike name`,
  ),
  // Dates
  ERR_NOT_YET_VALID: failed((it) => `${cap(it)} is not valid yet`),
  ERR_EXPIRED: failed((it) => `${cap(it)} has expired`),
  WARN_NO_VALID_FROM: caution((it) => `${cap(it)} does not say from when it is valid`),
  // Status
  ERR_REVOKED: failed((it) => `The issuer has revoked ${it}`),
  ERR_SUSPENDED: failed((it) => `The issuer has suspended ${it}`),
  ERR_STATUS_ENTRY: failed((it) => `The revocation entry of ${it} is malformed`),
  ERR_STATUS_RANGE: failed((it) => `The status list has no entry at the index ${it} names`),
  ERR_STATUS_PURPOSE: failed((it) => `The status list is not for the purpose ${it}'s entry names`),
  ERR_STATUS_LIST: unknown((it) => `Could not check whether ${it} was revoked`),
  WARN_STATUS_UNSUPPORTED: unknown((it) => `${cap(it)} uses a status method this verifier cannot check`),
  WARN_STATUS_SIGNER: unknown(
    (it) =>
      `Could not check whether ${it} was revoked: its status list's signer cannot be tied to its issuer`,
  ),
  WARN_STATUS_SHORT_LIST: caution(
    (it) =>
      `${cap(it)} is not listed as revoked, but its status list is shorter than the standard's minimum, which can single out whose badge is checked`,
  ),
  WARN_DEPRECATED_STATUS: caution(
    (it) => `${cap(it)} is not listed as revoked, but in an unsigned, deprecated list`,
  ),
  // The catalog's credential
  ERR_ACHIEVEMENT_UNKNOWN: failed(
    (it) => `${cap(it)} names an achievement its issuer does not publish in this catalog`,
  ),
  ERR_ACHIEVEMENT_ISSUER: failed((it) => `${cap(it)} names a credential of another issuer in this catalog`),
  ERR_ACHIEVEMENT_DRAFT: failed((it) => `${cap(it)} names a credential that is still a draft`),
  WARN_ACHIEVEMENT_EXTERNAL: caution(() => 'The achievement is not a credential in this catalog'),
  // Endorsements and recipient
  WARN_ENDORSEMENT: unknown((it) => `An endorsement of ${it} could not be checked`),
  WARN_ENDORSEMENT_INVALID: caution(
    (it) =>
      `An endorsement of ${it} did not verify; it is someone else's statement, so only that endorsement is in doubt`,
  ),
  ERR_RECIPIENT_MISMATCH: failed((it) => `${cap(it)} was not awarded to that email address`),
  WARN_NO_EMAIL_IDENTIFIER: caution((it) => `${cap(it)} does not identify its earner by email`),
  // The verifier itself
  ERR_INTERNAL: unknown(() => 'Verification stopped on an unexpected error; the result is incomplete'),
} as const satisfies Record<string, CodeInfo>;

/** Every code a report can carry. */
export type CheckCode = keyof typeof CODES;

export const meaningOf = (code: CheckCode): Meaning => CODES[code].meaning;

/** The row status a code gives: failed → fail; unknown and caution → warn. */
export const statusOf = (code: CheckCode): 'fail' | 'warn' =>
  CODES[code].meaning === 'failed' ? 'fail' : 'warn';

export class VerifyError extends Error {
  override name = 'VerifyError';
  readonly code: CheckCode;
  /** Technical detail for the report's expandable part. */
  readonly detail: string | undefined;
  /** @param reason a short technical clause ("alg \"none\" means unsigned"), or '' when the code says it all. */
  constructor(code: CheckCode, reason: string, detail?: string, options?: { cause?: unknown }) {
    super(reason, options);
    this.code = code;
    this.detail = detail;
  }
}

export const isVerifyError = (e: unknown): e is VerifyError => e instanceof VerifyError;

/** The sentence for an error about `it` ("the badge", "the status list"): its code's sentence and its reason. */
export function explain(e: VerifyError, it: string): string {
  return `${CODES[e.code].says(it)}${e.message ? `: ${e.message}` : ''}.`;
}

/** A short, safe description of any thrown value, for technical details. */
export function describeError(e: unknown): string {
  if (e instanceof Error) {
    const code = (e as { code?: unknown }).code;
    return `${typeof code === 'string' ? `${code}: ` : ''}${e.message}`.slice(0, 500);
  }
  return String(e).slice(0, 500);
}
