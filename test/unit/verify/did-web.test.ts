/**
 * did:web (src/lib/verify/did-web.ts): the DID document's address, the document obtained only
 * through the resource policy (a --map document, or a fetch when allowed), and a VC-JWT whose kid
 * is a did:web verification method, verified with the key the document lists for assertions.
 */
import { exportJWK, generateKeyPair } from 'jose';
import { describe, expect, it } from 'vitest';
import { signCredentialJwt } from '../../../src/lib/ob3/sign-jwt.ts';
import { didWebUrl, resolveDidWebKey } from '../../../src/lib/verify/did-web.ts';
import { Resources } from '../../../src/lib/verify/resources.ts';
import { verifyBadge } from '../../../src/lib/verify/verify.ts';
import { multikeyFromJwk } from '../../../src/lib/verify/multikey.ts';
import { testCatalog } from '../../helpers/issuer.ts';

const NOW = new Date('2026-06-01T00:00:00Z');
const DID = 'did:web:badges.example.edu:issuers:north';
const DOC_URL = 'https://badges.example.edu/issuers/north/did.json';

async function didWebIssuer(alg: 'ES256' | 'EdDSA' = 'ES256') {
  const { privateKey, publicKey } = await generateKeyPair(alg, { extractable: true });
  const publicJwk = await exportJWK(publicKey);
  const privateJwk = await exportJWK(privateKey);
  const doc = (over: Record<string, unknown> = {}) =>
    JSON.stringify({
      '@context': ['https://www.w3.org/ns/did/v1'],
      id: DID,
      verificationMethod: [
        { id: `${DID}#key-1`, type: 'JsonWebKey', controller: DID, publicKeyJwk: publicJwk },
      ],
      assertionMethod: ['#key-1'],
      ...over,
    });
  return { alg, publicJwk, privateJwk, doc };
}

describe('did:web addresses', () => {
  it('follows the DID Web method: host, path, and the well-known place', () => {
    expect(didWebUrl('did:web:example.com')).toBe('https://example.com/.well-known/did.json');
    expect(didWebUrl('did:web:example.com%3A3000:u:alice#key')).toBe(
      'https://example.com:3000/u/alice/did.json',
    );
  });
  it('refuses identifiers that would point somewhere else', () => {
    for (const bad of [
      'did:web:',
      'did:web:evil.example%2Fx',
      'did:web:a@b.example',
      'did:web:ex.com:..:x',
      'did:web:ex.com::x',
    ])
      expect(() => didWebUrl(bad), bad).toThrow(/malformed/);
  });
});

describe('resolving a did:web key', async () => {
  const issuer = await didWebIssuer();
  const resolve = (doc: string, id = `${DID}#key-1`) =>
    resolveDidWebKey(id, new Resources({ documents: new Map([[DOC_URL, doc]]) }));

  it('finds the key by its relative or absolute id, with its controller', async () => {
    expect(await resolve(issuer.doc())).toMatchObject({
      controller: DID,
      methodId: `${DID}#key-1`,
      jwk: { kty: 'EC', crv: 'P-256' },
    });
    expect(await resolve(issuer.doc({ assertionMethod: [`${DID}#key-1`] }))).toMatchObject({
      methodId: `${DID}#key-1`,
    });
  });
  it('reads a Multikey too', async () => {
    const vm = {
      id: '#key-1',
      type: 'Multikey',
      controller: DID,
      publicKeyMultibase: await multikeyFromJwk(issuer.publicJwk),
    };
    expect(await resolve(issuer.doc({ verificationMethod: [vm] }))).toMatchObject({
      jwk: { x: issuer.publicJwk.x },
    });
  });
  it('offline, with no document supplied, the key cannot be obtained', async () => {
    await expect(resolveDidWebKey(`${DID}#key-1`, new Resources())).rejects.toMatchObject({
      code: 'ERR_FETCH_NOT_ALLOWED',
    });
  });
  it('a document for another DID is not believed', async () => {
    await expect(resolve(issuer.doc({ id: 'did:web:evil.example' }))).rejects.toMatchObject({
      code: 'ERR_KEY_INVALID',
    });
  });
  it('a key the document does not list for assertions is not accepted', async () => {
    await expect(resolve(issuer.doc({ assertionMethod: [] }))).rejects.toMatchObject({
      code: 'ERR_KEY_INVALID',
    });
  });
  it('a key the document does not list at all is missing', async () => {
    await expect(resolve(issuer.doc(), `${DID}#key-2`)).rejects.toMatchObject({ code: 'ERR_KEY_MISSING' });
  });
  it('private key material in the document is refused', async () => {
    const vm = { id: '#key-1', type: 'JsonWebKey', controller: DID, publicKeyJwk: issuer.privateJwk };
    await expect(resolve(issuer.doc({ verificationMethod: [vm] }))).rejects.toMatchObject({
      code: 'ERR_KEY_INVALID',
    });
  });
});

