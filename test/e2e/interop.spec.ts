/**
 * Badges Stackable issues verify in the verifiers people already use (issue: "Badges we issue
 * verify everywhere"). Node-only: no browser. Every document the outside verifiers need is
 * resolved by URL from the built site in .e2e/dist (interop/dist-fetch.ts); nothing else is
 * reachable. The badges are the ones scripts/e2e-prepare.ts issued and revoked with the real CLIs.
 *
 * - Data Integrity badges (JSON, and the same credential baked in PNG and SVG):
 *   @digitalcredentials/verifier-core (signature, status, expiry, registered issuer against the
 *   catalog's published issuer registry) and @digitalbazaar/vc (signature, with the Bitstring
 *   Status List checked by @digitalbazaar/vc-bitstring-status-list, whose `status` is the bit).
 * - VC-JWT badges (the token, and baked in PNG and SVG): did-jwt-vc with did-resolver +
 *   web-did-resolver; did-jwt-vc has no status method, so the status list (a VC-JWT) is verified
 *   by did-jwt-vc too and its bit read with @digitalbazaar/vc-bitstring-status-list.
 */
import { expect, test } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { signDataIntegrity } from '../../src/lib/ob3/sign-data-integrity.ts';
import { badgeFolder, distFetch } from './interop/dist-fetch.ts';
import { didWebResolver } from './interop/resolvers.ts';
import { unbakePng, unbakeSvg } from './interop/unbake.ts';
import {
  didJwtVc,
  digitalBazaar,
  outsideAsked,
  REGISTRY,
  stackable,
  verifierCore,
  verifierCoreRaw,
  type JwtPayload,
} from './interop/verifiers.ts';

// In order, in one worker: the last test reads what every test before it asked the network for.
test.describe.configure({ mode: 'default' });

/** The credential text of a badge in each form it was issued in. */
function forms(name: string, main: 'badge.json' | 'badge.jwt') {
  const dir = badgeFolder(name);
  return [
    { form: main, text: readFileSync(join(dir, main), 'utf8').trim() },
    { form: 'badge.png', text: unbakePng(readFileSync(join(dir, 'badge.png'))) },
    { form: 'badge.svg', text: unbakeSvg(readFileSync(join(dir, 'badge.svg'), 'utf8')) },
  ];
}

let site: ReturnType<typeof distFetch>;
const original = globalThis.fetch;
test.beforeAll(() => {
  site = distFetch();
  globalThis.fetch = site.fetch;
});
test.afterAll(() => {
  globalThis.fetch = original;
});

test.describe('the same badges in Stackable (offline, from the published catalog.json)', () => {
  for (const [name, main] of [
    ['valid', 'badge.jwt'],
    ['eddsa-jwt', 'badge.jwt'],
    ['data-integrity', 'badge.json'],
  ] as const)
    for (const { form, text } of forms(name, main))
      test(`${name} (${form}) is verified`, async () => {
        expect(await stackable(text)).toEqual({ verdict: 'verified', status: undefined });
      });
  for (const [name, main] of [
    ['revoked', 'badge.jwt'],
    ['data-integrity-revoked', 'badge.json'],
  ] as const)
    for (const { form, text } of forms(name, main))
      test(`${name} (${form}) is revoked`, async () => {
        expect(await stackable(text)).toEqual({ verdict: 'invalid', status: 'ERR_REVOKED' });
      });
});

test.describe('Data Integrity badges in verifier-core (VerifierPlus, Learner Credential Wallet)', () => {
  for (const { form, text } of forms('data-integrity', 'badge.json')) {
    test(`a valid badge (${form}): signature, status, expiry and registered issuer`, async () => {
      const log = await verifierCore(JSON.parse(text));
      expect(log).toEqual({
        valid_signature: true,
        revocation_status: true,
        expiration: true,
        registered_issuer: true,
      });
    });
  }
  for (const { form, text } of forms('data-integrity-revoked', 'badge.json')) {
    test(`a revoked badge (${form}) is revoked`, async () => {
      const log = await verifierCore(JSON.parse(text));
      expect(log.valid_signature).toBe(true);
      expect(log.revocation_status).toBe(false);
      expect(log.registered_issuer).toBe(true);
    });
  }
  test('a VC-JWT is not something verifier-core reads (it takes JSON-LD credentials with an embedded proof)', async () => {
    const [jwt = ''] = forms('valid', 'badge.jwt').map((f) => f.text);
    const r = await verifierCoreRaw(jwt);
    expect(r.errors?.length).toBeGreaterThan(0);
    expect(r.log).toBeUndefined();
  });
  test('the registry lists the issuer under its DID, as the registry client reads it', async () => {
    const { RegistryClient } = await import('@digitalcredentials/issuer-registry-client');
    const client = new RegistryClient();
    await client.load({ config: [{ name: REGISTRY.name, url: REGISTRY.url }] });
    const credential = JSON.parse(forms('data-integrity', 'badge.json')[0]?.text ?? '{}') as {
      issuer: { id: string; name: string };
    };
    expect(credential.issuer.id).toMatch(/^did:web:stackable\.example:issuers:/);
    expect(client.didEntry(credential.issuer.id)?.name).toBe(credential.issuer.name);
    expect(client.didEntry('did:web:elsewhere.example')).toBeUndefined();
  });
});

test('a VC-JWT is not something @digitalbazaar/vc reads (it takes credentials with an embedded proof)', async () => {
  const [jwt = ''] = forms('valid', 'badge.jwt').map((f) => f.text);
  const r = await digitalBazaar(jwt).catch((e: unknown) => ({ verified: false, error: e }));
  expect(r.verified).toBe(false);
});

