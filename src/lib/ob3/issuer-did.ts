/**
 * Each catalog issuer's `did:web` identity (W3C DID Web method: https://w3c-ccg.github.io/did-method-web/)
 * and the DID document published at `/issuers/<id>/did.json`: its keys as verification methods
 * (Multikey where Multikey can express the key, JsonWebKey otherwise), all usable for
 * `assertionMethod`. Retired keys stay listed (the badges they signed keep verifying); revoked
 * keys are left out (they vouch for nothing). Which key was in force when is the catalog's
 * record, not the DID document's (docs/architecture.md, "Issuer identities").
 */
import type { IssuerKey } from '../catalog/schema/issuer.ts';
import { paths } from '../catalog/urls.ts';
import { multikeyOf } from '../keys/multikey.ts';
import type { SiteUrls } from './site.ts';

export const DID_V1 = 'https://www.w3.org/ns/did/v1';
export const MULTIKEY_V1 = 'https://w3id.org/security/multikey/v1';
export const JWK_V1 = 'https://w3id.org/security/jwk/v1';

/**
 * The did:web of a document path under the site: host (a port as %3A), then every path
 * segment of the site's base and of the path, joined by ":". did:web:host:a:b resolves to
 * https://host/a/b/did.json, so the issuer's DID resolves to /issuers/<id>/did.json under any
 * base path.
 */
export function issuerDid(urls: Pick<SiteUrls, 'root'>, issuerId: string): string {
  const root = new URL(urls.root);
  const folder = paths.didDocument(issuerId).replace(/\/did\.json$/, '');
  const segments = `${root.pathname}${folder.slice(1)}`.split('/').filter(Boolean);
  return ['did:web', encodeURIComponent(root.host), ...segments].join(':');
}

/** A key's verification method id: the issuer's DID, "#", the key's RFC 7638 thumbprint. */
export const methodId = (did: string, thumbprint: string) => `${did}#${thumbprint}`;

export interface VerificationMethod {
  id: string;
  type: 'Multikey' | 'JsonWebKey';
  controller: string;
  publicKeyMultibase?: string;
  publicKeyJwk?: Record<string, string>;
}

export interface DidDocument {
  '@context': string[];
  id: string;
  /** The issuer's OB 3.0 Profile: the identity badges issued before DIDs name. */
  alsoKnownAs: string[];
  verificationMethod: VerificationMethod[];
  assertionMethod: string[];
}

export function verificationMethodOf(did: string, key: IssuerKey): VerificationMethod {
  const jwk: Record<string, string> = { kty: key.jwk.kty };
  for (const m of ['crv', 'x', 'y', 'n', 'e'] as const) {
    const v = key.jwk[m];
    if (v !== undefined) jwk[m] = v;
  }
  const multibase = multikeyOf(jwk);
  const id = methodId(did, key.kid);
  return multibase
    ? { id, type: 'Multikey', controller: did, publicKeyMultibase: multibase }
    : { id, type: 'JsonWebKey', controller: did, publicKeyJwk: jwk };
}

export function buildDidDocument(issuerId: string, keys: readonly IssuerKey[], urls: SiteUrls): DidDocument {
  const did = issuerDid(urls, issuerId);
  const methods = keys.filter((k) => !k.revoked).map((k) => verificationMethodOf(did, k));
  return {
    '@context': [
      DID_V1,
      ...(methods.some((m) => m.type === 'Multikey') ? [MULTIKEY_V1] : []),
      ...(methods.some((m) => m.type === 'JsonWebKey') ? [JWK_V1] : []),
    ],
    id: did,
    alsoKnownAs: [urls.profile(issuerId)],
    verificationMethod: methods,
    assertionMethod: methods.map((m) => m.id),
  };
}