describe('a VC-JWT whose kid is a did:web verification method', async () => {
  const cat = await testCatalog();
  const credential = {
    ...(await cat.credential()),
    issuer: { id: DID, type: ['Profile'], name: 'North Academy' },
  };
  for (const alg of ['ES256', 'EdDSA'] as const) {
    it(`${alg}: verifies with the DID document supplied locally (the CLI's --map); offline without it, it cannot be checked`, async () => {
      const issuer = await didWebIssuer(alg);
      const token = await signCredentialJwt(credential as never, {
        alg,
        kid: `${DID}#key-1`,
        privateJwk: issuer.privateJwk,
      });
      const withDoc = await verifyBadge(token, {
        registry: cat.registry,
        now: NOW,
        resources: { documents: new Map([[DOC_URL, issuer.doc()]]) },
      });
      expect(withDoc.checks.find((c) => c.id === 'proof')).toMatchObject({ status: 'pass' });
      // The key is the issuer's own (its DID controls it), but this catalog does not publish it.
      expect(withDoc.checks.find((c) => c.id === 'key')).toMatchObject({
        status: 'warn',
        code: 'WARN_KEY_UNKNOWN',
      });
      const offline = await verifyBadge(token, { registry: cat.registry, now: NOW });
      expect(offline.checks.find((c) => c.id === 'proof')).toMatchObject({
        status: 'warn',
        code: 'ERR_FETCH_NOT_ALLOWED',
      });
    });
  }
  it("a did:web key of another DID than the badge's issuer does not speak for the issuer", async () => {
    const issuer = await didWebIssuer();
    const other = {
      ...credential,
      issuer: { id: 'did:web:someone.example', type: ['Profile'], name: 'Someone' },
    };
    const token = await signCredentialJwt(other as never, {
      alg: 'ES256',
      kid: `${DID}#key-1`,
      privateJwk: issuer.privateJwk,
    });
    const r = await verifyBadge(token, {
      registry: cat.registry,
      now: NOW,
      resources: { documents: new Map([[DOC_URL, issuer.doc()]]) },
    });
    expect(r.checks.find((c) => c.id === 'key')).toMatchObject({
      status: 'fail',
      code: 'ERR_KEY_CONTROLLER',
    });
  });
  it('a token signed by another key than the DID document lists fails', async () => {
    const issuer = await didWebIssuer();
    const impostor = await didWebIssuer();
    const token = await signCredentialJwt(credential as never, {
      alg: 'ES256',
      kid: `${DID}#key-1`,
      privateJwk: impostor.privateJwk,
    });
    const r = await verifyBadge(token, {
      registry: cat.registry,
      now: NOW,
      resources: { documents: new Map([[DOC_URL, issuer.doc()]]) },
    });
    expect(r.checks.find((c) => c.id === 'proof')).toMatchObject({
      status: 'fail',
      code: 'ERR_SIGNATURE_INVALID',
    });
  });
});
