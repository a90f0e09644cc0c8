/**
 * What the checks read: a subject, made by a format when it reads a badge (formats/*) and
 * extended by the checks with what they learn (the key that verified, the catalog credential).
 */
import type { CredentialView } from './credential-view.ts';
import type { ResolvedKey } from './jws-key.ts';
import type { ParsedJws } from './jws.ts';
import type { CatalogMatch, Format } from './report.ts';

/** What every format's subject carries into the report. */
export interface SubjectBase {
  format: Format;
  /** The credential as the summary reads it. */
  view?: CredentialView;
  /** The decoded credential the report shows (untrusted data). */
  credential?: Record<string, unknown>;
  /** The catalog credential the badge is, once the achievement check found it. */
  listed?: CatalogMatch['credential'];
}

/** The key a badge's proof verified with, and when the badge says it was issued (to check the key was in force). */
export interface Signer {
  key: ResolvedKey;
  issuedAt: number | undefined;
}

/** Registered JWT dates of a token, in milliseconds. */
export interface TokenDates {
  nbf?: number;
  exp?: number;
  iat?: number;
}

/** A VC-JWT's token: its signature is the proof; its claims are compared with the credential it carries. */
export interface Token {
  jws: ParsedJws;
  payload: Record<string, unknown>;
}

/** A W3C verifiable credential (Open Badges 3.0 or not), as every standard check reads it. */
export interface CredentialSubject extends SubjectBase {
  view: CredentialView;
  credential: Record<string, unknown>;
  /** The JWT the credential came in, when it came in one. */
  token?: Token;
  /** Set by the proof check. */
  signer?: Signer;
}
