/**
 * The formats people actually hold, beyond the published vectors: OB 2.0 baked PNG and SVG,
 * hosted OB 2.0 assertions (fetched only when allowed; HTTP 410 means revoked), Data Integrity
 * with did:web (fetched only when allowed, unreachable = "could not check"), VC 1.1 JSON, and
 * endorsements (embedded and as JWTs), each verified and listed.
 */
import { describe, expect, it } from 'vitest';
import { signDataIntegrity, ed25519Multibase } from '../../../src/lib/ob3/sign-data-integrity.ts';
import { signCredentialJwt } from '../../../src/lib/ob3/sign-jwt.ts';
import { verifyBadge } from '../../../src/lib/verify/verify.ts';
import type { Report } from '../../../src/lib/verify/report.ts';
import { iTXt, tinyPng } from '../baking/png-helpers.ts';
import { makeKey, testCatalog } from '../../helpers/issuer.ts';
import { ob20Documents, vectorText } from '../../helpers/vectors.ts';

const NOW = new Date('2026-06-01T00:00:00Z');
const check = (r: Report, id: string) => r.checks.find((c) => c.id === id);

describe('Open Badges 2.0', () => {
  const jws = vectorText('1edtech/ob20/simple.jwt').trim();

  it('a baked OB 2.0 PNG (iTXt "openbadges") verifies like its token', async () => {
    const png = tinyPng(iTXt('openbadges', jws));
    const r = await verifyBadge(png, { now: NOW, resources: { documents: ob20Documents() } });
    expect(r.format).toBe('ob2-signed');
    expect(r.container).toContain('PNG');
    expect(check(r, 'proof')?.status).toBe('pass');
    expect(r.verdict).toBe('warnings');
  });

  it('a baked OB 2.0 SVG (<openbadges:assertion verify>) verifies like its token', async () => {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" xmlns:openbadges="http://openbadges.org"><openbadges:assertion verify="${jws}"/><rect width="1" height="1"/></svg>`;
    const r = await verifyBadge(svg, { now: NOW, resources: { documents: ob20Documents() } });
    expect(r.format).toBe('ob2-signed');
    expect(check(r, 'proof')?.status).toBe('pass');
  });

  it('the recipient check uses the OB 2.0 hashed identity', async () => {
    const r = await verifyBadge(jws, {
      now: NOW,
      recipientEmail: 'nobody@example.org',
      resources: { documents: ob20Documents() },
    });
    expect(check(r, 'recipient')?.status).toBe('pass');
  });

  const hosted = {
    '@context': 'https://w3id.org/openbadges/v2',
    type: 'Assertion',
    id: 'https://example.org/beths-robotics-badge.json',
    recipient: {
      type: 'email',
      hashed: true,
      salt: 'deadsea',
      identity: 'sha256$ecf5409f3f4b91ab60cc5ef4c02aef7032354375e70cf4d8e43f6a1d29891942',
    },
    badge: 'https://example.org/robotics-badge.json',
    verification: { type: 'HostedBadge' },
    issuedOn: '2016-12-31T23:59:59Z',
  };

  it('a hosted assertion pasted as its URL is fetched only from the allowed sources', async () => {
    const documents = ob20Documents();
    documents.set(hosted.id, JSON.stringify(hosted));
    const r = await verifyBadge(hosted.id, { now: NOW, resources: { documents } });
    expect(r.format).toBe('ob2-hosted');
    expect(check(r, 'proof')?.status).toBe('pass');
    expect(r.verdict).toBe('warnings');
    const offline = await verifyBadge(hosted.id, { now: NOW });
    expect(check(offline, 'proof')).toMatchObject({ status: 'warn', code: 'ERR_FETCH_NOT_ALLOWED' });
  });

  it('a hosted assertion answering 410 Gone is revoked', async () => {
    const r = await verifyBadge(hosted.id, {
      now: NOW,
      resources: { fetch: async () => ({ status: 410, headers: { get: () => null }, text: async () => '' }) },
    });
    expect(check(r, 'status')).toMatchObject({ status: 'fail', code: 'ERR_REVOKED' });
    expect(r.verdict).toBe('invalid');
  });

  it('a hosted assertion on another domain than its issuer is not trusted', async () => {
    const documents = ob20Documents();
    const moved = { ...hosted, id: 'https://elsewhere.example/badge.json' };
    documents.set(moved.id, JSON.stringify(moved));
    const r = await verifyBadge(moved.id, { now: NOW, resources: { documents } });
    expect(check(r, 'proof')?.status).toBe('fail');
  });
});

