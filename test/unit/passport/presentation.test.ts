/**
 * Verifiable Presentations: the holder's proof checked through the verifier's runner (VP-JWT and
 * Data Integrity), valid, missing and forged; the holder tied to each credential only where the
 * credential names its earner by the holder's identifier.
 */
import { describe, expect, it } from 'vitest';
import { presentationOf } from '../../../src/lib/passport/presentation/detect.ts';
import { holderBinding } from '../../../src/lib/passport/presentation/holder.ts';
import { verifyPresentation } from '../../../src/lib/passport/presentation/verify.ts';
import { verifySet } from '../../../src/lib/passport/verify-set.ts';
import { contextFor } from '../../../src/lib/verify/verify.ts';
import { testCatalog } from '../../helpers/issuer.ts';
import { jwkHolder, keyHolder, vpDataIntegrity, vpJwt } from '../../helpers/passport.ts';

const NOW = new Date('2025-06-01T00:00:00Z');

async function check(text: string, registry?: Awaited<ReturnType<typeof testCatalog>>['registry']) {
  const p = presentationOf(text);
  if (!p) throw new Error('not read as a presentation');
  return verifyPresentation(p, contextFor({ now: NOW, ...(registry ? { registry } : {}) }));
}

/** Adds a credential to a signed token's presentation, keeping the holder's signature. */
const tamperPayload = (jwt: string) => {
  const [h, p, s] = jwt.split('.') as [string, string, string];
  const payload = JSON.parse(Buffer.from(p, 'base64url').toString()) as {
    vp: { verifiableCredential: string[] };
  };
  payload.vp.verifiableCredential.push('smuggled.in.later');
  return `${h}.${Buffer.from(JSON.stringify(payload)).toString('base64url')}.${s}`;
};
const CREDENTIAL = { '@context': ['https://www.w3.org/ns/credentials/v2'], type: ['VerifiableCredential'] };

describe('VP-JWT', () => {
  it('a valid holder proof: the holder is proven, and tied to a badge awarded to that DID', async () => {
    const cat = await testCatalog();
    const holder = await jwkHolder();
    const mine = await cat.issue({ recipient: { id: holder.did, name: 'Ada' } });
    const byEmail = await cat.issue();
    const r = await check(await vpJwt(holder, [mine, byEmail]), cat.registry);
    expect(r.format).toBe('vp-jwt');
    expect(r.proof).toBe('valid');
    expect(r.holder).toBe(holder.did);
    expect(r.credentials).toEqual([mine, byEmail]);
    expect(r.rows.map((x) => [x.title, x.status])).toEqual([
      ['Presentation', 'pass'],
      ["Holder's signature", 'pass'],
      ["Holder's key", 'pass'],
      ['Token claims', 'pass'],
      ['Presentation dates', 'pass'],
    ]);
    const set = await verifySet([{ name: 'vp.jwt', data: await vpJwt(holder, [mine, byEmail]) }], {
      registry: cat.registry,
      now: NOW,
    });
    expect(set.entries.map((e) => [e.report.verdict, e.holder?.state])).toEqual([
      ['verified', 'tied'],
      ['verified', 'not-identified'],
    ]);
  });

  it('the holder key named only by iss (did:key, no kid) is found and proven', async () => {
    const holder = await keyHolder();
    const r = await check(await vpJwt(holder, ['a.b.c'], { kid: null }));
    expect(r.proof).toBe('valid');
    expect(r.holder).toBe(holder.did);
  });

  it('a forged presentation (payload changed after signing) is invalid and ties nobody', async () => {
    const holder = await jwkHolder();
    const r = await check(tamperPayload(await vpJwt(holder, ['x.y.z', 'p.q.r'])));
    expect(r.proof).toBe('invalid');
    expect(r.holder).toBeUndefined();
    expect(r.rows.find((x) => x.id === 'proof')).toMatchObject({
      status: 'fail',
      code: 'ERR_SIGNATURE_INVALID',
    });
    expect(holderBinding(r, { credentialSubject: { id: holder.did } })).toMatchObject({
      state: 'not-proven',
    });
  });

  it('signed by someone else than the holder it names: invalid', async () => {
    const holder = await jwkHolder();
    const other = await jwkHolder();
    const r = await check(await vpJwt(other, ['x.y.z'], { iss: holder.did, holder: holder.did }));
    expect(r.proof).toBe('invalid');
    expect(r.rows.find((x) => x.id === 'key')).toMatchObject({ status: 'fail', code: 'ERR_KEY_CONTROLLER' });
  });

  it('an expired presentation no longer shows who holds the badges', async () => {
    const holder = await jwkHolder();
    const r = await check(await vpJwt(holder, ['x.y.z'], { exp: 1_740_000_100 }));
    expect(r.proof).toBe('invalid');
    expect(r.rows.find((x) => x.id === 'dates')).toMatchObject({ code: 'ERR_EXPIRED' });
  });

  it('a badge awarded to another DID is called out', async () => {
    const holder = await jwkHolder();
    const r = await check(await vpJwt(holder, ['x.y.z']));
    expect(holderBinding(r, { credentialSubject: { id: 'did:example:someone-else' } })).toMatchObject({
      state: 'other',
      subject: 'did:example:someone-else',
    });
  });
});

