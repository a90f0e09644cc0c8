/**
 * Issuer identities (src/lib/ob3/issuer-did.ts, src/lib/keys/multikey.ts): the did:web of an
 * issuer under any site URL, and its DID document — Multikey for Ed25519, P-256 and P-384,
 * JsonWebKey for RSA, retired keys kept, revoked keys left out.
 */
import { base58 } from '@scure/base';
import { describe, expect, it } from 'vitest';
import { generateIssuerKey } from '../../../src/lib/keys/generate.ts';
import { multikeyOf } from '../../../src/lib/keys/multikey.ts';
import { buildDidDocument, issuerDid, methodId } from '../../../src/lib/ob3/issuer-did.ts';
import { ed25519Multibase } from '../../../src/lib/ob3/sign-data-integrity.ts';
import { siteUrls } from '../../../src/lib/ob3/site.ts';
import { jwkFromDidKey } from '../../../src/lib/verify/did.ts';
import { didWebUrl } from '../../../src/lib/verify/did-web.ts';
import { makeKey, urls } from '../../helpers/issuer.ts';

describe('issuerDid', () => {
  it('names the issuer folder under the site root', () => {
    expect(issuerDid(siteUrls('https://stackable.example/'), 'riverbend-usd')).toBe(
      'did:web:stackable.example:issuers:riverbend-usd',
    );
  });
  it('keeps a sub-path deployment and a port, and resolves to /issuers/<id>/did.json there', () => {
    const did = issuerDid(siteUrls('https://host.example:8443/catalogs/stackable/'), 'lakemont-cli');
    expect(did).toBe('did:web:host.example%3A8443:catalogs:stackable:issuers:lakemont-cli');
    // The DID Web method's own resolution rule, as the verifier implements it.
    expect(didWebUrl(did)).toBe('https://host.example:8443/catalogs/stackable/issuers/lakemont-cli/did.json');
  });
  it('names each key by its thumbprint', () => {
    expect(methodId('did:web:a.example', 'abc')).toBe('did:web:a.example#abc');
  });
});

describe('multikeyOf', () => {
  it('writes Ed25519 as the Multikey the Data Integrity signer uses', async () => {
    const k = await generateIssuerKey('EdDSA');
    expect(multikeyOf(k.publicJwk)).toBe(ed25519Multibase(k.publicJwk));
    expect(multikeyOf(k.publicJwk)).toMatch(/^z6Mk/);
  });
  it('writes P-256 as a compressed point that decompresses to the same key', async () => {
    for (let i = 0; i < 4; i++) {
      const k = await generateIssuerKey('ES256');
      const mb = multikeyOf(k.publicJwk) ?? '';
      expect(mb).toMatch(/^zDn/);
      expect(await jwkFromDidKey(`did:key:${mb}`)).toEqual({
        kty: 'EC',
        crv: 'P-256',
        x: k.publicJwk.x,
        y: k.publicJwk.y,
      });
    }
  });
  it('writes P-384 with its multicodec prefix and the parity of y', async () => {
    const pair = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-384' }, true, ['sign']);
    const jwk = await crypto.subtle.exportKey('jwk', pair.publicKey);
    const bytes = base58.decode((multikeyOf(jwk) ?? '').slice(1));
    expect([...bytes.slice(0, 2)]).toEqual([0x81, 0x24]);
    expect(bytes.length).toBe(2 + 49);
    const y = Buffer.from(jwk.y ?? '', 'base64url');
    expect(bytes[2]).toBe(0x02 | ((y.at(-1) ?? 0) & 1));
    expect(Buffer.from(bytes.slice(3)).toString('base64url')).toBe(jwk.x);
  });
  it('has no Multikey for RSA', async () => {
    expect(multikeyOf((await generateIssuerKey('RS256')).publicJwk)).toBeUndefined();
  });
});

describe('buildDidDocument', async () => {
  const ed = await makeKey('EdDSA');
  const es = await makeKey('ES256', {
    validFrom: new Date('2020-01-01T00:00:00Z'),
    validUntil: new Date('2022-01-01T00:00:00Z'),
  });
  const rsa = await makeKey('RS256');
  const gone = await makeKey('ES256', {
    validFrom: new Date('2020-01-01T00:00:00Z'),
    revoked: { date: new Date('2021-01-01T00:00:00Z'), reason: 'key compromise' },
  });
  const doc = buildDidDocument(
    'riverbend-usd',
    [ed, es, rsa, gone].map((k) => k.published),
    urls,
  );
  const did = 'did:web:stackable.example:issuers:riverbend-usd';

  it('is the issuer DID, also known as its Profile', () => {
    expect(doc.id).toBe(did);
    expect(doc.alsoKnownAs).toEqual([urls.profile('riverbend-usd')]);
  });
  it('lists Ed25519 and P-256 keys as Multikey, RSA as JsonWebKey, with the contexts that define them', () => {
    expect(doc['@context']).toEqual([
      'https://www.w3.org/ns/did/v1',
      'https://w3id.org/security/multikey/v1',
      'https://w3id.org/security/jwk/v1',
    ]);
    const byId = new Map(doc.verificationMethod.map((m) => [m.id, m]));
    expect(byId.get(`${did}#${ed.kid}`)).toEqual({
      id: `${did}#${ed.kid}`,
      type: 'Multikey',
      controller: did,
      publicKeyMultibase: ed25519Multibase(ed.privateJwk),
    });
    expect(byId.get(`${did}#${es.kid}`)?.type).toBe('Multikey');
    expect(byId.get(`${did}#${rsa.kid}`)).toMatchObject({
      type: 'JsonWebKey',
      publicKeyJwk: { kty: 'RSA', n: rsa.published.jwk.n, e: rsa.published.jwk.e },
    });
  });
  it('keeps a retired key (its badges keep verifying) and leaves out a revoked one', () => {
    const ids = doc.verificationMethod.map((m) => m.id);
    expect(ids).toContain(`${did}#${es.kid}`);
    expect(ids).not.toContain(`${did}#${gone.kid}`);
    expect(doc.assertionMethod).toEqual(ids);
  });
  it('never publishes private key material', () => {
    expect(JSON.stringify(doc)).not.toMatch(/"(d|p|q|dp|dq|qi)":/);
  });
  it('uses only the Multikey context when there is no RSA key', () => {
    expect(buildDidDocument('x', [ed.published], urls)['@context']).toEqual([
      'https://www.w3.org/ns/did/v1',
      'https://w3id.org/security/multikey/v1',
    ]);
  });
});
