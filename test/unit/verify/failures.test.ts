/**
 * Each failure class the verifier must catch, produced by a crafted badge (issue: "each failure
 * class is produced by a crafted badge"), against an in-memory catalog with real keys.
 */
import { CompactSign, exportJWK, generateKeyPair, importJWK, type JWK } from 'jose';
import { describe, expect, it } from 'vitest';
import { signCredentialJwt } from '../../../src/lib/ob3/sign-jwt.ts';
import { verifyBadge } from '../../../src/lib/verify/verify.ts';
import type { Report } from '../../../src/lib/verify/report.ts';
import { CREDENTIAL, ISSUER, makeKey, testCatalog, urls } from '../../helpers/issuer.ts';

const NOW = new Date('2026-06-01T00:00:00Z');
const checkOf = (r: Report, id: string) => r.checks.find((c) => c.id === id);
const b64 = (o: unknown) => Buffer.from(typeof o === 'string' ? o : JSON.stringify(o)).toString('base64url');

async function signRaw(payload: object, header: Record<string, unknown>, key: JWK): Promise<string> {
  return new CompactSign(new TextEncoder().encode(JSON.stringify(payload)))
    .setProtectedHeader(header as never)
    .sign(await importJWK(key, String(header.alg)));
}

describe('verifier failure classes', async () => {
  const cat = await testCatalog({ revoked: [9] });
  const verify = (input: string | Uint8Array, extra: Parameters<typeof verifyBadge>[1] = {}) =>
    verifyBadge(input, { registry: cat.registry, now: NOW, ...extra });

  it('a badge issued with the catalog key is verified (the baseline)', async () => {
    const r = await verify(await cat.issue());
    expect(r.verdict).toBe('verified');
    expect(r.catalog.credential?.id).toBe(CREDENTIAL);
  });

  it('bad signature: a changed payload fails the proof and stops the rest', async () => {
    const [h, p, s] = (await cat.issue()).split('.');
    const payload = JSON.parse(Buffer.from(p ?? '', 'base64url').toString());
    payload.credentialSubject.achievement.name = 'Something grander';
    const r = await verify(`${h}.${b64(payload)}.${s}`);
    expect(r.verdict).toBe('invalid');
    expect(checkOf(r, 'proof')).toMatchObject({ status: 'fail', code: 'ERR_SIGNATURE_INVALID' });
    expect(
      r.checks
        .filter((c) =>
          ['key', 'issuer', 'claims', 'dates', 'status', 'achievement', 'recipient'].includes(c.id),
        )
        .every((c) => c.status === 'skip'),
    ).toBe(true);
  });

  it('alg "none" is refused', async () => {
    const [, p] = (await cat.issue()).split('.');
    const r = await verify(`${b64({ alg: 'none', kid: cat.registry.issuers[0]?.keys[0]?.kid })}.${p}.AAAA`);
    expect(checkOf(r, 'proof')).toMatchObject({ status: 'fail', code: 'ERR_ALG_NOT_ALLOWED' });
    expect(r.verdict).toBe('invalid');
  });

  it('HMAC with the public key as the secret is refused (algorithm confusion)', async () => {
    const key = cat.keys[0];
    if (!key) throw new Error('no key');
    const [, p] = (await cat.issue()).split('.');
    const secret = new TextEncoder().encode(JSON.stringify(key.published.jwk));
    const forged = await new CompactSign(Buffer.from(p ?? '', 'base64url'))
      .setProtectedHeader({ alg: 'HS256', kid: key.signer.kid })
      .sign(secret);
    const r = await verify(forged);
    expect(checkOf(r, 'proof')).toMatchObject({ status: 'fail', code: 'ERR_ALG_NOT_ALLOWED' });
  });

  it("a kid naming another catalog issuer's key fails key provenance", async () => {
    const other = await makeKey('ES256');
    const two = await testCatalog({ keys: [other] });
    // Re-home the key under a different issuer id in the registry.
    const reg = structuredClone(two.registry);
    const [riverbend] = reg.issuers;
    if (!riverbend) throw new Error('fixture');
    reg.issuers.push({
      ...riverbend,
      id: 'impostor-district',
      name: 'Impostor District',
      profile: urls.profile('impostor-district'),
      keys: riverbend.keys.map((k) => ({ ...k, kid: urls.key('impostor-district', k.thumbprint) })),
      statusLists: [],
    });
    riverbend.keys = [];
    const token = await two.issue({
      key: { ...other, signer: { ...other.signer, kid: urls.key('impostor-district', other.kid) } },
    });
    const r = await verifyBadge(token, { registry: reg, now: NOW });
    expect(checkOf(r, 'proof')?.status).toBe('pass');
    expect(checkOf(r, 'key')).toMatchObject({ status: 'fail', code: 'ERR_KEY_ISSUER_MISMATCH' });
    expect(r.verdict).toBe('invalid');
  });

  it('a header jwk claiming to be a catalog issuer fails', async () => {
    const { publicKey, privateKey } = await generateKeyPair('ES256', { extractable: true });
    const cred = await cat.credential();
    const payload = {
      ...cred,
      iss: urls.profile(ISSUER),
      jti: cred.id,
      nbf: Date.parse(String(cred.validFrom)) / 1000,
    };
    const token = await new CompactSign(new TextEncoder().encode(JSON.stringify(payload)))
      .setProtectedHeader({ alg: 'ES256', jwk: await exportJWK(publicKey) })
      .sign(privateKey);
    const r = await verify(token);
    expect(checkOf(r, 'proof')?.status).toBe('pass');
    expect(checkOf(r, 'key')).toMatchObject({ status: 'fail', code: 'ERR_KEY_NOT_PUBLISHED' });
    expect(r.verdict).toBe('invalid');
  });

  it('a retired key used after its retirement fails; before it, passes', async () => {
    const retired = await makeKey('ES256', {
      validFrom: new Date('2020-01-01T00:00:00Z'),
      validUntil: new Date('2025-01-01T00:00:00Z'),
    });
    const current = await makeKey('EdDSA', { validFrom: new Date('2025-01-01T00:00:00Z') });
    const c = await testCatalog({ keys: [retired, current] });
    const late = await c.issue({ key: retired, validFrom: new Date('2025-06-01T00:00:00Z') });
    expect(checkOf(await verifyBadge(late, { registry: c.registry, now: NOW }), 'key')).toMatchObject({
      status: 'fail',
      code: 'ERR_KEY_NOT_IN_FORCE',
    });
    const early = await c.issue({ key: retired, validFrom: new Date('2024-06-01T00:00:00Z') });
    const r = await verifyBadge(early, { registry: c.registry, now: NOW });
    expect(checkOf(r, 'key')?.status).toBe('pass');
    expect(r.verdict).toBe('verified');
  });

  it('a revoked key verifies nothing', async () => {
    const k = await makeKey('ES256', {
      validFrom: new Date('2020-01-01T00:00:00Z'),
      revoked: { date: new Date('2021-01-01T00:00:00Z'), reason: 'laptop stolen' },
    });
    const good = await makeKey('ES256');
    const c = await testCatalog({ keys: [k, good] });
    const r = await verifyBadge(await c.issue({ key: k }), { registry: c.registry, now: NOW });
    expect(checkOf(r, 'key')).toMatchObject({ status: 'fail', code: 'ERR_KEY_REVOKED' });
  });

  it('expired', async () => {
    const r = await verify(await cat.issue({ validUntil: new Date('2026-01-01T00:00:00Z') }));
    expect(checkOf(r, 'dates')).toMatchObject({ status: 'fail', code: 'ERR_EXPIRED' });
    expect(r.verdict).toBe('invalid');
  });

  it('not yet valid', async () => {
    const r = await verify(await cat.issue({ validFrom: new Date('2026-09-01T00:00:00Z') }));
    expect(checkOf(r, 'dates')).toMatchObject({ status: 'fail', code: 'ERR_NOT_YET_VALID' });
  });

  it('within the clock tolerance, a badge from a few seconds in the future is fine', async () => {
    const r = await verify(await cat.issue({ validFrom: new Date(NOW.getTime() + 30_000) }));
    expect(checkOf(r, 'dates')?.status).toBe('pass');
  });

  it('revoked in the signed status list', async () => {
    const r = await verify(await cat.issue({ statusIndex: 9 }));
    expect(checkOf(r, 'status')).toMatchObject({ status: 'fail', code: 'ERR_REVOKED' });
    expect(checkOf(await verify(await cat.issue({ statusIndex: 10 })), 'status')?.status).toBe('pass');
  });

  it('claims that disagree with the credential fail', async () => {
    const key = cat.keys[0];
    if (!key) throw new Error('no key');
    const cred = await cat.credential();
    const payload = {
      ...cred,
      iss: urls.profile(ISSUER),
      jti: 'urn:uuid:00000000-0000-4000-8000-000000000000',
      nbf: Date.parse(String(cred.validFrom)) / 1000,
    };
    const r = await verify(
      await signRaw(payload, { alg: 'ES256', kid: key.signer.kid, typ: 'JWT' }, key.privateJwk),
    );
    expect(checkOf(r, 'claims')).toMatchObject({ status: 'fail', code: 'ERR_CLAIMS_MISMATCH' });
    const shifted = {
      ...cred,
      iss: urls.profile(ISSUER),
      jti: cred.id,
      nbf: Date.parse(String(cred.validFrom)) / 1000 + 86_400,
    };
    expect(
      checkOf(
        await verify(await signRaw(shifted, { alg: 'ES256', kid: key.signer.kid }, key.privateJwk)),
        'claims',
      )?.status,
    ).toBe('fail');
  });

  it('an achievement the issuer does not publish fails', async () => {
    const key = cat.keys[0];
    if (!key) throw new Error('no key');
    const cred = await cat.credential();
    const subject = cred.credentialSubject as { achievement: Record<string, unknown> };
    subject.achievement = {
      ...subject.achievement,
      id: urls.achievement('riverbend-usd/invented-credential'),
    };
    const r = await verify(await signCredentialJwt(cred as never, key.signer));
    expect(checkOf(r, 'achievement'), JSON.stringify(checkOf(r, 'achievement'))).toMatchObject({
      status: 'fail',
      code: 'ERR_ACHIEVEMENT_UNKNOWN',
    });
  });

  it('the recipient check: right email passes, wrong email fails', async () => {
    const token = await cat.issue();
    expect(checkOf(await verify(token, { recipientEmail: 'Ada@Example.org ' }), 'recipient')?.status).toBe(
      'pass',
    );
    const wrong = await verify(token, { recipientEmail: 'eve@example.org' });
    expect(checkOf(wrong, 'recipient')).toMatchObject({ status: 'fail', code: 'ERR_RECIPIENT_MISMATCH' });
    expect(wrong.verdict).toBe('invalid');
  });

  it('truncated and garbage input is unreadable, with a plain message', async () => {
    const token = await cat.issue();
    for (const bad of [
      token.slice(0, 40),
      token.split('.').slice(0, 2).join('.'),
      'hello',
      '{"a":',
      '\u0000\u0001',
      '',
    ]) {
      const r = await verify(bad);
      expect(r.verdict, bad.slice(0, 20)).toBe('unreadable');
      expect(checkOf(r, 'format')?.message.length).toBeGreaterThan(15);
    }
    const cut = await verify(token.slice(0, -10));
    expect(['invalid', 'unreadable']).toContain(cut.verdict);
  });

  it('a 20 MB input is refused before it is parsed', async () => {
    const r = await verify(new Uint8Array(20 * 1024 * 1024));
    expect(r.verdict).toBe('unreadable');
    expect(checkOf(r, 'format')?.code).toBe('ERR_INPUT_TOO_LARGE');
    const s = await verify('a'.repeat(20 * 1024 * 1024));
    expect(checkOf(s, 'format')?.code).toBe('ERR_INPUT_TOO_LARGE');
  });

  it('jku and x5u headers are ignored, never fetched', async () => {
    const key = cat.keys[0];
    if (!key) throw new Error('no key');
    const cred = await cat.credential();
    const payload = {
      ...cred,
      iss: urls.profile(ISSUER),
      jti: cred.id,
      nbf: Date.parse(String(cred.validFrom)) / 1000,
    };
    const fetched: string[] = [];
    const r = await verify(
      await signRaw(
        payload,
        {
          alg: 'ES256',
          kid: key.signer.kid,
          jku: 'https://evil.example/jwks',
          x5u: 'https://evil.example/cert',
        },
        key.privateJwk,
      ),
      {
        resources: {
          fetch: async (url) => (
            fetched.push(url),
            { status: 404, headers: { get: () => null }, text: async () => '' }
          ),
        },
      },
    );
    expect(fetched).toEqual([]);
    expect(r.verdict).toBe('verified');
    expect(checkOf(r, 'proof')?.detail).toContain('Ignored header members jku, x5u');
  });
});