describe('presentation with a Data Integrity proof', () => {
  it('valid: proven holder; credentials inside verified one by one', async () => {
    const cat = await testCatalog();
    const holder = await keyHolder();
    const credential = await cat.credential({ recipient: { id: holder.did } });
    const vp = await vpDataIntegrity(holder, [credential]);
    const r = await check(JSON.stringify(vp), cat.registry);
    expect(r.format).toBe('vp-data-integrity');
    expect(r.proof).toBe('valid');
    expect(r.holder).toBe(holder.did);
    expect(r.credentials).toEqual([JSON.stringify(credential)]);
  });

  it('missing: an unsigned presentation proves nothing about its holder', async () => {
    const holder = await keyHolder();
    const { proof: _p, ...unsigned } = await vpDataIntegrity(holder, [CREDENTIAL]);
    const r = await check(JSON.stringify(unsigned));
    expect(r.proof).toBe('missing');
    expect(r.holder).toBeUndefined();
    expect(holderBinding(r, { credentialSubject: { id: holder.did } }).message).toMatch(
      /not signed by its holder/,
    );
  });

  it('forged: a credential added after signing breaks the holder proof', async () => {
    const holder = await keyHolder();
    const vp = await vpDataIntegrity(holder, [CREDENTIAL]);
    const forged = { ...vp, holder: 'did:example:mallory' };
    const r = await check(JSON.stringify(forged));
    expect(r.proof).toBe('invalid');
  });

  it('a proof made for another purpose (assertionMethod) is not a holder proof', async () => {
    const holder = await keyHolder();
    const r = await check(JSON.stringify(await vpDataIntegrity(holder, [CREDENTIAL], 'assertionMethod')));
    expect(r.proof).toBe('invalid');
    const row = r.rows.find((x) => x.id === 'proof');
    expect(`${row?.message} ${row?.detail}`).toMatch(/not authentication/);
    // The same presentation signed for authentication verifies.
    expect((await check(JSON.stringify(await vpDataIntegrity(holder, [CREDENTIAL])))).proof).toBe('valid');
  });
});

describe('what is a presentation', () => {
  it('tells presentations from credentials and other text', async () => {
    const cat = await testCatalog();
    expect(presentationOf(await cat.issue())).toBeUndefined();
    expect(presentationOf(JSON.stringify(await cat.credential()))).toBeUndefined();
    expect(presentationOf('not a badge')).toBeUndefined();
    const holder = await jwkHolder();
    const jwt = await vpJwt(holder, ['a.b.c']);
    expect(presentationOf(jwt)?.kind).toBe('jwt');
    const enveloped = JSON.stringify({
      '@context': ['https://www.w3.org/ns/credentials/v2'],
      type: 'EnvelopedVerifiablePresentation',
      id: `data:application/vp+jwt,${jwt}`,
    });
    expect(presentationOf(enveloped)?.kind).toBe('jwt');
  });
});
