/** The token-claims check alone (src/lib/verify/checks/claims.ts), and the date claims it reads. */
import { describe, expect, it } from 'vitest';
import { claimsCheck, numericDate, tokenDates } from '../../../../src/lib/verify/checks/claims.ts';
import { parseCompactJws } from '../../../../src/lib/verify/jws.ts';
import { contextOf, runAlone, subjectOf } from '../../../helpers/checks.ts';
import { testCatalog } from '../../../helpers/issuer.ts';

const ctx = contextOf(undefined);

describe('claims check', async () => {
  const cat = await testCatalog();
  const jws = parseCompactJws(await cat.issue());
  const payload = jws.payload as Record<string, unknown>;
  const withClaims = (over: Record<string, unknown>, format: 'ob3-vc-jwt' | 'vc-jose-jwt' = 'ob3-vc-jwt') => {
    const p = { ...payload, ...over };
    return runAlone(claimsCheck, subjectOf(payload, { format, token: { jws, payload: p } }), ctx);
  };

  it('passes claims that agree with the credential', async () => {
    expect(await withClaims({})).toMatchObject({ status: 'pass' });
  });

  it('skips a credential that came with no token', async () => {
    expect((await runAlone(claimsCheck, subjectOf(payload), ctx)).status).toBe('skip');
  });

  it.each([
    ['iss', { iss: 'https://evil.example/issuer' }, 'iss is'],
    ['jti', { jti: 'urn:uuid:00000000-0000-4000-8000-000000000000' }, 'jti is'],
    ['nbf a day late', { nbf: Number(payload.nbf) + 86_400 }, 'nbf ('],
    ['nbf not a date', { nbf: 'soon' }, 'nbf is not a date'],
    ['sub', { sub: 'did:example:someone-else' }, 'sub is'],
  ])('fails a token whose %s disagrees', async (_what, over, said) => {
    const o = await withClaims(over);
    expect(o).toMatchObject({ status: 'fail', code: 'ERR_CLAIMS_MISMATCH' });
    expect(o.detail).toContain(said);
  });

  it('fails a vc+jwt token that also carries a vc claim', async () => {
    expect(await withClaims({ vc: { a: 1 } }, 'vc-jose-jwt')).toMatchObject({ code: 'ERR_CLAIMS_MISMATCH' });
  });

  it('tolerates absent claims, and says which', async () => {
    const o = await withClaims({ iss: undefined, jti: undefined });
    expect(o.status).toBe('pass');
    expect(o.message).toContain('no iss claim');
  });

  it('reads NumericDates and the ISO strings W3C tokens use; refuses anything else', () => {
    expect(numericDate(1_700_000_000)).toBe(1_700_000_000);
    expect(numericDate('2025-01-01T00:00:00Z')).toBe(Date.parse('2025-01-01T00:00:00Z') / 1000);
    expect(numericDate(1e12)).toBeUndefined();
    expect(tokenDates({ nbf: 10, exp: 'x', iat: 20 })).toEqual({ nbf: 10_000, iat: 20_000 });
  });
});
