/**
 * Open Badges 2.0 alone (src/lib/verify/formats/ob2/*): the signed format's proof and key checks,
 * the hosted format's reading (which fetches), structure and proof, and each check that differs
 * from a W3C credential's, run by itself on the 1EdTech validator's OB 2.0 assets.
 */
import { describe, expect, it } from 'vitest';
import type { VerifyContext } from '../../../../src/lib/verify/context.ts';
import { ob2Hosted, ob2Signed } from '../../../../src/lib/verify/formats/ob2/index.ts';
import type { Ob2Subject } from '../../../../src/lib/verify/formats/ob2/subject.ts';
import { parseCompactJws } from '../../../../src/lib/verify/jws.ts';
import type { VerifyOptions } from '../../../../src/lib/verify/verify.ts';
import { contextOf } from '../../../helpers/checks.ts';
import { ob20Documents, vectorJson, vectorText } from '../../../helpers/vectors.ts';

const jws = parseCompactJws(vectorText('1edtech/ob20/simple.jwt').trim());
const assertion = jws.payload as Record<string, unknown>;
const online = (extra: VerifyOptions = {}) =>
  contextOf(undefined, { resources: { documents: ob20Documents() }, ...extra });
const offline = contextOf(undefined);

async function signedSubject(ctx: VerifyContext): Promise<Ob2Subject> {
  const r = await ob2Signed.read(jws, 'text', ctx);
  if (!r.ok) throw new Error(r.row.message);
  const proof = await ob2Signed.checks.proof.run(r.subject, ctx);
  return { ...r.subject, ...proof.learned };
}

describe('OB 2.0 signed: proof and key', () => {
  it('verifies the JWS with the key linked both ways with the issuer', async () => {
    const ctx = online();
    const s = await signedSubject(ctx);
    expect(s.issuer?.name).toBe('An Example Badge Issuer');
    expect(await ob2Signed.checks.key.run(s, ctx)).toMatchObject({ status: 'pass' });
    expect(await ob2Signed.checks.key.run({ ...s, linkedBothWays: false }, ctx)).toMatchObject({
      status: 'fail',
      code: 'ERR_KEY_NOT_PUBLISHED',
    });
  });

  it('throws "could not check" offline, and a missing key when neither assertion nor issuer names one', async () => {
    const r = await ob2Signed.read(jws, 'text', offline);
    if (!r.ok) throw new Error('unread');
    await expect(ob2Signed.checks.proof.run(r.subject, offline)).rejects.toMatchObject({
      code: 'ERR_FETCH_NOT_ALLOWED',
    });
    const documents = ob20Documents();
    const issuer = vectorJson('1edtech/ob20/assets/organization.json');
    delete issuer.publicKey;
    documents.set('https://example.org/organization.json', JSON.stringify(issuer));
    const ctx = contextOf(undefined, { resources: { documents } });
    const unnamed = { ...r.subject, assertion: { ...assertion, verification: { type: 'signed' } } };
    await expect(ob2Signed.checks.proof.run(unnamed, ctx)).rejects.toMatchObject({ code: 'ERR_KEY_MISSING' });
  });
});

