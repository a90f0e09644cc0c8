/**
 * did:web (https://w3c-ccg.github.io/did-method-web/): a DID whose document is served at an
 * https address derived from it. One resolver for every caller: a JWS `kid`, a Data Integrity
 * verification method, and the catalog's own issuer DIDs. The document comes through
 * resources.ts (the CLI's --map, or a fetch on the network-enabled page), never from elsewhere;
 * it must be the document of that DID, and the key must be one it lists for making assertions.
 * Loaded only for a badge that names a did:web key.
 */
import type { JWK } from 'jose';
import { jwkFromMultikey } from './multikey.ts';
import { VerifyError } from './errors.ts';
import { asList, idOf, isRecord, parseJson, str } from './json.ts';
import { assertPublicJwk } from './public-jwk.ts';
import type { Resources } from './resources.ts';
import { base58, base64url } from '@scure/base';

/** did:web:host%3A8080:path → https://host:8080/path/did.json (DID Web method §3.2). */
export function didWebUrl(did: string): string {
  const parts = did.slice('did:web:'.length).split('#')[0]?.split(':') ?? [];
  let host: string;
  let path: string[];
  try {
    host = decodeURIComponent(parts[0] ?? '');
    path = parts.slice(1).map(decodeURIComponent);
  } catch {
    throw new VerifyError('ERR_KEY_INVALID', 'the did:web identifier is malformed');
  }
  if (!host || /[/@?#\\\s]/.test(host) || path.some((p) => !p || /[/?#\\]|^\.\.?$/.test(p)))
    throw new VerifyError('ERR_KEY_INVALID', 'the did:web identifier is malformed');
  return `https://${host}/${path.length ? path.join('/') : '.well-known'}/did.json`;
}

export interface DidWebKey {
  jwk: JWK;
  /** The DID that controls the key (the method's controller, or the DID itself). */
  controller: string;
  /** The verification method's absolute id. */
  methodId: string;
}

/** The public key a verification method entry holds: a Multikey, a JWK, or a 2018 base58 key. */
export async function keyFromMethod(vm: Record<string, unknown>): Promise<JWK> {
  const mb = str(vm.publicKeyMultibase);
  if (mb) return jwkFromMultikey(mb);
  if (vm.publicKeyJwk !== undefined) return assertPublicJwk(vm.publicKeyJwk, 'the verification method key');
  const b58 = str(vm.publicKeyBase58);
  if (b58 && b58.length < 100) {
    // Ed25519VerificationKey2018: the raw 32-byte key in base58btc.
    let raw: Uint8Array;
    try {
      raw = base58.decode(b58);
    } catch {
      throw new VerifyError('ERR_KEY_INVALID', 'the verification method key is not valid base58');
    }
    if (raw.length === 32) return { kty: 'OKP', crv: 'Ed25519', x: base64url.encode(raw).replace(/=+$/, '') };
  }
  throw new VerifyError('ERR_KEY_INVALID', 'the verification method holds no public key this verifier reads');
}

const absolute = (ref: unknown, did: string) => {
  const id = idOf(ref);
  return id?.startsWith('#') ? `${did}${id}` : id;
};

/** Resolves a did:web DID URL (`did:web:example.org#key-1`) to the key it names. */
export async function resolveDidWebKey(didUrl: string, resources: Resources): Promise<DidWebKey> {
  const [did = '', fragment] = didUrl.slice(0, 2048).split('#');
  const methodId = fragment === undefined ? did : `${did}#${fragment}`;
  const url = didWebUrl(did);
  const fetched = await resources.get(url, 'application/did+json, application/did+ld+json, application/json');
  if (fetched.status !== 200)
    throw new VerifyError('ERR_FETCH_FAILED', `the DID document answered HTTP ${fetched.status}`, url);
  const doc = parseJson(fetched.body, { maxChars: 500_000 });
  if (!isRecord(doc) || doc.id !== did)
    throw new VerifyError(
      'ERR_KEY_INVALID',
      `the document at ${url.slice(0, 200)} is not the DID document of ${did.slice(0, 200)}`,
      `its id: ${JSON.stringify(isRecord(doc) ? doc.id : null)?.slice(0, 200)}`,
    );
  const methods = ['verificationMethod', 'assertionMethod', 'publicKey']
    .flatMap((k) => asList(doc[k]))
    .filter(isRecord);
  const vm =
    fragment === undefined && methods.length === 1
      ? methods[0]
      : methods.find((m) => absolute(m.id, did) === methodId);
  if (!vm)
    throw new VerifyError(
      'ERR_KEY_MISSING',
      'the DID document does not list this verification method',
      methodId,
    );
  const assertion = asList(doc.assertionMethod).map((m) => absolute(m, did));
  const vmId = absolute(vm.id, did) ?? methodId;
  if (doc.assertionMethod !== undefined && !assertion.includes(vmId))
    throw new VerifyError(
      'ERR_KEY_INVALID',
      'the DID document does not authorize this key to sign credentials (it is not an assertionMethod)',
      vmId,
    );
  return { jwk: await keyFromMethod(vm), controller: absolute(vm.controller, did) ?? did, methodId: vmId };
}