describe('Data Integrity with did:web, and VC 1.1', async () => {
  const ed = await makeKey('EdDSA');
  const cat = await testCatalog();
  const did = 'did:web:badges.example:issuers:acme';
  const mb = ed25519Multibase(ed.privateJwk);
  const vm = `${did}#key-1`;
  const base = await cat.credential();
  const subject = base.credentialSubject as { achievement: Record<string, unknown> };
  const external = {
    ...subject,
    achievement: { ...subject.achievement, id: 'https://badges.example/achievements/robotics' },
  };
  const credential = {
    ...base,
    issuer: { id: did, type: ['Profile'], name: 'Acme Academy' },
    credentialSubject: external,
  };
  delete (credential as Record<string, unknown>).credentialStatus;
  const signed = await signDataIntegrity(credential, ed.privateJwk, vm, new Date('2025-03-01T12:00:00Z'));
  const didDoc = JSON.stringify({
    '@context': ['https://www.w3.org/ns/did/v1', 'https://w3id.org/security/multikey/v1'],
    id: did,
    verificationMethod: [{ id: vm, type: 'Multikey', controller: did, publicKeyMultibase: mb }],
    assertionMethod: [vm],
  });

  it('resolves the key from the DID document (served locally) and binds it to the issuer', async () => {
    const r = await verifyBadge(JSON.stringify(signed), {
      registry: cat.registry,
      now: NOW,
      resources: { documents: new Map([['https://badges.example/issuers/acme/did.json', didDoc]]) },
    });
    expect(check(r, 'proof')?.status).toBe('pass');
    expect(check(r, 'key')).toMatchObject({ status: 'warn', code: 'WARN_KEY_UNKNOWN' });
    expect(r.verdict).toBe('warnings');
  });

  it('without network permission the did:web key is "could not check", never a pass', async () => {
    const r = await verifyBadge(JSON.stringify(signed), { registry: cat.registry, now: NOW });
    expect(check(r, 'proof')).toMatchObject({ status: 'warn', code: 'ERR_FETCH_NOT_ALLOWED' });
    expect(r.verdict).toBe('unverified');
  });

  it('a CORS or network failure is "could not check" too', async () => {
    const r = await verifyBadge(JSON.stringify(signed), {
      registry: cat.registry,
      now: NOW,
      resources: {
        fetch: async () => {
          throw new TypeError('Failed to fetch');
        },
      },
    });
    expect(check(r, 'proof')).toMatchObject({ status: 'warn', code: 'ERR_FETCH_FAILED' });
  });

  it("claiming a catalog issuer's achievement from another issuer fails", async () => {
    const claim = await signDataIntegrity(
      { ...credential, credentialSubject: base.credentialSubject },
      ed.privateJwk,
      vm,
    );
    const r = await verifyBadge(JSON.stringify(claim), {
      registry: cat.registry,
      now: NOW,
      resources: { documents: new Map([['https://badges.example/issuers/acme/did.json', didDoc]]) },
    });
    expect(check(r, 'achievement')).toMatchObject({ status: 'fail', code: 'ERR_ACHIEVEMENT_ISSUER' });
  });

  it('a VC 1.1 credential is read with issuanceDate and expirationDate', async () => {
    const didKey = `did:key:${mb}`;
    const {
      validFrom: _f,
      awardedDate: _a,
      credentialSchema: _s,
      ...rest
    } = credential as Record<string, unknown>;
    const v11 = (expirationDate: string) => ({
      ...rest,
      '@context': [
        'https://www.w3.org/2018/credentials/v1',
        'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
        'https://w3id.org/security/data-integrity/v1',
      ],
      issuer: { id: didKey, type: ['Profile'], name: 'Acme Academy' },
      issuanceDate: '2025-03-01T12:00:00Z',
      expirationDate,
    });
    const current = await signDataIntegrity(v11('2030-01-01T00:00:00Z'), ed.privateJwk, `${didKey}#${mb}`);
    const r = await verifyBadge(JSON.stringify(current), { now: NOW });
    expect(check(r, 'structure')?.message).toContain('VC 1.1');
    expect(check(r, 'proof')?.status).toBe('pass');
    expect(check(r, 'dates')?.message).toContain('until 2030-01-01');
    const expired = await signDataIntegrity(v11('2026-01-01T00:00:00Z'), ed.privateJwk, `${didKey}#${mb}`);
    expect(check(await verifyBadge(JSON.stringify(expired), { now: NOW }), 'dates')).toMatchObject({
      status: 'fail',
      code: 'ERR_EXPIRED',
    });
  });
});

