/**
 * Hostile badge content is shown inert, and verification sends nothing off the origin.
 * The badge is validly signed (by a key it carries itself), so every field is rendered.
 */
import { expect, test } from '@playwright/test';
import { CompactSign, exportJWK, generateKeyPair } from 'jose';

const MARKUP = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';

async function hostileBadge(): Promise<string> {
  const { publicKey, privateKey } = await generateKeyPair('ES256');
  const jwk = await exportJWK(publicKey);
  const credential = {
    '@context': [
      'https://www.w3.org/ns/credentials/v2',
      'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
    ],
    id: 'urn:uuid:8b0a7e9c-0e47-4c1c-9f53-2f7b4a7f7c10',
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    issuer: { id: 'https://evil.example/issuer', type: ['Profile'], name: `Evil ${MARKUP}` },
    validFrom: '2024-01-01T00:00:00Z',
    name: `Badge ${MARKUP}`,
    description: `[click](javascript:alert(1)) ${'A'.repeat(50_000)}`,
    image: { id: 'https://evil.example/tracker.png', type: 'Image' },
    credentialSubject: {
      id: 'did:example:victim',
      type: ['AchievementSubject'],
      achievement: {
        id: 'https://evil.example/a',
        type: ['Achievement'],
        name: MARKUP,
        description: 'x',
        criteria: { narrative: 'x' },
      },
    },
  };
  const payload = {
    ...credential,
    iss: credential.issuer.id,
    sub: 'did:example:victim',
    jti: credential.id,
    nbf: 1704067200,
  };
  return new CompactSign(new TextEncoder().encode(JSON.stringify(payload)))
    .setProtectedHeader({ alg: 'ES256', jwk })
    .sign(privateKey);
}

test('hostile badge text is rendered as text and nothing leaves the origin', async ({ page, baseURL }) => {
  const origin = new URL(baseURL ?? '').origin;
  const offOrigin: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith(origin) && !r.url().startsWith('data:')) offOrigin.push(r.url());
  });
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs++;
    void d.dismiss();
  });
  await page.goto('/verify/');
  await page.getByLabel('Paste a badge').fill(await hostileBadge());
  await page.getByRole('button', { name: 'Verify', exact: true }).click();
  await expect(page.locator('#result-heading')).toHaveText(/Genuine signature, with warnings/);
  const card = page.locator('.badge-card');
  await expect(card.getByRole('heading', { level: 3 })).toHaveText(`Badge ${MARKUP}`);
  await expect(card).toContainText(`Evil ${MARKUP}`);
  // No element came out of the badge's markup, no script ran, no remote image was loaded.
  expect(await page.locator('.result img[src="x"], .result script').count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  await expect(card.locator('.badge-placeholder')).toBeVisible();
  expect(await page.locator('.result a[href^="javascript:"]').count()).toBe(0);
  expect(dialogs).toBe(0);
  expect(offOrigin).toEqual([]);
});
