/**
 * Which public key a JWS claims to be signed with (Open Badges 3.0, "JWT Proof":
 * https://www.imsglobal.org/spec/ob/v3p0/): the `kid` (a catalog key URL answered from the
 * registry, a did:jwk or did:key, a did:web method (did-web.ts), or a URL fetched only when allowed)
 * or the `jwk` header. Any
 * key found is then matched by thumbprint against the catalog's published keys.
 */
import type { JWK } from 'jose';
import { jwkFromDidJwk, jwkFromDidKey } from './did.ts';
import { describeError, VerifyError } from './errors.ts';
import { isRecord, parseJson } from './json.ts';
import { assertPublicJwk } from './public-jwk.ts';
import type { ParsedJws } from './jws.ts';
import type { RegistryIndex, RegistryKey } from './registry.ts';
import type { Resources } from './resources.ts';
import { loadPart } from './lazy.ts';
import { thumbprintOf } from './key-cache.ts';

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

function keyFromDocument(body: string, kid: string): JWK {
  const doc = parseJson(body, { maxChars: 200_000 });
  if (isRecord(doc) && Array.isArray(doc.keys)) {
    const match: unknown =
      doc.keys.find((k) => isRecord(k) && k.kid === kid) ?? (doc.keys.length === 1 ? doc.keys[0] : undefined);
    if (!match)
      throw new VerifyError(
        'ERR_KEY_MISSING',
        'the key set at its kid address does not contain that key',
        kid,
      );
    return assertPublicJwk(match, 'the fetched key');
  }
  if (isRecord(doc) && isRecord(doc.publicKeyJwk))
    return assertPublicJwk(doc.publicKeyJwk, 'the fetched verification method');
  return assertPublicJwk(doc, 'the fetched key document');
}

/** The key a `kid` that is neither a catalog key nor a DID this verifier reads names: fetched, if allowed. */
async function keyFromKidAddress(kid: string, resources: Resources): Promise<JWK> {
  if (kid.startsWith('did:'))
    throw new VerifyError(
      'ERR_KEY_UNRESOLVED',
      `its kid is a did:${kid.split(':')[1]?.slice(0, 20) ?? ''} identifier, which this verifier does not resolve for tokens`,
      `kid: ${kid.slice(0, 200)}`,
    );
  if (!/^https?:\/\//.test(kid) && !resources.hasLocal(kid))
    throw new VerifyError(
      'ERR_KEY_MISSING',
      'its kid is neither an address nor a DID, and its header carries no key',
      `kid: ${kid.slice(0, 200)}`,
    );
  const doc = await resources.get(kid, 'application/jwk+json, application/json');
  if (doc.status !== 200)
    throw new VerifyError('ERR_FETCH_FAILED', `the key address answered HTTP ${doc.status}`, kid);
  return keyFromDocument(doc.body, kid);
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
  let didWebController: string | undefined;

  if (kid) {
    const fromCatalog = registry.keyByKid(kid);
    if (fromCatalog) {
      jwk = fromCatalog.key.jwk;
      source = 'catalog';
    } else if (kid.startsWith('did:jwk:')) {
      jwk = assertPublicJwk(jwkFromDidJwk(kid), 'the did:jwk key');
      source = 'did:jwk';
    } else if (kid.startsWith('did:key:')) {
      jwk = await jwkFromDidKey(kid);
      source = 'did:key';
    } else if (kid.startsWith('did:web:')) {
      // The DID document comes through resources.ts: the CLI's --map, or the network-enabled page.
      const { resolveDidWebKey } = await loadPart(import('./did-web.ts'), 'the did:web resolver');
      const resolved = await resolveDidWebKey(kid, resources);
      jwk = resolved.jwk;
      source = 'did:web';
      didWebController = resolved.controller;
    } else if (registry.isCatalogUrl(kid)) {
      throw new VerifyError('ERR_KEY_NOT_IN_CATALOG', '', `kid: ${kid}`);
    } else if (headerJwk === undefined) {
      jwk = await keyFromKidAddress(kid, resources);
      source = 'kid-document';
    } else {
      notes.push(
        `The key id ${kid.slice(0, 120)} could not be resolved here; the key embedded in the header was used.`,
      );
    }
  }
  if (!jwk && headerJwk !== undefined) {
    jwk = assertPublicJwk(headerJwk, 'the key in the header');
    source = 'header-jwk';
  }
  if (!jwk || !source) throw new VerifyError('ERR_KEY_MISSING', 'its header has no kid or jwk');

  let thumbprint: string;
  try {
    thumbprint = await thumbprintOf(jwk);
  } catch (e) {
    throw new VerifyError('ERR_KEY_INVALID', 'its thumbprint cannot be computed', describeError(e));
  }
  const catalog = source === 'catalog' ? registry.keyByKid(kid ?? '') : registry.keyByThumbprint(thumbprint);
  if (jws.ignored.length)
    notes.push(
      `Ignored header member${jws.ignored.length > 1 ? 's' : ''} ${jws.ignored.join(', ')}: keys are never fetched from addresses a badge supplies for itself.`,
    );
  const controller =
    didWebController ??
    (kid && (source === 'did:key' || source === 'did:jwk') ? kid.split('#')[0] : undefined);
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
