import type { CredentialRecognitionJson, IndexRuleJson, StackRecognitionJson } from './recognition/json.ts';

/**
 * The shape of /catalog.json: a machine-readable index of everything the site publishes, and
 * the registry the verifier trusts (issuers, their keys with validity windows, signed status
 * lists, achievements). Plain JSON, stable field names.
 */

export interface CatalogIndexKey {
  /** Absolute key URL: the JWT `kid` of badges signed before issuer DIDs. */
  kid: string;
  /** Its verification method in the issuer's DID document: `kid` and `verificationMethod` of badges signed now. */
  method: string;
  thumbprint: string;
  alg: string;
  jwk: Record<string, string>;
  validFrom: string;
  validUntil?: string;
  revoked?: { date: string; reason: string };
}

export interface CatalogIndexIssuer {
  id: string;
  name: string;
  profile: string;
  /** The issuer's did:web, the issuer id of badges issued now (docs/architecture.md, "Issuer identities"). */
  did: string;
  page: string;
  jwks: string;
  url: string;
  keys: CatalogIndexKey[];
  /**
   * Signed status lists published for this issuer: URL → the list credential as published, a
   * compact JWS or (at the `.json` URL) JSON with a Data Integrity proof.
   */
  statusLists: { url: string; jwt?: string; credential?: Record<string, unknown> }[];
}

export interface CatalogIndexCredential {
  id: string;
  title: string;
  issuer: string;
  status: 'draft' | 'active' | 'retired';
  version: string;
  hours: number;
  ceus: number;
  page: string;
  achievement: string;
  badge: string;
  subjects: string[];
  gradeBands: string[];
  audience: string[];
  tags: string[];
  stacks: string[];
  prerequisites: string[];
  quality: 'meets' | 'gaps' | 'not-reviewed';
  published: string;
  updated?: string;
  /** Its CTDL document, for the Credential Registry (not for drafts). */
  ctdl?: string;
  /**
   * Recognizers' rules that take it into account, by id (the site's catalog.json; not the
   * CLIs'). Each rule is described once, in `recognizers[].rules`.
   */
  recognitions?: CredentialRecognitionJson[];
}

export interface CatalogIndexRecognizer {
  id: string;
  name: string;
  kind: string;
  page: string;
  /** Its rules in full, with the credentials each takes in: recognizer.json. */
  json: string;
  ctdl: string;
  /** Its rules, which credentials' `recognitions` refer to by id. */
  rules: IndexRuleJson[];
}

export interface CatalogIndex {
  site: string;
  generated: string;
  issuers: CatalogIndexIssuer[];
  credentials: CatalogIndexCredential[];
  stacks: {
    id: string;
    title: string;
    page: string;
    curator: string;
    rule: string;
    ordered: boolean;
    credentials: string[];
    minHours: number;
    maxHours: number;
    ctdl: string;
    /** What completing it is worth under each recognizer's rules. */
    recognitions?: StackRecognitionJson[];
  }[];
  /** Who recognizes credentials and stacks, and for what (the site's catalog.json). */
  recognizers?: CatalogIndexRecognizer[];
  rubrics: { id: string; title: string; page: string; kind: string }[];
}
