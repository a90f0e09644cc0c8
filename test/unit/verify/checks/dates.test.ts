/** The validity-dates check alone (src/lib/verify/checks/dates.ts). */
import { describe, expect, it } from 'vitest';
import { datesCheck } from '../../../../src/lib/verify/checks/dates.ts';
import { parseCompactJws } from '../../../../src/lib/verify/jws.ts';
import { contextOf, NOW, runAlone, subjectOf } from '../../../helpers/checks.ts';

const ctx = contextOf(undefined);
const at = (validFrom?: string, validUntil?: string) =>
  runAlone(
    datesCheck,
    subjectOf({
      '@context': ['https://www.w3.org/ns/credentials/v2'],
      ...(validFrom ? { validFrom } : {}),
      ...(validUntil ? { validUntil } : {}),
    }),
    ctx,
  );
const iso = (ms: number) => new Date(ms).toISOString();

describe('dates check', () => {
  it('passes a badge in its validity window', async () => {
    expect(await at('2025-01-01T00:00:00Z', '2030-01-01T00:00:00Z')).toMatchObject({ status: 'pass' });
    expect((await at('2025-01-01T00:00:00Z')).message).toContain('no expiry date');
  });

  it('fails a badge not valid yet, and one that expired', async () => {
    expect(await at('2026-09-01T00:00:00Z')).toMatchObject({ status: 'fail', code: 'ERR_NOT_YET_VALID' });
    expect(await at('2025-01-01T00:00:00Z', '2026-01-01T00:00:00Z')).toMatchObject({
      status: 'fail',
      code: 'ERR_EXPIRED',
    });
  });

  it('allows a few minutes of clock skew, no more', async () => {
    expect((await at(iso(NOW.getTime() + 60_000))).status).toBe('pass');
    expect((await at(iso(NOW.getTime() + 3_600_000))).status).toBe('fail');
  });

  it('warns when the badge does not say from when it is valid', async () => {
    expect(await at()).toMatchObject({ status: 'warn', code: 'WARN_NO_VALID_FROM' });
  });

  it("takes a token's nbf and exp when the credential has no dates", async () => {
    const jws = parseCompactJws('eyJhbGciOiJFUzI1NiJ9.e30.AAAA');
    const subject = subjectOf(
      { '@context': ['https://www.w3.org/ns/credentials/v2'] },
      { token: { jws, payload: { nbf: 1_700_000_000, exp: 1_710_000_000 } } },
    );
    expect(await runAlone(datesCheck, subject, ctx)).toMatchObject({ status: 'fail', code: 'ERR_EXPIRED' });
  });
});
