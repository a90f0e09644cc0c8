/**
 * Open Badges 2.0 assertions that name their verification under `verify` (formats/ob2/verification.ts),
 * which the OB 2.0 context defines as the same term as `verification`: a signed assertion with
 * `verify.creator` (and the "signed" alias) and a hosted one with `verify.type` "hosted" verify as
 * their `verification` forms do.
 */
import { CompactSign, exportSPKI, generateKeyPair } from 'jose';
import { describe, expect, it } from 'vitest';
import { verificationOf } from '../../../src/lib/verify/formats/ob2/verification.ts';
import { verifyBadge } from '../../../src/lib/verify/verify.ts';
import { ob20Documents } from '../../helpers/vectors.ts';

const NOW = new Date('2026-06-01T00:00:00Z');
const OB2 = 'https://w3id.org/openbadges/v2';
const ISSUER = 'https://example.org/organization.json';
const KEY = 'https://example.org/keys/signing.json';

describe('verificationOf', () => {
  it('reads verification or verify, with the type aliases', () => {
    expect(verificationOf({ verification: { type: 'SignedBadge', creator: KEY } })).toEqual({
      kind: 'signed',
      creator: KEY,
    });
    expect(verificationOf({ verify: { type: 'signed', creator: { id: KEY } } })).toEqual({
      kind: 'signed',
      creator: KEY,
    });
    expect(verificationOf({ verify: { type: 'signed', url: KEY } })).toEqual({
      kind: 'signed',
      creator: KEY,
    });
    expect(verificationOf({ verify: { type: 'hosted', url: 'https://example.org/a.json' } })).toEqual({
      kind: 'hosted',
      url: 'https://example.org/a.json',
    });
    expect(verificationOf({ verify: { type: 'HostedBadge' } })).toEqual({ kind: 'hosted' });
    expect(verificationOf({ verify: 'hosted' })).toBeUndefined();
    expect(verificationOf({})).toBeUndefined();
  });
});

describe('an OB 2.0 assertion with `verify`', async () => {
  const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
  const documents = ob20Documents();
  documents.set(ISSUER, JSON.stringify({ ...JSON.parse(documents.get(ISSUER) ?? '{}'), publicKey: KEY }));
  documents.set(
    KEY,
    JSON.stringify({
      '@context': OB2,
      id: KEY,
      type: 'CryptographicKey',
      owner: ISSUER,
      publicKeyPem: await exportSPKI(publicKey),
    }),
  );
  const assertion = {
    '@context': OB2,
    type: 'Assertion',
    id: 'urn:uuid:2f1e7c8a-8a9b-4c1d-9e2f-3a4b5c6d7e8f',
    recipient: { type: 'email', hashed: false, identity: 'beth@example.org' },
    badge: 'https://example.org/robotics-badge.json',
    issuedOn: '2016-12-31T23:59:59Z',
    verify: { type: 'signed', creator: KEY },
  };
  const sign = async (payload: object) =>
    new CompactSign(new TextEncoder().encode(JSON.stringify(payload)))
      .setProtectedHeader({ alg: 'RS256' })
      .sign(privateKey);

  it('signed, with verify.creator: the signature and the key linked both ways pass', async () => {
    const r = await verifyBadge(await sign(assertion), { now: NOW, resources: { documents } });
    expect(r.format).toBe('ob2-signed');
    expect(r.checks.find((c) => c.id === 'structure')).toMatchObject({ status: 'pass' });
    expect(r.checks.find((c) => c.id === 'proof')).toMatchObject({ status: 'pass' });
    expect(r.checks.find((c) => c.id === 'key')).toMatchObject({ status: 'pass' });
  });
  it('signed, changed after signing: fails', async () => {
    const token = await sign(assertion);
    const [h, , s] = token.split('.');
    const forged = Buffer.from(JSON.stringify({ ...assertion, issuedOn: '2015-01-01T00:00:00Z' })).toString(
      'base64url',
    );
    const r = await verifyBadge(`${h}.${forged}.${s}`, { now: NOW, resources: { documents } });
    expect(r.checks.find((c) => c.id === 'proof')).toMatchObject({
      status: 'fail',
      code: 'ERR_SIGNATURE_INVALID',
    });
  });
  it("signed, naming a key that is not the issuer's: not linked both ways", async () => {
    const other = 'https://example.org/keys/other.json';
    const docs = new Map(documents);
    docs.set(other, (documents.get(KEY) ?? '').replace(KEY, other));
    const r = await verifyBadge(await sign({ ...assertion, verify: { type: 'signed', creator: other } }), {
      now: NOW,
      resources: { documents: docs },
    });
    expect(r.checks.find((c) => c.id === 'key')).toMatchObject({
      status: 'fail',
      code: 'ERR_KEY_NOT_PUBLISHED',
    });
  });
  it('the JSON of a signed assertion pasted alone is recognized as signed by its verify member', async () => {
    const r = await verifyBadge(JSON.stringify(assertion), { now: NOW, resources: { documents } });
    expect(r.checks.find((c) => c.id === 'format')).toMatchObject({ code: 'ERR_NOT_A_BADGE' });
  });
  it('hosted, with verify.type "hosted": fetched from its issuer, it verifies', async () => {
    const hosted = {
      ...assertion,
      id: 'https://example.org/beths-robotics-badge.json',
      verify: { type: 'hosted' },
    };
    const docs = new Map(documents);
    docs.set(hosted.id, JSON.stringify(hosted));
    const r = await verifyBadge(hosted.id, { now: NOW, resources: { documents: docs } });
    expect(r.format).toBe('ob2-hosted');
    expect(r.checks.find((c) => c.id === 'structure')).toMatchObject({ status: 'pass' });
    expect(r.checks.find((c) => c.id === 'proof')).toMatchObject({ status: 'pass' });
  });
});