describe('OB 2.0: the checks that differ from a W3C credential', async () => {
  const ctx = online();
  const s = await signedSubject(ctx);
  const { checks } = ob2Signed;

  it('structure: the members an assertion needs', async () => {
    expect((await checks.structure.run(s, ctx)).status).toBe('pass');
    const broken = { ...s, assertion: { ...assertion, badge: undefined, issuedOn: 'soon' } };
    const o = await checks.structure.run(broken, ctx);
    expect(o).toMatchObject({ status: 'fail', code: 'ERR_STRUCTURE' });
    expect(o.detail).toBe('no badge; issuedOn is missing or not a date');
  });

  it('dates: issuedOn and expires', async () => {
    expect((await checks.dates.run(s, ctx)).message).toBe(
      'Issued on 2016-12-31T23:59:59Z, with no expiry date.',
    );
    const expired = { ...s, assertion: { ...assertion, expires: '2020-01-01T00:00:00Z' } };
    expect(await checks.dates.run(expired, ctx)).toMatchObject({ status: 'fail', code: 'ERR_EXPIRED' });
    const future = { ...s, assertion: { ...assertion, issuedOn: '2030-01-01T00:00:00Z' } };
    expect(await checks.dates.run(future, ctx)).toMatchObject({ status: 'fail', code: 'ERR_NOT_YET_VALID' });
  });

  it('status: revoked in the assertion, or in the issuer’s revocation list; unknown when the list is out of reach', async () => {
    expect((await checks.status.run(s, ctx)).status).toBe('skip');
    const revoked = { ...s, assertion: { ...assertion, revoked: true, revocationReason: 'issued in error' } };
    expect(await checks.status.run(revoked, ctx)).toMatchObject({ code: 'ERR_REVOKED' });
    const list = 'https://example.org/revocations.json';
    const withList = { ...s, issuer: { ...s.issuer, revocationList: list } };
    const listing = (ids: string[]) =>
      contextOf(undefined, {
        resources: { documents: new Map([[list, JSON.stringify({ revokedAssertions: ids })]]) },
      });
    expect(await checks.status.run(withList, listing([String(assertion.id)]))).toMatchObject({
      status: 'fail',
      code: 'ERR_REVOKED',
    });
    expect((await checks.status.run(withList, listing([]))).status).toBe('pass');
    expect(await checks.status.run(withList, offline)).toMatchObject({
      status: 'warn',
      code: 'ERR_FETCH_NOT_ALLOWED',
    });
  });

  it('recipient: the hashed email identity', async () => {
    expect((await checks.recipient.run(s, ctx)).status).toBe('skip');
    expect((await checks.recipient.run(s, online({ recipientEmail: 'nobody@example.org' }))).status).toBe(
      'pass',
    );
    expect(await checks.recipient.run(s, online({ recipientEmail: 'eve@example.org' }))).toMatchObject({
      code: 'ERR_RECIPIENT_MISMATCH',
    });
    const byUrl = {
      ...s,
      assertion: { ...assertion, recipient: { type: 'url', identity: 'https://x.example' } },
    };
    expect(await checks.recipient.run(byUrl, online({ recipientEmail: 'a@b.example' }))).toMatchObject({
      code: 'WARN_NO_EMAIL_IDENTIFIER',
    });
  });

  it('what this catalog cannot vouch for: the issuer, the badge class; and what is not checked', async () => {
    expect(await checks.issuer.run(s, ctx)).toMatchObject({ status: 'warn', code: 'WARN_ISSUER_UNKNOWN' });
    expect(await checks.achievement.run(s, ctx)).toMatchObject({
      status: 'warn',
      code: 'WARN_ACHIEVEMENT_EXTERNAL',
    });
    expect((await checks.claims.run(s, ctx)).status).toBe('skip');
    expect((await checks.endorsements.run(s, ctx)).status).toBe('skip');
  });
});

describe('OB 2.0 hosted: reading is fetching', () => {
  const hosted = { ...assertion, verification: { type: 'HostedBadge' } };
  const url = String(assertion.id);
  const serving = (status: number, body = '') =>
    contextOf(undefined, {
      resources: { fetch: async () => ({ status, headers: { get: () => null }, text: async () => body }) },
    });
  const read = async (input: unknown, ctx: VerifyContext) => {
    const r = await ob2Hosted.read(input, 'text', ctx);
    if (!r.ok) throw new Error(r.row.message);
    return r.subject;
  };

  it('refuses the JSON of a signed assertion pasted without its signature', async () => {
    expect(await ob2Hosted.read(assertion, 'text', offline)).toMatchObject({
      ok: false,
      format: 'ob2-signed',
      row: { code: 'ERR_NOT_A_BADGE' },
    });
  });

  it('passes an assertion fetched from its issuer’s domain; fails one hosted elsewhere', async () => {
    const documents = ob20Documents();
    documents.set(url, JSON.stringify(hosted));
    const ctx = contextOf(undefined, { resources: { documents } });
    const s = await read(url, ctx);
    expect((await ob2Hosted.checks.structure.run(s, ctx)).status).toBe('pass');
    expect((await ob2Hosted.checks.proof.run(s, ctx)).status).toBe('pass');
    const moved = 'https://elsewhere.example/badge.json';
    documents.set(moved, JSON.stringify({ ...hosted, id: moved }));
    expect(await ob2Hosted.checks.proof.run(await read(moved, ctx), ctx)).toMatchObject({
      status: 'fail',
      code: 'ERR_SIGNATURE_INVALID',
    });
    expect((await ob2Hosted.checks.key.run(s, ctx)).status).toBe('skip');
  });

  it('410 Gone: the server answered, and its answer decides the status row', async () => {
    const ctx = serving(410);
    const s = await read(url, ctx);
    expect((await ob2Hosted.checks.structure.run(s, ctx)).status).toBe('skip');
    const o = await ob2Hosted.checks.proof.run(s, ctx);
    expect(o.status).toBe('pass');
    expect(o.decided?.status).toMatchObject({ status: 'fail', code: 'ERR_REVOKED' });
    expect(o.stop).toBe('Not checked: the badge is revoked.');
  });

  it('a fetch that fails is thrown by the proof check; an assertion with no address fails its structure', async () => {
    const s = await read(url, serving(500));
    await expect(ob2Hosted.checks.proof.run(s, offline)).rejects.toMatchObject({ code: 'ERR_FETCH_FAILED' });
    const noAddress = await read({ ...hosted, id: undefined }, offline);
    expect(await ob2Hosted.checks.structure.run(noAddress, offline)).toMatchObject({
      status: 'fail',
      code: 'ERR_STRUCTURE',
      stop: 'Not checked.',
    });
  });
});