test.describe('Data Integrity badges in @digitalbazaar/vc', () => {
  for (const { form, text } of forms('data-integrity', 'badge.json')) {
    test(`a valid badge (${form}) verifies, status included`, async () => {
      const r = await digitalBazaar(JSON.parse(text));
      expect(r.verified, JSON.stringify(r.error)?.slice(0, 600)).toBe(true);
      expect(r.statusResult?.verified).toBe(true);
      expect(r.statusResult?.results?.map((x) => x.status)).toEqual([false]);
    });
  }
  for (const { form, text } of forms('data-integrity-revoked', 'badge.json')) {
    test(`a revoked badge (${form}) is revoked`, async () => {
      // The library verifies the signature and the list, and reports the set bit as the
      // badge's status (a revocation bit set means revoked); it leaves the verdict to the caller.
      const r = await digitalBazaar(JSON.parse(text));
      expect(r.verified, JSON.stringify(r.error)?.slice(0, 600)).toBe(true);
      expect(r.statusResult?.verified).toBe(true);
      expect(r.statusResult?.results?.map((x) => x.status)).toEqual([true]);
    });
  }
});

test.describe('VC-JWT badges in did-jwt-vc with a did:web resolver', () => {
  for (const [name, alg] of [
    ['valid', 'ES256'],
    ['eddsa-jwt', 'EdDSA'],
  ] as const) {
    for (const { form, text } of forms(name, 'badge.jwt')) {
      test(`a valid ${alg} badge (${form}) verifies and is not revoked`, async () => {
        const r = await didJwtVc(text);
        expect(r.issuer).toMatch(/^did:web:stackable\.example:issuers:/);
        expect(r.revoked).toBe(false);
      });
    }
  }
  for (const { form, text } of forms('revoked', 'badge.jwt')) {
    test(`a revoked badge (${form}) is revoked`, async () => {
      expect((await didJwtVc(text)).revoked).toBe(true);
    });
  }
  test('a badge whose signature was altered does not verify', async () => {
    const [jwt = ''] = forms('valid', 'badge.jwt').map((f) => f.text);
    const [h, p, s = ''] = jwt.split('.');
    const forged = `${h}.${p}.${s.startsWith('A') ? 'B' : 'A'}${s.slice(1)}`;
    await expect(didJwtVc(forged)).rejects.toThrow(/signature/i);
  });
});

test.describe('why a status list has two forms (measured)', () => {
  test('verifier-core cannot read the JWT form: a Data Integrity badge pointing at it gets no status', async () => {
    // The e2e issuer's test key (.e2e/keys, made by scripts/e2e-prepare.ts) re-signs the
    // Data Integrity badge with its status entry pointing at the list's VC-JWT form.
    const keys = '.e2e/keys/open-practice-collaborative';
    const [keyFile = ''] = readdirSync(keys);
    const privateJwk = JSON.parse(readFileSync(join(keys, keyFile), 'utf8')) as Record<string, string>;
    const { proof, ...unsigned } = JSON.parse(forms('data-integrity', 'badge.json')[0]?.text ?? '{}') as {
      proof: [{ verificationMethod: string }];
      credentialStatus: { id: string; statusListCredential: string };
    };
    const jwtList = unsigned.credentialStatus.statusListCredential.replace(/\.json$/, '');
    const credential = await signDataIntegrity(
      {
        ...unsigned,
        credentialStatus: { ...unsigned.credentialStatus, id: `${jwtList}#1`, statusListCredential: jwtList },
      },
      privateJwk,
      proof[0].verificationMethod,
    );
    const r = await verifierCoreRaw(credential);
    const log = Object.fromEntries((r.log ?? []).map((x) => [x.id, x.valid]));
    expect(log.valid_signature).toBe(true);
    expect(log.revocation_status).toBeUndefined();
    // It tries to read the list as JSON and records a status-list error.
    expect(r.log?.find((x) => x.id === 'revocation_status')?.error).toMatchObject({
      name: 'status_list_error',
    });
  });
  test('did-jwt-vc reads only JWTs: the Data Integrity form is not something it can verify', async () => {
    const { verifyCredential } = await import('did-jwt-vc');
    const listUrl = (JSON.parse(forms('data-integrity', 'badge.json')[0]?.text ?? '{}') as JwtPayload)
      .credentialStatus.statusListCredential;
    const list = await (await fetch(listUrl)).text();
    await expect(verifyCredential(list, await didWebResolver())).rejects.toThrow();
  });
  test('did-jwt-vc has no RS256: an RS256 badge resolves (JsonWebKey) but is not verified there', async () => {
    const [jwt = ''] = forms('rs256', 'badge.jwt').map((f) => f.text);
    const resolver = await didWebResolver();
    const part = (i: number) =>
      JSON.parse(Buffer.from(jwt.split('.')[i] ?? '', 'base64url').toString()) as unknown;
    const { iss } = part(1) as { iss: string };
    const { kid } = part(0) as { kid: string };
    const { didDocument } = await resolver.resolve(iss);
    // The issuer's other keys (the seed ES256 keys that signed the samples) are Multikeys.
    expect(didDocument?.verificationMethod?.find((m) => m.id === kid)?.type).toBe('JsonWebKey');
    const { verifyCredential } = await import('did-jwt-vc');
    await expect(verifyCredential(jwt, resolver, { policies: { format: false } })).rejects.toThrow(/RS256/);
    expect(await stackable(jwt)).toEqual({ verdict: 'verified', status: undefined });
  });
});

test('nothing was fetched from outside the built site and the standard documents', () => {
  expect(outsideAsked(site.asked)).toEqual([]);
});
