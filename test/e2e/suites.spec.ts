/**
 * The cryptosuites beyond EdDSA, in Chromium on the built site: ECDSA (rdfc and jcs, P-256 and
 * P-384), ecdsa-sd-2023 derived proofs, Ed25519Signature2018, and a VC-JWT whose kid is a did:web
 * key. Their code is not part of the page's first load: it arrives when such a badge is verified.
 */
import { expect, test, type Page } from '@playwright/test';
import { exportJWK, generateKeyPair } from 'jose';
import { signCredentialJwt } from '../../src/lib/ob3/sign-jwt.ts';
import { ecKey, signAndDeriveSd, signEcdsa, signEd25519Signature2018 } from '../helpers/ecdsa-sign.ts';

const ORG = 'https://badges.example';
const credential = {
  '@context': [
    'https://www.w3.org/ns/credentials/v2',
    'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
  ],
  id: 'urn:uuid:6d3c1f0e-2b4a-4c5d-8e9f-0a1b2c3d4e5f',
  type: ['VerifiableCredential', 'OpenBadgeCredential'],
  issuer: { id: `${ORG}/issuer`, type: ['Profile'], name: 'Acme Academy' },
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
const check = (page: Page, id: string) => page.locator(`[data-check="${id}"]`);

/** Opens /verify/ with Save-Data on (no idle prefetch), and records the scripts fetched from then on. */
async function openVerifier(page: Page, path = '/verify/') {
  await page.addInitScript(() =>
    Object.defineProperty(navigator, 'connection', { value: { saveData: true }, configurable: true }),
  );
  await page.goto(path);
  await page.waitForLoadState('networkidle');
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
  });
  return scripts;
}

async function verifyText(page: Page, text: string) {
  await page.getByLabel('Paste a badge').fill(text);
  await page.getByRole('button', { name: 'Verify', exact: true }).click();
  await expect(page.locator('#result-heading')).toBeFocused();
}

test('ecdsa-rdfc-2019 (P-256): verified, its code loaded only when the badge needed it', async ({ page }) => {
  const key = await ecKey('P-256');
  const badge = await signEcdsa(credential, key.privateJwk, key.didKey, 'ecdsa-rdfc-2019');
  const scripts = await openVerifier(page);
  expect(scripts).toEqual([]);
  await verifyText(page, JSON.stringify(badge));
  await expect(check(page, 'proof')).toHaveAttribute('data-status', 'warn');
  await expect(check(page, 'proof')).toContainText('ecdsa-rdfc-2019');
  await expect(check(page, 'proof')).toContainText('not an Open Badges 3.0 conformance suite');
  expect(scripts.some((s) => /multikey/.test(s))).toBe(true);
  expect(scripts.some((s) => /data-integrity/.test(s))).toBe(true);
  // Changed after signing: invalid.
  await verifyText(page, JSON.stringify({ ...badge, name: 'Robotics Champion' }));
  await expect(check(page, 'proof')).toHaveAttribute('data-status', 'fail');
});

test('ecdsa-jcs-2019 (P-384): verified in the browser', async ({ page }) => {
  const key = await ecKey('P-384');
  const badge = await signEcdsa(credential, key.privateJwk, key.didKey, 'ecdsa-jcs-2019');
  await openVerifier(page);
  await verifyText(page, JSON.stringify(badge));
  await expect(check(page, 'proof')).toHaveAttribute('data-status', 'warn');
  await expect(check(page, 'proof')).toContainText('ecdsa-jcs-2019');
});

test('ecdsa-sd-2023: a derived proof verifies; the base proof is refused', async ({ page }) => {
  const { base, derived } = await signAndDeriveSd(credential, ['/issuer', '/validFrom'], ['/name']);
  const scripts = await openVerifier(page);
  await verifyText(page, JSON.stringify(derived));
  await expect(check(page, 'proof')).toHaveAttribute('data-status', 'pass');
  await expect(check(page, 'proof')).toContainText('ecdsa-sd-2023');
  expect(scripts.some((s) => /ecdsa-sd/.test(s))).toBe(true);
  await verifyText(page, JSON.stringify(base));
  await expect(check(page, 'proof')).toHaveAttribute('data-status', 'fail');
  await expect(check(page, 'proof')).toContainText('base proof');
});

test('Ed25519Signature2018: verified, and said to be deprecated', async ({ page }) => {
  const v1 = {
    ...credential,
    '@context': ['https://www.w3.org/2018/credentials/v1', credential['@context'][1]],
    issuanceDate: credential.validFrom,
  };
  const { validFrom: _v, ...withoutValidFrom } = v1;
  const badge = await signEd25519Signature2018(withoutValidFrom);
  await openVerifier(page);
  await verifyText(page, JSON.stringify(badge));
  await expect(check(page, 'proof')).toHaveAttribute('data-status', 'warn');
  await expect(check(page, 'proof')).toContainText('deprecated');
});

test('a VC-JWT with a did:web kid: offline it cannot be checked; online its DID document is fetched', async ({
  page,
}) => {
  const did = 'did:web:badges.example';
  const { privateKey, publicKey } = await generateKeyPair('ES256', { extractable: true });
  const token = await signCredentialJwt(
    { ...credential, issuer: { ...credential.issuer, id: did } },
    {
      alg: 'ES256',
      kid: `${did}#key-1`,
      privateJwk: await exportJWK(privateKey),
    },
  );
  const didDoc = {
    id: did,
    verificationMethod: [
      { id: `${did}#key-1`, type: 'JsonWebKey', controller: did, publicKeyJwk: await exportJWK(publicKey) },
    ],
    assertionMethod: [`${did}#key-1`],
  };
  const requested: string[] = [];
  await page.route(`${ORG}/**`, (route) => {
    requested.push(route.request().url());
    return route.fulfill({
      status: 200,
      headers: { 'Access-Control-Allow-Origin': '*', 'Content-Type': 'application/did+json' },
      body: JSON.stringify(didDoc),
    });
  });
  await openVerifier(page);
  await verifyText(page, token);
  await expect(check(page, 'proof')).toHaveAttribute('data-status', 'warn');
  expect(requested).toEqual([]);
  await page.goto('/verify/online/');
  await verifyText(page, token);
  await expect(check(page, 'proof')).toHaveAttribute('data-status', 'pass');
  expect(requested).toEqual([`${ORG}/.well-known/did.json`]);
});
