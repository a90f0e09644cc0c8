/**
 * The real sample badges (public/samples/, made by scripts/make-samples.ts with the seed issuers'
 * published keys and offered under "Try a sample") in the verifiers people already use. Node-only:
 * no browser. Every document an outside verifier needs is resolved by URL from the built site in
 * .e2e/dist (interop/dist-fetch.ts); every other address is refused.
 *
 * For each sample, Stackable's verdict (offline, from the published catalog.json) decides what
 * the others must say:
 * - verified by Stackable: a Data Integrity badge (JSON, PNG or SVG) passes verifier-core's four
 *   checks (signature, status, expiry, registered issuer against the published registry) and
 *   @digitalbazaar/vc (signature, status bit clear); a VC-JWT (token, PNG or SVG) passes
 *   did-jwt-vc with a did:web resolver, its status list read clear.
 * - revoked in Stackable: revoked in each (verifier-core's revocation check fails; the status bit
 *   Digital Bazaar's library and did-jwt-vc's list read is set), the signature still genuine.
 * - any other verdict: none of them accepts it.
 * verifier-core and @digitalbazaar/vc take only credentials with an embedded proof: a VC-JWT is
 * something they do not read, which the tests assert (README, "Verify a badge").
 */
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { distFetch } from './interop/dist-fetch.ts';
import { unbakePng, unbakeSvg } from './interop/unbake.ts';
import {
  didJwtVc,
  digitalBazaar,
  outsideAsked,
  stackable,
  verifierCore,
  verifierCoreRaw,
} from './interop/verifiers.ts';

test.describe.configure({ mode: 'default' });

const DIR = 'public/samples';
interface Sample {
  file: string;
  verdict: string;
}
const samples = (JSON.parse(readFileSync(join(DIR, 'samples.json'), 'utf8')) as Sample[]).map((s) => {
  const bytes = readFileSync(join(DIR, s.file));
  const text = s.file.endsWith('.png')
    ? unbakePng(bytes)
    : s.file.endsWith('.svg')
      ? unbakeSvg(bytes.toString('utf8'))
      : bytes.toString('utf8').trim();
  return { ...s, text, kind: text.startsWith('{') ? ('data-integrity' as const) : ('jwt' as const) };
});

let site: ReturnType<typeof distFetch>;
const original = globalThis.fetch;
test.beforeAll(() => {
  site = distFetch();
  globalThis.fetch = site.fetch;
});
test.afterAll(() => {
  globalThis.fetch = original;
});

test('the samples hold, verified, a VC-JWT token, PNG and SVG and a Data Integrity JSON, PNG and SVG, and a revoked badge of each kind', async () => {
  const seen = new Set<string>();
  for (const s of samples) {
    const r = await stackable(s.text);
    const ext = s.file.split('.').pop() ?? '';
    if (r.verdict === 'verified') seen.add(`verified ${s.kind} ${ext}`);
    if (r.status === 'ERR_REVOKED') seen.add(`revoked ${s.kind}`);
  }
  expect([...seen].sort()).toEqual(
    [
      'verified jwt jwt',
      'verified jwt png',
      'verified jwt svg',
      'verified data-integrity json',
      'verified data-integrity png',
      'verified data-integrity svg',
      'revoked jwt',
      'revoked data-integrity',
    ].sort(),
  );
});

for (const s of samples) {
  test.describe(`${s.file} (${s.kind === 'jwt' ? 'VC-JWT' : 'Data Integrity'})`, () => {
    test(`Stackable: ${s.verdict}, as its manifest says`, async () => {
      expect((await stackable(s.text)).verdict).toBe(s.verdict);
    });

    if (s.kind === 'data-integrity') {
      test('verifier-core agrees', async () => {
        const ours = await stackable(s.text);
        if (ours.verdict === 'verified') {
          expect(await verifierCore(JSON.parse(s.text))).toEqual({
            valid_signature: true,
            revocation_status: true,
            expiration: true,
            registered_issuer: true,
          });
        } else if (ours.status === 'ERR_REVOKED') {
          const log = await verifierCore(JSON.parse(s.text));
          expect(log.valid_signature).toBe(true);
          expect(log.revocation_status).toBe(false);
          expect(log.registered_issuer).toBe(true);
        } else {
          const r = await verifierCoreRaw(JSON.parse(s.text));
          const log = Object.fromEntries((r.log ?? []).map((x) => [x.id, x.valid]));
          expect(r.errors !== undefined || Object.values(log).some((v) => v !== true)).toBe(true);
        }
      });
      test('@digitalbazaar/vc agrees', async () => {
        const ours = await stackable(s.text);
        const r = await digitalBazaar(JSON.parse(s.text)).catch((e: unknown) => ({
          verified: false,
          error: e,
          statusResult: undefined,
        }));
        if (ours.verdict === 'verified' || ours.status === 'ERR_REVOKED') {
          // The library checks the signature and the list, and reports the bit as the badge's
          // status (set means revoked); it leaves the verdict to its caller.
          expect(r.verified, JSON.stringify(r.error)?.slice(0, 600)).toBe(true);
          expect(r.statusResult?.verified).toBe(true);
          expect(r.statusResult?.results?.map((x) => x.status)).toEqual([ours.status === 'ERR_REVOKED']);
        } else {
          expect(r.verified).toBe(false);
        }
      });
    } else {
      test('did-jwt-vc (did:web resolver) agrees', async () => {
        const ours = await stackable(s.text);
        if (ours.verdict === 'verified') {
          const r = await didJwtVc(s.text);
          expect(r.issuer).toMatch(/^did:web:stackable\.example:issuers:/);
          expect(r.revoked).toBe(false);
        } else if (ours.status === 'ERR_REVOKED') {
          expect((await didJwtVc(s.text)).revoked).toBe(true);
        } else {
          // Expired, tampered, forged, or an issuer it cannot resolve: did-jwt-vc throws.
          await expect(didJwtVc(s.text)).rejects.toThrow();
        }
      });
      test('verifier-core and @digitalbazaar/vc do not read a VC-JWT', async () => {
        const core = await verifierCoreRaw(s.text);
        expect(core.errors?.length).toBeGreaterThan(0);
        expect(core.log).toBeUndefined();
        const db = await digitalBazaar(s.text).catch((e: unknown) => ({ verified: false, error: e }));
        expect(db.verified).toBe(false);
      });
    }
  });
}

test('nothing was fetched from outside the built site and the standard documents', () => {
  expect(site.asked.some((u) => u.endsWith('/did.json'))).toBe(true);
  expect(outsideAsked(site.asked)).toEqual([]);
});
