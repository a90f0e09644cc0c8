/**
 * Which public key a JWS claims to be signed with (ob3-notes.md §2.3): the `kid` (a catalog key
 * URL answered from the registry, a DID, or a URL fetched only when allowed) or the `jwk` header.
 * Any key found is then matched by thumbprint against the catalog's published keys.
 */
import { calculateJwkThumbprint, type JWK } from 'jose';
import { PRIVATE_JWK_MEMBERS } from '../catalog/schema/issuer.ts';
import { jwkFromDidJwk, jwkFromDidKey } from './did.ts';
import { VerifyError } from './errors.ts';
import { isRecord, parseJson } from './json.ts';
import type { ParsedJws } from './jws.ts';
import type { RegistryIndex, RegistryKey } from './registry.ts';
import type { Resources } from './resources.ts';

export type KeySource =
  'catalog' | 'header-jwk' | 'did:jwk' | 'did:key' | 'did:web' | 'issuer-fragment' | 'kid-document';

export interface ResolvedKey {
  jwk: JWK;
  thumbprint: string;
  source: KeySource;
  kid?: string;
  /** The catalog key this is, when its thumbprint is published by a catalog issuer. */
  catalog?: RegistryKey;
  /** Who controls the key, when the key's identifier says (a DID, or a URL before "#"). */
  controller?: string;
  notes: string[];
}

export const SOURCE_LABELS: Record<KeySource, string> = {
  catalog: 'a key this catalog publishes',
  'header-jwk': 'a key embedded in the badge itself',
  'did:jwk': 'a key embedded in its did:jwk identifier',
  'did:key': 'a key embedded in its did:key identifier',
  'did:web': 'a key from its did:web document',
  'issuer-fragment': 'a key written into its verification method address',
  'kid-document': 'a key fetched from the address the badge names',
};

/** Rejects anything that is not a plain public JWK. */
export function assertPublicJwk(jwk: unknown, where: string): JWK {
  if (!isRecord(jwk) || typeof jwk.kty !== 'string')
    throw new VerifyError('ERR_KEY_INVALID', `${where} is not a JSON Web Key.`);
  if (jwk.kty === 'oct')
    throw new VerifyError('ERR_KEY_INVALID', `${where} is a shared secret, not a public key.`);
  for (const m of PRIVATE_JWK_MEMBERS) {
    if (m in jwk)
      throw new VerifyError(
        'ERR_KEY_INVALID',
        `${where} contains private key material ("${m}"); a badge must never carry it.`,
      );
  }
  const { kty, crv, x, y, n, e } = jwk;
  const out: Record<string, unknown> = { kty };
  for (const [k, v] of Object.entries({ crv, x, y, n, e })) if (typeof v === 'string') out[k] = v;
  return out;
}

function keyFromDocument(body: string, kid: string): JWK {
  const doc = parseJson(body, { maxChars: 200_000 });
  if (isRecord(doc) && Array.isArray(doc.keys)) {
    const match: unknown =
      doc.keys.find((k) => isRecord(k) && k.kid === kid) ?? (doc.keys.length === 1 ? doc.keys[0] : undefined);
    if (!match)
      throw new VerifyError('ERR_KEY_UNRESOLVED', `The key set at ${kid} does not contain that key.`);
    return assertPublicJwk(match, 'The fetched key');
  }
  if (isRecord(doc) && isRecord(doc.publicKeyJwk))
    return assertPublicJwk(doc.publicKeyJwk, 'The fetched verification method');
  return assertPublicJwk(doc, 'The fetched key document');
}

export async function resolveJwsKey(
  jws: ParsedJws,
  registry: RegistryIndex,
  resources: Resources,
): Promise<ResolvedKey> {
  const kid = typeof jws.header.kid === 'string' ? jws.header.kid.slice(0, 2048) : undefined;
  const headerJwk = jws.header.jwk;
  const notes: string[] = [];
  let jwk: JWK | undefined;
  let source: KeySource | undefined;

  if (kid) {
    const fromCatalog = registry.keyByKid(kid);
    if (fromCatalog) {
      jwk = fromCatalog.key.jwk;
      source = 'catalog';
    } else if (kid.startsWith('did:jwk:')) {
      jwk = assertPublicJwk(jwkFromDidJwk(kid), 'The did:jwk key');
      source = 'did:jwk';
    } else if (kid.startsWith('did:key:')) {
      jwk = jwkFromDidKey(kid);
      source = 'did:key';
    } else if (registry.isCatalogUrl(kid)) {
      throw new VerifyError(
        'ERR_KEY_UNRESOLVED',
        "The badge names a key at this catalog's address that the catalog does not publish.",
        `kid: ${kid}`,
      );
    } else if (headerJwk === undefined) {
      if (!/^https?:\/\//.test(kid) && !resources.hasLocal(kid)) {
        throw new VerifyError(
          'ERR_KEY_UNRESOLVED',
          'The badge names its key by an id that cannot be looked up, and carries no key of its own.',
          `kid: ${kid.slice(0, 200)}`,
        );
      }
      const doc = await resources.get(kid, 'application/jwk+json, application/json');
      if (doc.status !== 200)
        throw new VerifyError('ERR_FETCH_FAILED', `The key address answered with HTTP ${doc.status}.`, kid);
      jwk = keyFromDocument(doc.body, kid);
      source = 'kid-document';
    } else {
      notes.push(
        `The key id ${kid.slice(0, 120)} could not be resolved here; the key embedded in the header was used.`,
      );
    }
  }
  if (!jwk && headerJwk !== undefined) {
    jwk = assertPublicJwk(headerJwk, 'The key in the badge header');
    source = 'header-jwk';
  }
  if (!jwk || !source)
    throw new VerifyError(
      'ERR_KEY_UNRESOLVED',
      'The badge does not say which key signed it (no kid or jwk header).',
    );

  let thumbprint: string;
  try {
    thumbprint = await calculateJwkThumbprint(jwk, 'sha256');
  } catch (e) {
    throw new VerifyError(
      'ERR_KEY_INVALID',
      'The signing key is not a usable public key.',
      e instanceof Error ? e.message : undefined,
    );
  }
  const catalog = source === 'catalog' ? registry.keyByKid(kid ?? '') : registry.keyByThumbprint(thumbprint);
  if (jws.ignored.length)
    notes.push(
      `Ignored header member${jws.ignored.length > 1 ? 's' : ''} ${jws.ignored.join(', ')}: keys are never fetched from addresses a badge supplies for itself.`,
    );
  const controller = kid && (source === 'did:key' || source === 'did:jwk') ? kid.split('#')[0] : undefined;
  return {
    jwk,
    thumbprint,
    source,
    ...(kid ? { kid } : {}),
    ...(catalog ? { catalog } : {}),
    ...(controller ? { controller } : {}),
    notes,
  };
}
