/**
 * The VC-JWT format alone (src/lib/verify/formats/vc-jwt.ts): how it reads a token, and its proof
 * check run by itself; and the JWS signature step (proof-jws.ts), which enforces the algorithm
 * allow-list itself, whoever calls it.
 */
import { importJWK } from 'jose';
import { describe, expect, it } from 'vitest';
import { vcJwt } from '../../../../src/lib/verify/formats/vc-jwt.ts';
import { parseCompactJws } from '../../../../src/lib/verify/jws.ts';
import { verifyJws } from '../../../../src/lib/verify/proof-jws.ts';
import type { CredentialSubject } from '../../../../src/lib/verify/subject.ts';
import { contextOf } from '../../../helpers/checks.ts';
import { testCatalog } from '../../../helpers/issuer.ts';

const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');

describe('VC-JWT: reading and its proof check', async () => {
  const cat = await testCatalog();
  const ctx = contextOf(cat);
  const token = await cat.issue();
  const read = async (t: string) => vcJwt.read(parseCompactJws(t), 'text', ctx);
  const subjectOf = async (t: string): Promise<CredentialSubject> => {
    const r = await read(t);
    if (!r.ok) throw new Error(r.row.message);
    return r.subject;
  };

  it('reads an OB 3.0 VC-JWT; refuses a presentation and a token with no credential', async () => {
    expect(await read(token)).toMatchObject({ ok: true, subject: { format: 'ob3-vc-jwt' } });
    const [, p, s] = token.split('.');
    const vp = `${b64({ alg: 'ES256', typ: 'vp+jwt' })}.${p}.${s}`;
    expect(await read(vp)).toMatchObject({ ok: false, row: { code: 'ERR_PRESENTATION' } });
    expect(await read(`${b64({ alg: 'ES256' })}.${b64({ hello: 1 })}.${s}`)).toMatchObject({
      ok: false,
      row: { code: 'ERR_NOT_A_BADGE' },
    });
  });

  it('passes a genuine signature and learns the key and the issuance date', async () => {
    const o = await vcJwt.checks.proof.run(await subjectOf(token), ctx);
    expect(o.status).toBe('pass');
    expect(o.learned?.signer?.key.catalog?.issuer.id).toBe('riverbend-usd');
    expect(o.learned?.signer?.issuedAt).toBe(Date.parse('2025-03-01T12:00:00Z'));
  });

  it('throws what the runner turns into rows: a changed payload, alg "none"', async () => {
    const [h, p, s] = token.split('.');
    const payload = JSON.parse(Buffer.from(p ?? '', 'base64url').toString()) as Record<string, unknown>;
    const changed = `${h}.${b64({ ...payload, name: 'Something grander' })}.${s}`;
    await expect(vcJwt.checks.proof.run(await subjectOf(changed), ctx)).rejects.toMatchObject({
      code: 'ERR_SIGNATURE_INVALID',
    });
    const header = JSON.parse(Buffer.from(h ?? '', 'base64url').toString()) as Record<string, unknown>;
    const none = `${b64({ ...header, alg: 'none' })}.${p}.${s}`;
    await expect(vcJwt.checks.proof.run(await subjectOf(none), ctx)).rejects.toMatchObject({
      code: 'ERR_ALG_NOT_ALLOWED',
    });
  });

  it('the signature step refuses a disallowed alg before it resolves or imports any key', async () => {
    const [h, p, s] = token.split('.');
    const header = JSON.parse(Buffer.from(h ?? '', 'base64url').toString()) as Record<string, unknown>;
    let asked = 0;
    const resolve = async () => {
      asked++;
      return cat.keys[0]?.published.jwk ?? {};
    };
    for (const alg of ['none', 'HS256', 'ES256K', undefined]) {
      const jws = parseCompactJws(`${b64({ ...header, alg })}.${p}.${s}`);
      expect('alg' in jws).toBe(false);
      await expect(verifyJws(jws, resolve, (jwk, a) => importJWK(jwk, a))).rejects.toMatchObject({
        code: 'ERR_ALG_NOT_ALLOWED',
      });
    }
    expect(asked).toBe(0);
    await expect(
      verifyJws(parseCompactJws(token), resolve, (jwk, a) => importJWK(jwk, a)),
    ).resolves.toMatchObject({ alg: 'ES256' });
  });
});
