/**
 * StatusList2021 (checks/status-list-2021.ts) alone: an entry and its list, signed by the badge's
 * issuer, read with the Bitstring rules. Set → revoked (or suspended); unset → not revoked; a list
 * of another type, or signed by a key that cannot be tied to the issuer, is not believed. The list is GZIP in bare base64url, as
 * StatusList2021 writes it (no multibase "u").
 */
import { describe, expect, it } from 'vitest';
import { readStatusList2021 } from '../../../../src/lib/verify/checks/status-list-2021.ts';
import { statusCheck } from '../../../../src/lib/verify/checks/status.ts';
import { signCredentialJwt } from '../../../../src/lib/ob3/sign-jwt.ts';
import { Bitstring, encodeList } from '../../../../src/lib/status/index.ts';
import { catalogSigner, contextOf, runAlone, subjectOf } from '../../../helpers/checks.ts';
import { ISSUER, makeKey, testCatalog, urls, type TestKey } from '../../../helpers/issuer.ts';

const LIST = 'https://lists.example/riverbend/2021';

async function list2021(
  key: TestKey,
  over: { purpose?: string; set?: number[]; issuer?: string; type?: string } = {},
) {
  const bits = Bitstring.zeros();
  for (const i of over.set ?? []) bits.set(i);
  return signCredentialJwt(
    {
      '@context': ['https://www.w3.org/2018/credentials/v1', 'https://w3id.org/vc/status-list/2021/v1'],
      id: LIST,
      type: ['VerifiableCredential', over.type ?? 'StatusList2021Credential'],
      issuer: over.issuer ?? urls.profile(ISSUER),
      issuanceDate: '2024-01-01T00:00:00Z',
      credentialSubject: {
        id: `${LIST}#list`,
        type: 'StatusList2021',
        statusPurpose: over.purpose ?? 'revocation',
        encodedList: (await encodeList(bits)).slice(1),
      },
    } as never,
    key.signer,
  );
}

describe('StatusList2021', async () => {
  const key = await makeKey('ES256');
  const cat = await testCatalog({ keys: [key] });
  const credential = await cat.credential();
  const entry = (index: number, purpose = 'revocation') => ({
    id: `${LIST}#${index}`,
    type: 'StatusList2021Entry',
    statusPurpose: purpose,
    statusListIndex: String(index),
    statusListCredential: LIST,
  });
  const check = async (status: unknown, listJwt: string) => {
    const ctx = contextOf(cat, { resources: { documents: new Map([[LIST, listJwt]]) } });
    return runAlone(
      statusCheck,
      subjectOf({ ...credential, credentialStatus: status }, { signer: catalogSigner(key, ctx) }),
      ctx,
    );
  };

  it('a set bit means revoked; an unset bit, not revoked', async () => {
    const list = await list2021(key, { set: [42] });
    expect(await check(entry(42), list)).toMatchObject({ status: 'fail', code: 'ERR_REVOKED' });
    expect(await check(entry(41), list)).toMatchObject({ status: 'pass' });
  });
  it('a suspension list: a set bit means suspended', async () => {
    const list = await list2021(key, { set: [5], purpose: 'suspension' });
    expect(await check(entry(5, 'suspension'), list)).toMatchObject({
      status: 'fail',
      code: 'ERR_SUSPENDED',
    });
  });
  it('a list for another purpose than the entry names is refused', async () => {
    const list = await list2021(key, { purpose: 'suspension' });
    expect(await check(entry(5), list)).toMatchObject({ status: 'fail', code: 'ERR_STATUS_PURPOSE' });
  });
  it('a list that is not a StatusList2021Credential cannot answer', async () => {
    const list = await list2021(key, { type: 'SomethingElse' });
    expect(await check(entry(5), list)).toMatchObject({ status: 'warn', code: 'ERR_STATUS_LIST' });
    expect((await check(entry(5), list)).message).toContain('StatusList2021');
  });
  it("a list under another identifier but signed with the badge's own key is believed", async () => {
    const list = await list2021(key, { issuer: 'did:key:z6MkElsewhere', set: [3] });
    expect(await check(entry(3), list)).toMatchObject({ status: 'fail', code: 'ERR_REVOKED' });
  });
  it("a list signed by a key that cannot be tied to the badge's issuer cannot answer", async () => {
    const stranger = await makeKey('ES256');
    const list = await list2021(stranger, { issuer: 'https://elsewhere.example/issuer', set: [3] });
    const row = await check(entry(3), list);
    expect(row).toMatchObject({ status: 'warn' });
    expect(row.code).not.toBe('ERR_REVOKED');
  });
  it('reads a StatusList2021Credential as its Bitstring equivalent, and refuses other shapes', () => {
    const vc = {
      type: ['VerifiableCredential', 'StatusList2021Credential'],
      issuer: 'https://issuer.example',
      credentialSubject: { type: 'StatusList2021', statusPurpose: 'revocation', encodedList: 'H4sIAAAA' },
    };
    expect(readStatusList2021(vc)).toMatchObject({
      issuer: 'https://issuer.example',
      purposes: ['revocation'],
    });
    expect(() =>
      readStatusList2021({
        ...vc,
        credentialSubject: { ...vc.credentialSubject, type: 'BitstringStatusList' },
      }),
    ).toThrow(/StatusList2021/);
    expect(() => readStatusList2021({ ...vc, type: ['VerifiableCredential'] })).toThrow(
      /StatusList2021Credential/,
    );
    expect(() => readStatusList2021([vc])).toThrow(/JSON object/);
  });
});
