/**
 * The deprecated 1EdTech Revocation List (VCRL-10), https://www.imsglobal.org/spec/vcrl/v1p0/: "If the credential's id is
 * in the list of revokedCredentials and the value of revoked is true or ommitted, the issuer has
 * revoked the credential" (validator comment); the validator code reads `revokedCredential`;
 * edubadges writes `revokedCredentials` with `"revoked": "true"`.
 */
import { describe, expect, it } from 'vitest';
import { isRevokedIn1EdTechList } from '../../../src/lib/status/index.ts';

const ID = 'http://example.edu/credentials/3732';
const LIST = expect.objectContaining({ name: 'StatusError', code: 'LIST' });

describe('isRevokedIn1EdTechList', () => {
  it('reads the edubadges example: revokedCredentials with revoked "true"', () => {
    const list = {
      '@context': 'https://purl.imsglobal.org/spec/ob/v3p0/context.json',
      id: 'https://api.edubadges.nl/issuers/x/revocations/a169e',
      issuer: 'did:web:api.edubadges.nl:issuers:x',
      revokedCredentials: [{ id: ID, revoked: 'true', revocationReason: 'No final payment' }],
    };
    expect(isRevokedIn1EdTechList(list, ID)).toBe(true);
    expect(isRevokedIn1EdTechList(list, 'http://example.edu/credentials/3733')).toBe(false);
  });

  it('reads the singular revokedCredential the validator uses, with revoked omitted', () => {
    expect(isRevokedIn1EdTechList({ revokedCredential: [{ id: ID }] }, ID)).toBe(true);
  });

  it('understands revoked as boolean, string in any case, or null', () => {
    const cases: [unknown, boolean][] = [
      [true, true],
      [false, false],
      ['true', true],
      [' TRUE ', true],
      ['false', false],
      ['False', false],
      [null, true],
    ];
    for (const [revoked, expected] of cases) {
      expect(isRevokedIn1EdTechList({ revokedCredentials: [{ id: ID, revoked }] }, ID), String(revoked)).toBe(
        expected,
      );
    }
  });

  it('treats an empty list as "not revoked" and reads both arrays when both exist', () => {
    expect(isRevokedIn1EdTechList({ revokedCredentials: [] }, ID)).toBe(false);
    expect(
      isRevokedIn1EdTechList({ revokedCredentials: [{ id: 'other' }], revokedCredential: [{ id: ID }] }, ID),
    ).toBe(true);
  });

  it('skips malformed entries for other credentials', () => {
    expect(
      isRevokedIn1EdTechList(
        { revokedCredentials: [null, 'x', { revoked: true }, { id: 'other', revoked: 'maybe' }] },
        ID,
      ),
    ).toBe(false);
  });

  it('throws LIST rather than answer "not revoked" when it cannot tell', () => {
    for (const list of [
      null,
      [],
      'revoked',
      {},
      { revokedCredentials: 'x' },
      { revokedCredentials: { id: ID } },
    ]) {
      expect(() => isRevokedIn1EdTechList(list, ID), JSON.stringify(list)).toThrow(LIST);
    }
    expect(() => isRevokedIn1EdTechList({ revokedCredentials: [{ id: ID, revoked: 'yes' }] }, ID)).toThrow(
      LIST,
    );
    expect(() => isRevokedIn1EdTechList({ revokedCredentials: [{ id: ID, revoked: 1 }] }, ID)).toThrow(LIST);
    // …but a clear "revoked" entry for the same id still decides.
    expect(isRevokedIn1EdTechList({ revokedCredentials: [{ id: ID, revoked: 'yes' }, { id: ID }] }, ID)).toBe(
      true,
    );
  });
});
