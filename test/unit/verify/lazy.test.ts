/**
 * A part of the verifier that cannot be loaded (lazy.ts) means "could not check", never "the
 * signature is wrong": here the curve arithmetic a P-256 key needs fails to load, as a chunk does
 * when the page has gone offline, and a genuine W3C vector must come out unverified, not invalid.
 */
import { describe, expect, it, vi } from 'vitest';
import { meaningOf } from '../../../src/lib/verify/errors.ts';
import { loadPart } from '../../../src/lib/verify/lazy.ts';
import { verifyBadge } from '../../../src/lib/verify/verify.ts';
import { vectorJson } from '../../helpers/vectors.ts';

vi.mock('@noble/curves/nist.js', () => {
  throw new Error('Failed to fetch dynamically imported module');
});

describe('a part that cannot be loaded', () => {
  it('loadPart turns a failed import into an unknown, naming the part', async () => {
    const err = await loadPart(Promise.reject(new Error('offline')), 'the curve arithmetic').catch(
      (e: unknown) => e,
    );
    expect(err).toMatchObject({ code: 'ERR_INTERNAL', message: 'the curve arithmetic could not be loaded' });
    expect(meaningOf('ERR_INTERNAL')).toBe('unknown');
    await expect(loadPart(Promise.resolve(7), 'seven')).resolves.toBe(7);
  });

  it('a genuine P-256 badge whose curve code fails to load is unverified, not invalid', async () => {
    const doc = vectorJson('w3c-vc-di-ecdsa/ecdsa-rdfc-2019-p256/signedECDSAP256.json');
    const r = await verifyBadge(JSON.stringify(doc), { now: new Date('2026-06-01T00:00:00Z') });
    expect(r.checks.find((c) => c.id === 'proof')).toMatchObject({ status: 'warn', code: 'ERR_INTERNAL' });
    expect(r.verdict).toBe('unverified');
  });
});
