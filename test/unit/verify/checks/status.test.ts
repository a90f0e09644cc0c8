/**
 * The status check alone (src/lib/verify/checks/status*.ts): Bitstring Status List entries against
 * lists signed with the catalog's keys (published, or served as local documents), the 1EdTech list,
 * and several entries at once. A list that cannot be had or trusted is unknown, never "not revoked".
 */
import { describe, expect, it } from 'vitest';
import { statusCheck } from '../../../../src/lib/verify/checks/status.ts';
import { signCredentialJwt } from '../../../../src/lib/ob3/sign-jwt.ts';
import { Bitstring, encodeList } from '../../../../src/lib/status/index.ts';
import { catalogSigner, contextOf, runAlone, subjectOf } from '../../../helpers/checks.ts';
import { makeKey, testCatalog, urls, ISSUER, type TestKey } from '../../../helpers/issuer.ts';

const LIST = 'https://lists.example/riverbend/1';

async function listJwt(key: TestKey, over: { purpose?: string; revoked?: number[]; issuer?: string } = {}) {
  const bits = Bitstring.zeros();
  for (const i of over.revoked ?? []) bits.set(i);
  const list = {
    '@context': ['https://www.w3.org/ns/credentials/v2'],
    id: LIST,
    type: ['VerifiableCredential', 'BitstringStatusListCredential'],
    issuer: over.issuer ?? urls.profile(ISSUER),
    validFrom: '2024-01-01T00:00:00Z',
    credentialSubject: {
      id: `${LIST}#list`,
      type: 'BitstringStatusList',
      statusPurpose: over.purpose ?? 'revocation',
      encodedList: await encodeList(bits),
    },
  };
  return signCredentialJwt(list, key.signer);
}

