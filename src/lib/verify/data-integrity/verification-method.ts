/**
 * Which key a Data Integrity proof names, and who controls it (W3C Data Integrity 1.0,
 * "Retrieve Verification Method": https://www.w3.org/TR/vc-data-integrity/): did:key (in
 * the identifier), a multibase key as the fragment of the issuer's URL (the shortcut most
 * 1EdTech fixtures rely on, and the form this catalog issues), did:web and other documents
 * (fetched only when allowed), each matched against the catalog's published keys.
 */
import type { JWK } from 'jose';
import { thumbprintOf } from '../key-cache.ts';
import { keyFromMethod, resolveDidWebKey } from '../did-web.ts';
import { VerifyError } from '../errors.ts';
import { asList, idOf, isRecord, parseJson } from '../json.ts';
import type { ResolvedKey } from '../jws-key.ts';
import type { RegistryIndex } from '../registry.ts';
import type { Resources } from '../resources.ts';
import { jwkFromDidKey } from '../did.ts';
import { jwkFromMultikey } from '../multikey.ts';

/** A multibase key as the fragment of a verification method: Ed25519, P-256 or P-384. */
const MULTIKEY_FRAGMENT = /^z(6Mk|Dn|82)[1-9A-HJ-NP-Za-km-z]{40,90}$/;

export interface ResolvedMethod extends ResolvedKey {
  /** Who controls the key: the DID, or the URL before the fragment. */
  controller: string;
  methodId: string;
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
    jwk = await jwkFromDidKey(base);
    source = 'did:key';
  } else if (MULTIKEY_FRAGMENT.test(fragment)) {
    jwk = await jwkFromMultikey(fragment);
    // 'catalog' only once the thumbprint is found among the published keys (below).
    source = 'issuer-fragment';
    notes.push(
      'The key is the multibase fragment of the verification method, controlled by the address before the "#".',
    );
  } else if (base.startsWith('did:web:')) {
    const resolved = await resolveDidWebKey(id, resources);
    jwk = resolved.jwk;
    controller = resolved.controller;
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
    jwk = await keyFromMethod(vm);
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
  const thumbprint = await thumbprintOf(jwk);
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
