/**
 * BitstringStatusListCredential shape, W3C Bitstring Status List v1.0 (BSL) §2.2
 * (https://www.w3.org/TR/vc-bitstring-status-list/).
 */
import { describe, expect, it } from 'vitest';
import { parseStatusListCredential } from '../../../src/lib/status/index.ts';
import { BSL_EXAMPLE_ENCODED_LIST, bslExampleListCredential, edtechTestList } from './vectors.ts';

const LIST = expect.objectContaining({ name: 'StatusError', code: 'LIST' });
type Vc = ReturnType<typeof bslExampleListCredential> & Record<string, unknown>;
const withSubject = (subject: Record<string, unknown>): Vc => {
  const vc: Vc = bslExampleListCredential();
  return { ...vc, credentialSubject: { ...vc.credentialSubject, ...subject } };
};

describe('parseStatusListCredential', () => {
  it('reads BSL §2.2 Example 3', () => {
    expect(parseStatusListCredential(bslExampleListCredential())).toEqual({
      id: 'https://example.com/credentials/status/3',
      issuer: 'did:example:12345',
      purposes: ['revocation'],
      encodedList: BSL_EXAMPLE_ENCODED_LIST,
      validFrom: '2021-04-05T14:27:40Z',
    });
  });

  it('reads the 1EdTech test list, whose id is not the URL it is served from', () => {
    expect(parseStatusListCredential(edtechTestList())).toMatchObject({
      id: 'https://example.com/credentials/status/3',
      issuer: 'https://1edtech.edu/issuers/565049',
      purposes: ['revocation'],
    });
  });

  it('accepts several purposes (BSL §2.2 "one or more strings"), an issuer object, validUntil and ttl', () => {
    const vc = {
      ...withSubject({ statusPurpose: ['revocation', 'suspension'], ttl: 300_000 }),
      issuer: { id: 'did:example:1', name: 'X' },
      validUntil: '2030-01-01T00:00:00Z',
    };
    expect(parseStatusListCredential(vc)).toMatchObject({
      issuer: 'did:example:1',
      purposes: ['revocation', 'suspension'],
      validUntil: '2030-01-01T00:00:00Z',
      ttl: 300_000,
    });
  });

  it('takes VCDM 1.1 issuanceDate / expirationDate when validFrom / validUntil are absent', () => {
    const { validFrom: _drop, ...vc } = bslExampleListCredential();
    const r = parseStatusListCredential({
      ...vc,
      issuanceDate: '2020-01-01T00:00:00Z',
      expirationDate: '2031-01-01T00:00:00Z',
    });
    expect(r).toMatchObject({ validFrom: '2020-01-01T00:00:00Z', validUntil: '2031-01-01T00:00:00Z' });
  });

  it('accepts type as a single string and a one-item credentialSubject array', () => {
    const vc = bslExampleListCredential();
    expect(
      parseStatusListCredential({
        ...vc,
        type: 'BitstringStatusListCredential',
        credentialSubject: [vc.credentialSubject],
      }).purposes,
    ).toEqual(['revocation']);
  });

  it('rejects what is not a BitstringStatusListCredential', () => {
    const vc = bslExampleListCredential();
    const bad: unknown[] = [
      null,
      [],
      'x',
      { ...vc, type: ['VerifiableCredential', 'StatusList2021Credential'] },
      { ...vc, type: undefined },
      { ...vc, issuer: undefined },
      { ...vc, issuer: { name: 'no id' } },
      { ...vc, credentialSubject: undefined },
      { ...vc, credentialSubject: [vc.credentialSubject, vc.credentialSubject] },
      { ...vc, validFrom: 20210405 },
      withSubject({ type: 'StatusList2021' }),
      withSubject({ statusPurpose: undefined }),
      withSubject({ statusPurpose: 7 }),
      withSubject({ statusPurpose: [] }),
      withSubject({ statusPurpose: ['revocation', 1] }),
      withSubject({ encodedList: undefined }),
      withSubject({ encodedList: 42 }),
      withSubject({ ttl: -1 }),
      withSubject({ ttl: 'soon' }),
    ];
    for (const x of bad)
      expect(() => parseStatusListCredential(x), JSON.stringify(x)?.slice(0, 80)).toThrow(LIST);
  });
});
