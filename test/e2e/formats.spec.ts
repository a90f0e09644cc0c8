/**
 * One badge per format in Chromium, beyond our own VC-JWT and Data Integrity badges (verify.spec):
 * Open Badges 2.0 signed and hosted assertions, and Data Integrity with a did:web key. Their
 * issuers' documents live on other sites: the offline verifier must say "could not check" and
 * send nothing; the network-enabled variant fetches them (served here by request interception,
 * with CORS) and verifies.
 */
import { expect, test, type Page } from '@playwright/test';
import { CompactSign, exportSPKI, generateKeyPair } from 'jose';
import { ed25519Multibase, signDataIntegrity } from '../../src/lib/ob3/sign-data-integrity.ts';
import { generateIssuerKey } from '../../src/lib/keys/generate.ts';

const ORG = 'https://badges.example';
const json = (body: unknown) => ({
  status: 200,
  headers: { 'Access-Control-Allow-Origin': '*', 'Content-Type': 'application/json' },
  body: JSON.stringify(body),
});

async function ob2Fixtures() {
  const { publicKey, privateKey } = await generateKeyPair('RS256', { extractable: true });
  const issuer = {
    '@context': 'https://w3id.org/openbadges/v2',
    type: 'Issuer',
    id: `${ORG}/issuer.json`,
    name: 'Robotics League',
    url: ORG,
    email: 'hi@badges.example',
    publicKey: `${ORG}/key.json`,
  };
  const key = {
    '@context': 'https://w3id.org/openbadges/v2',
    type: 'CryptographicKey',
    id: `${ORG}/key.json`,
    owner: issuer.id,
    publicKeyPem: await exportSPKI(publicKey),
  };
  const badge = {
    '@context': 'https://w3id.org/openbadges/v2',
    type: 'BadgeClass',
    id: `${ORG}/badge.json`,
    name: 'Robot Builder',
    description: 'Built a robot.',
    image: `${ORG}/badge.png`,
    criteria: { narrative: 'Build a robot.' },
    issuer: issuer.id,
  };
  const assertion = {
    '@context': 'https://w3id.org/openbadges/v2',
    type: 'Assertion',
    id: `${ORG}/assertions/1`,
    recipient: { type: 'email', hashed: false, identity: 'robo@example.org' },
    badge: badge.id,
    verification: { type: 'SignedBadge', creator: key.id },
    issuedOn: '2024-05-01T00:00:00Z',
  };
  const jws = await new CompactSign(new TextEncoder().encode(JSON.stringify(assertion)))
    .setProtectedHeader({ alg: 'RS256' })
    .sign(privateKey);
  return { issuer, key, badge, assertion, jws };
}

async function serve(page: Page, docs: Record<string, unknown>, gone: string[] = []) {
  const requested: string[] = [];
  await page.route(`${ORG}/**`, (route) => {
    const url = route.request().url();
    requested.push(url);
    if (gone.includes(url))
      return route.fulfill({ status: 410, headers: { 'Access-Control-Allow-Origin': '*' }, body: '' });
    const doc = docs[url];
    return doc ? route.fulfill(json(doc)) : route.fulfill({ status: 404, body: '' });
  });
  return requested;
}

async function verifyText(page: Page, text: string) {
  await page.getByLabel('Paste a badge').fill(text);
  await page.getByRole('button', { name: 'Verify', exact: true }).click();
  await expect(page.locator('#result-heading')).toBeFocused();
}
const check = (page: Page, id: string) => page.locator(`[data-check="${id}"]`);

test('OB 2.0 signed: offline it cannot be checked and nothing is fetched; online it verifies', async ({
  page,
}) => {
  const f = await ob2Fixtures();
  const requested = await serve(page, { [f.issuer.id]: f.issuer, [f.key.id]: f.key, [f.badge.id]: f.badge });
  await page.goto('/verify/');
  await verifyText(page, f.jws);
  await expect(check(page, 'proof')).toHaveAttribute('data-status', 'warn');
  await expect(check(page, 'proof')).toContainText('fetching from other sites is turned off');
  expect(requested).toEqual([]);
  await page.goto(`/verify/online/#badge=${encodeURIComponent(f.jws)}`);
  await expect(page.locator('#result-heading')).toHaveText(/Genuine signature, with warnings/);
  await expect(check(page, 'proof')).toHaveAttribute('data-status', 'pass');
  await expect(check(page, 'key')).toHaveAttribute('data-status', 'pass');
  await expect(page.locator('.badge-card')).toContainText('Robot Builder');
  expect(requested.length).toBeGreaterThan(0);
});

test('OB 2.0 hosted: fetched from its issuer; 410 Gone shows as revoked', async ({ page }) => {
  const f = await ob2Fixtures();
  const hosted = { ...f.assertion, verification: { type: 'HostedBadge' } };
  await serve(page, { [f.issuer.id]: f.issuer, [f.badge.id]: f.badge, [hosted.id]: hosted }, [
    `${ORG}/assertions/gone`,
  ]);
  await page.goto('/verify/online/');
  await verifyText(page, hosted.id);
  await expect(check(page, 'proof')).toHaveAttribute('data-status', 'pass');
  await verifyText(page, `${ORG}/assertions/gone`);
  await expect(check(page, 'status')).toHaveAttribute('data-status', 'fail');
  await expect(check(page, 'status')).toContainText('410');
});

test('Data Integrity with did:web: the DID document is fetched only when allowed', async ({ page }) => {
  const key = await generateIssuerKey('EdDSA');
  const did = 'did:web:badges.example:acme';
  const vm = `${did}#key-1`;
  const credential = {
    '@context': [
      'https://www.w3.org/ns/credentials/v2',
      'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
    ],
    id: 'urn:uuid:3a7f0a8e-7a1f-4d3b-9a65-0c2f5d1f4b11',
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    issuer: { id: did, type: ['Profile'], name: 'Acme Academy' },
    validFrom: '2025-01-01T00:00:00Z',
    name: 'Robotics Mentor',
    credentialSubject: {
      id: 'did:example:learner',
      type: ['AchievementSubject'],
      achievement: {
        id: `${ORG}/achievements/mentor`,
        type: ['Achievement'],
        name: 'Robotics Mentor',
        description: 'Mentored a team.',
        criteria: { narrative: 'Mentor a team for a season.' },
      },
    },
  };
  const signed = await signDataIntegrity(credential, key.privateJwk, vm);
  const didDoc = {
    '@context': ['https://www.w3.org/ns/did/v1', 'https://w3id.org/security/multikey/v1'],
    id: did,
    verificationMethod: [
      { id: vm, type: 'Multikey', controller: did, publicKeyMultibase: ed25519Multibase(key.publicJwk) },
    ],
    assertionMethod: [vm],
  };
  const requested = await serve(page, { [`${ORG}/acme/did.json`]: didDoc });
  await page.goto('/verify/');
  await verifyText(page, JSON.stringify(signed));
  await expect(check(page, 'proof')).toHaveAttribute('data-status', 'warn');
  expect(requested).toEqual([]);
  await page.goto('/verify/online/');
  await verifyText(page, JSON.stringify(signed));
  await expect(check(page, 'proof')).toHaveAttribute('data-status', 'pass');
  await expect(check(page, 'proof')).toContainText('eddsa-rdfc-2022');
  await expect(page.locator('#result-heading')).toHaveText(/Genuine signature, with warnings/);
});