describe('status check', async () => {
  const key = await makeKey('ES256');
  const cat = await testCatalog({ keys: [key], revoked: [9] });
  const published = (await cat.credential()).credentialStatus as Record<string, unknown>;
  const didJwk = (k: TestKey) =>
    `did:jwk:${Buffer.from(JSON.stringify(k.published.jwk)).toString('base64url')}#0`;
  const entry = (over: Record<string, unknown> = {}) => ({ ...published, ...over });
  const credential = await cat.credential();
  const check = async (status: unknown, documents: Record<string, string> = {}) => {
    const ctx = contextOf(cat, { resources: { documents: new Map(Object.entries(documents)) } });
    const subject = subjectOf(
      { ...credential, credentialStatus: status },
      { signer: catalogSigner(key, ctx) },
    );
    return runAlone(statusCheck, subject, ctx);
  };
  const elsewhere = (index: number, over: Record<string, unknown> = {}) =>
    entry({ statusListCredential: LIST, statusListIndex: String(index), ...over });

  it("reads the bit in the issuer's own published list", async () => {
    expect(await check(entry({ statusListIndex: '10' }))).toMatchObject({ status: 'pass' });
    expect(await check(entry({ statusListIndex: '9' }))).toMatchObject({
      status: 'fail',
      code: 'ERR_REVOKED',
    });
  });

  it('is skipped when the badge names no list, or an entry about something else', async () => {
    expect((await check(undefined)).status).toBe('skip');
    expect((await check(entry({ statusPurpose: 'message' }))).status).toBe('skip');
  });

  it('fails a malformed entry', async () => {
    expect(await check(entry({ statusListIndex: '-1' }))).toMatchObject({
      status: 'fail',
      code: 'ERR_STATUS_ENTRY',
    });
  });

  it('is unknown when the list cannot be fetched, or cannot be trusted', async () => {
    expect(await check(elsewhere(3))).toMatchObject({ status: 'warn', code: 'ERR_FETCH_NOT_ALLOWED' });
    const forged = (await listJwt(key)).slice(0, -4) + 'AAAA';
    const o = await check(elsewhere(3), { [LIST]: forged });
    expect(o).toMatchObject({ status: 'warn', code: 'ERR_STATUS_LIST' });
    expect(o.message).toContain('the status list was changed after it was signed');
    expect(o.message).not.toContain('the badge was changed');
  });

  it('cannot check a list signed by someone who cannot be tied to the issuer: a warning, not a failure', async () => {
    const made = await makeKey('ES256');
    const stranger = { ...made, signer: { ...made.signer, kid: didJwk(made) } };
    // Even a list that marks the badge revoked: its signer cannot speak for the issuer.
    expect(await check(elsewhere(3), { [LIST]: await listJwt(stranger, { revoked: [3] }) })).toMatchObject({
      status: 'warn',
      code: 'WARN_STATUS_SIGNER',
    });
  });

  it("takes a list signed with the badge's own key material as the issuer's, under any identifier", async () => {
    // The same key, named as a did:jwk and claiming another issuer id (a did:key list for a did:web issuer).
    const same = { ...key, signer: { ...key.signer, kid: didJwk(key) } };
    const list = await listJwt(same, { revoked: [3], issuer: 'did:example:other-name' });
    expect(await check(elsewhere(3), { [LIST]: list })).toMatchObject({
      status: 'fail',
      code: 'ERR_REVOKED',
    });
    expect(await check(elsewhere(4), { [LIST]: list })).toMatchObject({ status: 'pass' });
  });

  it('reads a list shorter than the Bitstring minimum: a set bit is revoked, a clear one a warning', async () => {
    const short = async (revoked: number[]) => {
      const bits = Bitstring.zeros(8 * 1024);
      for (const i of revoked) bits.set(i);
      return signCredentialJwt(
        {
          '@context': ['https://www.w3.org/ns/credentials/v2'],
          id: LIST,
          type: ['VerifiableCredential', 'BitstringStatusListCredential'],
          issuer: urls.profile(ISSUER),
          validFrom: '2024-01-01T00:00:00Z',
          credentialSubject: {
            id: `${LIST}#list`,
            type: 'BitstringStatusList',
            statusPurpose: 'revocation',
            encodedList: await encodeList(bits, { minBits: 0 }),
          },
        } as never,
        key.signer,
      );
    };
    expect(await check(elsewhere(3), { [LIST]: await short([3]) })).toMatchObject({
      status: 'fail',
      code: 'ERR_REVOKED',
    });
    const clear = await check(elsewhere(4), { [LIST]: await short([3]) });
    expect(clear).toMatchObject({ status: 'warn', code: 'WARN_STATUS_SHORT_LIST' });
    expect(clear.message).toContain('8192 entries');
  });

  it('fails an index past the end and a list for another purpose; reports suspension as such', async () => {
    const list = await listJwt(key, { revoked: [3] });
    expect(await check(elsewhere(3), { [LIST]: list })).toMatchObject({ code: 'ERR_REVOKED' });
    expect(await check(elsewhere(10_000_000), { [LIST]: list })).toMatchObject({
      status: 'fail',
      code: 'ERR_STATUS_RANGE',
    });
    const suspension = await listJwt(key, { purpose: 'suspension', revoked: [3] });
    expect(await check(elsewhere(3), { [LIST]: suspension })).toMatchObject({
      status: 'fail',
      code: 'ERR_STATUS_PURPOSE',
    });
    expect(await check(elsewhere(3, { statusPurpose: 'suspension' }), { [LIST]: suspension })).toMatchObject({
      status: 'fail',
      code: 'ERR_SUSPENDED',
    });
  });

  it('is unknown for a status method it cannot check', async () => {
    expect(await check({ type: 'StatusList2017', id: 'x' })).toMatchObject({
      status: 'warn',
      code: 'WARN_STATUS_UNSUPPORTED',
    });
  });

  it('reads the deprecated 1EdTech list: listed is revoked; not listed is not vouched for', async () => {
    const revocations = 'https://lists.example/1edtech';
    const oneEdTech = { id: revocations, type: '1EdTechRevocationList' };
    const listWith = (ids: unknown[]) =>
      JSON.stringify({
        id: revocations,
        type: 'RevocationList',
        revokedCredentials: ids.map((id) => ({ id })),
      });
    expect(await check(oneEdTech, { [revocations]: listWith([credential.id]) })).toMatchObject({
      status: 'fail',
      code: 'ERR_REVOKED',
    });
    expect(await check(oneEdTech, { [revocations]: listWith([]) })).toMatchObject({
      status: 'warn',
      code: 'WARN_DEPRECATED_STATUS',
    });
    expect(await check({ type: '1EdTechRevocationList' })).toMatchObject({ code: 'ERR_STATUS_ENTRY' });
  });

  it('checks every entry and reports the worst, with each in the detail', async () => {
    const o = await check([entry({ statusPurpose: 'message' }), entry({ statusListIndex: '9' })]);
    expect(o).toMatchObject({ status: 'fail', code: 'ERR_REVOKED' });
    expect(o.detail).toContain('entry 2: fail');
    const many = await check([1, 2, 3, 4, 5].map((i) => entry({ statusListIndex: String(10 + i) })));
    expect(many).toMatchObject({ status: 'warn', code: 'WARN_STATUS_UNSUPPORTED' });
  });
});
