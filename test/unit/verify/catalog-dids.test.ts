/**
 * The verifier knows the catalog's own issuer DIDs offline (src/lib/verify/registry.ts): badges
 * issued now name the issuer's did:web as issuer, `kid` and `verificationMethod`, and verify with
 * nothing fetched; badges issued before (Profile URL issuer, key URL kid, multibase fragment)
 * keep verifying, also against a status list re-signed under the DID.
 */
import { describe, expect, it } from 'vitest';
import { issuerDid, methodId } from '../../../src/lib/ob3/issuer-did.ts';
import { ed25519Multibase, signDataIntegrity } from '../../../src/lib/ob3/sign-data-integrity.ts';
import { signCredentialJwt } from '../../../src/lib/ob3/sign-jwt.ts';
import { buildStatusListCredential } from '../../../src/lib/ob3/status-list.ts';
import { Bitstring, encodeList } from '../../../src/lib/status/index.ts';
import { RegistryIndex } from '../../../src/lib/verify/registry.ts';
import { verifyBadge } from '../../../src/lib/verify/verify.ts';
import { makeKey, testCatalog, urls, ISSUER } from '../../helpers/issuer.ts';

const NOW = new Date('2026-06-01T00:00:00Z');
const DID = issuerDid(urls, ISSUER);
const offline = {
  fetch: () => Promise.reject(new Error('nothing may be fetched for a catalog DID')),
};

describe('the registry by DID', async () => {
  const es = await makeKey('ES256');
  const cat = await testCatalog({ keys: [es] });
  const index = new RegistryIndex({ ...cat.registry, credentials: [] });

  it('publishes each issuer with its DID and each key with its verification method', () => {
    const issuer = cat.registry.issuers.find((i) => i.id === ISSUER);
    expect(issuer?.did).toBe(DID);
    expect(issuer?.keys[0]?.method).toBe(methodId(DID, es.kid));
  });
  it('finds the issuer by DID and by Profile URL, and the key by method and by key URL', () => {
    expect(index.issuerByProfile(DID)?.id).toBe(ISSUER);
    expect(index.issuerByProfile(urls.profile(ISSUER))?.id).toBe(ISSUER);
    expect(index.keyByMethod(methodId(DID, es.kid))?.key.thumbprint).toBe(es.kid);
    expect(index.keyByMethod(urls.key(ISSUER, es.kid))?.key.thumbprint).toBe(es.kid);
    expect(index.keyByMethod(methodId(DID, 'x'.repeat(43)))).toBeUndefined();
    expect(index.issuerByProfile('did:web:stackable.example:issuers:nobody')).toBeUndefined();
  });
});

describe('badges that name the issuer DID', async () => {
  const es = await makeKey('ES256');
  const ed = await makeKey('EdDSA');
  const cat = await testCatalog({ keys: [es, ed] });
  const asDid = async (over: Record<string, unknown> = {}) => {
    const c = await cat.credential();
    return { ...c, issuer: { ...(c.issuer as object), id: DID }, ...over };
  };

  it('a VC-JWT with the DID as iss and kid is verified, offline', async () => {
    const token = await signCredentialJwt((await asDid()) as never, {
      ...es.signer,
      kid: methodId(DID, es.kid),
    });
    const r = await verifyBadge(token, { registry: cat.registry, now: NOW, resources: offline });
    expect(r.verdict).toBe('verified');
    expect(r.checks.find((c) => c.id === 'key')?.message).toContain('publishes in this catalog');
  });

  it('a Data Integrity badge with the DID verification method is verified, offline', async () => {
    const signed = await signDataIntegrity(await asDid(), ed.privateJwk, methodId(DID, ed.kid));
    const r = await verifyBadge(JSON.stringify(signed), {
      registry: cat.registry,
      now: NOW,
      resources: offline,
    });
    expect(r.verdict).toBe('verified');
  });

  it('a DID key named for another issuer DID is refused', async () => {
    const other = issuerDid(urls, 'lakemont-cli');
    const token = await signCredentialJwt(
      (await asDid({ issuer: { id: other, type: ['Profile'], name: 'Lakemont' } })) as never,
      {
        ...es.signer,
        kid: methodId(DID, es.kid),
      },
    );
    const r = await verifyBadge(token, { registry: cat.registry, now: NOW, resources: offline });
    expect(r.verdict).toBe('invalid');
    expect(r.checks.find((c) => c.id === 'key')?.code).toBe('ERR_KEY_ISSUER_MISMATCH');
  });

  it('a key not in the catalog under the catalog DID is not the catalog key', async () => {
    const stranger = await makeKey('ES256');
    const token = await signCredentialJwt((await asDid()) as never, {
      ...stranger.signer,
      kid: methodId(DID, stranger.kid),
    });
    const r = await verifyBadge(token, { registry: cat.registry, now: NOW, resources: offline });
    expect(r.verdict).not.toBe('verified');
  });
});

describe('badges issued before issuer DIDs', async () => {
  const ed = await makeKey('EdDSA');
  const cat = await testCatalog({ keys: [ed] });

  it('a JWT with the Profile URL issuer and key URL kid stays verified', async () => {
    const r = await verifyBadge(await cat.issue({ key: ed }), { registry: cat.registry, now: NOW });
    expect(r.verdict).toBe('verified');
  });

  it('a Data Integrity badge with the profile.json#z6Mk… method stays verified', async () => {
    const vm = `${urls.profile(ISSUER)}#${ed25519Multibase(ed.privateJwk)}`;
    const signed = await signDataIntegrity(await cat.credential(), ed.privateJwk, vm);
    const r = await verifyBadge(JSON.stringify(signed), { registry: cat.registry, now: NOW });
    expect(r.verdict).toBe('verified');
  });

  it('is still read as revoked or not from its list once the list is re-signed under the DID', async () => {
    const bits = Bitstring.zeros();
    bits.set(9);
    const listUrl = urls.statusList(ISSUER, 'revocation-1');
    const jwt = await signCredentialJwt(
      buildStatusListCredential(listUrl, DID, await encodeList(bits), new Date('2025-06-01T00:00:00Z')),
      { ...ed.signer, kid: methodId(DID, ed.kid) },
    );
    const registry = {
      ...cat.registry,
      issuers: cat.registry.issuers.map((i) =>
        i.id === ISSUER ? { ...i, statusLists: [{ url: listUrl, jwt }] } : i,
      ),
    };
    const fresh = await verifyBadge(await cat.issue({ key: ed, statusIndex: 8 }), { registry, now: NOW });
    expect(fresh.checks.find((c) => c.id === 'status')).toMatchObject({ status: 'pass' });
    const revoked = await verifyBadge(await cat.issue({ key: ed, statusIndex: 9 }), { registry, now: NOW });
    expect(revoked.checks.find((c) => c.id === 'status')).toMatchObject({
      status: 'fail',
      code: 'ERR_REVOKED',
    });
  });
});
