/**
 * What the build publishes, checked as a consumer would: every Achievement and Profile against
 * the official 1EdTech JSON Schemas; issued credentials against the schema and JSON-LD safe mode
 * with the bundled contexts; and the issuer round trip (keygen → issue → verify with the
 * published JWKS → baked copies → revoke → the published, signed status list shows the bit).
 */
import { expect, test } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { createLocalJWKSet, decodeJwt, jwtVerify } from 'jose';
import jsonld from 'jsonld';
import type { CatalogIndex } from '../../src/lib/catalog/index-json.ts';
import { extractFromPng, extractFromSvg } from '../../src/lib/baking/index.ts';
import { staticLoader } from '../../src/lib/verify/data-integrity/canonize.ts';
import { decodeList } from '../../src/lib/status/index.ts';
import { errorsOf, validateAchievement, validateCredential, validateProfile } from '../helpers/schemas.ts';

const B = '.e2e/badges';
const folder = (kind: string) => `${B}/${kind}/${readdirSync(`${B}/${kind}`).find((n) => /^\d{4}-/.test(n))}`;
const local = (url: string, site: string) => `/${url.slice(site.length)}`;

let catalog: CatalogIndex;
test.beforeAll(async ({ request }) => {
  catalog = (await (await request.get('/catalog.json')).json()) as CatalogIndex;
});

test('every Achievement validates against the 1EdTech schema', async ({ request }) => {
  for (const c of catalog.credentials) {
    const doc = await (await request.get(local(c.achievement, catalog.site))).json();
    expect(validateAchievement(doc), `${c.id}: ${errorsOf(validateAchievement)}`).toBe(true);
    expect(doc.achievementType).toBe('MicroCredential');
    expect(doc.creditsAvailable).toBe(c.ceus);
    expect(doc.criteria.id).toBe(c.page);
  }
});

test('every issuer Profile validates, and keys are published as JWK documents and sets', async ({
  request,
}) => {
  const all = await (await request.get('/.well-known/jwks.json')).json();
  for (const i of catalog.issuers) {
    const profile = await (await request.get(local(i.profile, catalog.site))).json();
    expect(validateProfile(profile), errorsOf(validateProfile)).toBe(true);
    const jwks = await (await request.get(local(i.jwks, catalog.site))).json();
    expect(jwks.keys.length).toBe(i.keys.filter((k) => !k.revoked).length);
    for (const k of i.keys) {
      const doc = await (await request.get(local(k.kid, catalog.site))).json();
      expect(doc.kid).toBe(k.kid);
      expect(doc.d).toBeUndefined();
      expect(all.keys.some((x: { kid: string }) => x.kid === k.kid)).toBe(true);
    }
  }
});

test('issued credentials validate against the schema and pass JSON-LD safe mode', async () => {
  for (const file of [
    `${folder('valid')}/credential-unsigned.json`,
    `${folder('data-integrity')}/badge.json`,
  ]) {
    const credential = JSON.parse(readFileSync(file, 'utf8'));
    expect(validateCredential(credential), `${file}: ${errorsOf(validateCredential)}`).toBe(true);
    const expanded = await jsonld.expand(credential, { safe: true, documentLoader: staticLoader });
    expect(Array.isArray(expanded) && expanded.length).toBe(1);
  }
});

test('round trip: the published JWKS verifies the badge, baked copies match, revocation is published', async ({
  request,
}) => {
  const dir = folder('valid');
  const token = readFileSync(`${dir}/badge.jwt`, 'utf8').trim();
  const riverbend = catalog.issuers.find((i) => i.id === 'riverbend-usd');
  if (!riverbend) throw new Error('issuer missing');
  const jwks = createLocalJWKSet(await (await request.get(local(riverbend.jwks, catalog.site))).json());
  const { payload, protectedHeader } = await jwtVerify(token, jwks, {
    issuer: riverbend.profile,
    algorithms: ['ES256'],
  });
  // Signed with the newest key in force: the one the test issuer made (the seed key still publishes the samples).
  const newest = [...riverbend.keys].sort((x, y) => y.validFrom.localeCompare(x.validFrom))[0];
  expect(protectedHeader.kid).toBe(newest?.kid);
  expect(payload.jti).toBe(JSON.parse(readFileSync(`${dir}/credential-unsigned.json`, 'utf8')).id);
  expect((await extractFromPng(new Uint8Array(readFileSync(`${dir}/badge.png`)))).text).toBe(token);
  expect(extractFromSvg(readFileSync(`${dir}/badge.svg`, 'utf8')).text).toBe(token);

  const revoked = readFileSync(`${folder('revoked')}/badge.jwt`, 'utf8').trim();
  const status = (
    decodeJwt(revoked) as { credentialStatus: { statusListCredential: string; statusListIndex: string } }
  ).credentialStatus;
  const listJwt = (await (await request.get(local(status.statusListCredential, catalog.site))).text()).trim();
  const list = await jwtVerify(listJwt, jwks, { issuer: riverbend.profile });
  const bits = await decodeList(
    (list.payload as { credentialSubject: { encodedList: string } }).credentialSubject.encodedList,
  );
  expect(bits.get(Number(status.statusListIndex))).toBe(true);
  const validIndex = Number(
    (decodeJwt(token) as { credentialStatus: { statusListIndex: string } }).credentialStatus.statusListIndex,
  );
  expect(bits.get(validIndex)).toBe(false);
});
