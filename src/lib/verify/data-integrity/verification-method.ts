/**
 * Which key a Data Integrity proof names, and who controls it (W3C Data Integrity 1.0,
 * "Retrieve Verification Method": https://www.w3.org/TR/vc-data-integrity/): did:key (in
 * the identifier), a multibase key as the fragment of the issuer's URL (the shortcut most
 * 1EdTech fixtures rely on, and the form this catalog issues), did:web and other documents
 * (fetched only when allowed), each matched against the catalog's published keys.
 */
import { base58, base64url } from '@scure/base';
import { calculateJwkThumbprint, type JWK } from 'jose';
import { jwkFromDidKey, jwkFromMultibase } from '../did.ts';
import { VerifyError } from '../errors.ts';
import { asList, idOf, isRecord, parseJson, str } from '../json.ts';
import type { ResolvedKey } from '../jws-key.ts';
import type { RegistryIndex } from '../registry.ts';
import type { Resources } from '../resources.ts';

export interface ResolvedMethod extends ResolvedKey {
  /** Who controls the key: the DID, or the URL before the fragment. */
  controller: string;
  methodId: string;
}

/** did:web:host%3A8080:path → https://host:8080/path/did.json (DID Web method §3.2). */
export function didWebUrl(did: string): string {
  const parts = did.slice('did:web:'.length).split('#')[0]?.split(':') ?? [];
  const host = decodeURIComponent(parts[0] ?? '');
  if (!host || /[/@?]/.test(host))
    throw new VerifyError('ERR_KEY_INVALID', 'the did:web identifier is malformed');
  const path = parts.slice(1).map(decodeURIComponent);
  return `https://${host}/${path.length ? path.join('/') : '.well-known'}/did.json`;
}

function keyFromMethodDoc(vm: Record<string, unknown>): JWK {
  const mb = str(vm.publicKeyMultibase);
  if (mb) return jwkFromMultibase(mb);
  if (isRecord(vm.publicKeyJwk)) {
    const { kty, crv, x } = vm.publicKeyJwk;
    if (kty === 'OKP' && crv === 'Ed25519' && typeof x === 'string') return { kty, crv, x };
  }
  const b58 = str(vm.publicKeyBase58);
  if (b58 && b58.length < 100) {
    // Ed25519VerificationKey2018 documents: the raw 32-byte key in base58btc.
    let raw: Uint8Array;
    try {
      raw = base58.decode(b58);
    } catch {
      throw new VerifyError('ERR_KEY_INVALID', 'the verification method key is not valid base58');
    }
    if (raw.length === 32) return { kty: 'OKP', crv: 'Ed25519', x: base64url.encode(raw).replace(/=+$/, '') };
  }
  throw new VerifyError(
    'ERR_KEY_INVALID',
    'the verification method holds no Ed25519 key this verifier reads',
  );
}

function findMethod(doc: unknown, id: string): Record<string, unknown> | undefined {
  if (!isRecord(doc)) return undefined;
  if (doc.id === id) return doc;
  const lists = ['verificationMethod', 'assertionMethod', 'publicKey'].flatMap((k) => asList(doc[k]));
  return lists
    .filter(isRecord)
    .find((m) => m.id === id || (typeof m.id === 'string' && id.endsWith(m.id) && m.id.startsWith('#')));
}

export async function resolveVerificationMethod(
  methodId: string,
  registry: RegistryIndex,
  resources: Resources,
): Promise<ResolvedMethod> {
  const id = methodId.slice(0, 2048);
  const [base = '', fragment = ''] = id.split('#');
  let jwk: JWK;
  let source: ResolvedKey['source'];
  let controller = base;
  const notes: string[] = [];
  // The catalog's own verification methods (its issuers' DIDs, docs/architecture.md "Issuer
  // identities") are answered from the registry, offline.
  const own = registry.keyByMethod(id);
  if (own) {
    jwk = own.key.jwk;
    source = 'catalog';
    controller = own.issuer.did;
  } else if (base.startsWith('did:key:')) {
    jwk = jwkFromDidKey(base);
    source = 'did:key';
  } else if (/^z6Mk[1-9A-HJ-NP-Za-km-z]{40,50}$/.test(fragment)) {
    jwk = jwkFromMultibase(fragment);
    // 'catalog' only once the thumbprint is found among the published keys (below).
    source = 'issuer-fragment';
    notes.push(
      'The key is the multibase fragment of the verification method, controlled by the address before the "#".',
    );
  } else if (base.startsWith('did:web:')) {
    const doc = await resources.get(didWebUrl(base), 'application/did+json, application/json');
    if (doc.status !== 200)
      throw new VerifyError('ERR_FETCH_FAILED', `the DID document answered HTTP ${doc.status}`, doc.url);
    const vm = findMethod(parseJson(doc.body, { maxChars: 500_000 }), id);
    if (!vm)
      throw new VerifyError('ERR_KEY_MISSING', 'the DID document does not list this verification method', id);
    jwk = keyFromMethodDoc(vm);
    controller = idOf(vm.controller) ?? base;
    source = 'did:web';
  } else if (/^https?:\/\//.test(base)) {
    const doc = await resources.get(base, 'application/json');
    if (doc.status !== 200)
      throw new VerifyError('ERR_FETCH_FAILED', `the key document answered HTTP ${doc.status}`, base);
    const vm =
      findMethod(parseJson(doc.body, { maxChars: 500_000 }), id) ??
      findMethod(parseJson(doc.body, { maxChars: 500_000 }), base);
    if (!vm)
      throw new VerifyError(
        'ERR_KEY_MISSING',
        'the document at the verification method address does not describe that key',
        id,
      );
    jwk = keyFromMethodDoc(vm);
    controller = idOf(vm.controller) ?? base;
    source = 'kid-document';
  } else {
    throw base.startsWith('did:')
      ? new VerifyError(
          'ERR_KEY_UNRESOLVED',
          `its verification method is a did:${base.split(':')[1]?.slice(0, 20) ?? ''} identifier, which this verifier does not resolve`,
          id,
        )
      : new VerifyError('ERR_KEY_MISSING', 'its verification method is neither an address nor a DID', id);
  }
  const thumbprint = await calculateJwkThumbprint(jwk, 'sha256');
  const catalog = registry.keyByThumbprint(thumbprint);
  if (catalog && source === 'issuer-fragment' && registry.issuerByProfile(base)) source = 'catalog';
  return {
    jwk,
    thumbprint,
    source,
    kid: id,
    ...(catalog ? { catalog } : {}),
    notes,
    controller,
    methodId: id,
  };
}