describe('endorsements', async () => {
  const cat = await testCatalog();
  const endorser = await makeKey('EdDSA');
  const endorsement = (name: string, validUntil?: string) => ({
    '@context': [
      'https://www.w3.org/ns/credentials/v2',
      'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
    ],
    id: `urn:uuid:${crypto.randomUUID()}`,
    type: ['VerifiableCredential', 'EndorsementCredential'],
    name,
    issuer: { id: 'did:example:state-board', type: ['Profile'], name: 'State Board of Education' },
    validFrom: '2025-01-01T00:00:00Z',
    ...(validUntil ? { validUntil } : {}),
    credentialSubject: {
      id: 'https://stackable.example/credentials/riverbend-usd/hinge-questions/achievement.json',
      type: ['EndorsementSubject'],
      endorsementComment: 'Counts toward license renewal.',
    },
  });

  it('embedded and JWT endorsements are verified and listed', async () => {
    const didKey = `did:key:${ed25519Multibase(endorser.privateJwk)}`;
    const embedded = await signDataIntegrity(
      {
        ...endorsement('Approved for renewal credit'),
        issuer: { id: didKey, type: ['Profile'], name: 'State Board of Education' },
      },
      endorser.privateJwk,
      `${didKey}#${didKey.slice(8)}`,
    );
    const jwt = await signCredentialJwt(endorsement('Recognized by the district', '2027-01-01T00:00:00Z'), {
      alg: 'EdDSA',
      kid: didKey,
      privateJwk: endorser.privateJwk,
    });
    const base = await cat.credential();
    const key = cat.keys[0];
    if (!key) throw new Error('no key');
    const token = await signCredentialJwt(
      { ...base, endorsement: [embedded], endorsementJwt: [jwt] } as never,
      key.signer,
    );
    const r = await verifyBadge(token, { registry: cat.registry, now: NOW });
    expect(check(r, 'endorsements')?.status).toBe('pass');
    expect(check(r, 'endorsements')?.message).toContain('2 endorsements verified');
    expect(check(r, 'endorsements')?.message).toContain(
      'Approved for renewal credit by State Board of Education',
    );
  });

  it('a tampered endorsement is reported as a failure of that endorsement', async () => {
    const didKey = `did:key:${ed25519Multibase(endorser.privateJwk)}`;
    const embedded = await signDataIntegrity(
      { ...endorsement('Approved'), issuer: { id: didKey, type: ['Profile'], name: 'Board' } },
      endorser.privateJwk,
      `${didKey}#${didKey.slice(8)}`,
    );
    const key = cat.keys[0];
    if (!key) throw new Error('no key');
    const token = await signCredentialJwt(
      { ...(await cat.credential()), endorsement: [{ ...embedded, name: 'Approved twice' }] } as never,
      key.signer,
    );
    const r = await verifyBadge(token, { registry: cat.registry, now: NOW });
    expect(check(r, 'endorsements')).toMatchObject({ status: 'warn', code: 'WARN_ENDORSEMENT_INVALID' });
    expect(check(r, 'proof')?.status).toBe('pass');
  });
});
