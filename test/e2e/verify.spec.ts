/**
 * The verify page in Chromium, on badges issued by our own tools (scripts/e2e-prepare.ts):
 * paste, drop, pick; tampered and revoked badges; deep links; hostile content shown as text;
 * and no request leaving the origin.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';

const B = '.e2e/badges';
const valid = `${B}/valid/0001-ada-example-org`;
const jwt = () => readFileSync(`${valid}/badge.jwt`, 'utf8').trim();

async function verifyText(page: Page, text: string) {
  await page.getByLabel('Paste a badge').fill(text);
  await page.getByRole('button', { name: 'Verify', exact: true }).click();
  await expect(page.locator('#result-heading')).toBeFocused();
}

const check = (page: Page, id: string) => page.locator(`[data-check="${id}"]`);

test.describe('verify page', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('/verify/');
  });

  test('a pasted VC-JWT from our tools is verified, with its card', async ({ page }) => {
    await verifyText(page, jwt());
    await expect(page.locator('#result-heading')).toHaveText(/Verified by this catalog/);
    const card = page.locator('.badge-card');
    await expect(
      card.getByRole('heading', { name: 'Hinge Questions for Responsive Teaching' }),
    ).toBeVisible();
    await expect(card).toContainText('Riverbend Unified School District');
    await expect(card).toContainText('Ada Lovelace');
    await expect(card.getByRole('img')).toBeVisible();
    await expect(card.getByRole('link', { name: /in the catalog/ })).toHaveAttribute(
      'href',
      '/credentials/riverbend-usd/hinge-questions/',
    );
    for (const id of [
      'format',
      'structure',
      'proof',
      'key',
      'issuer',
      'claims',
      'dates',
      'status',
      'achievement',
    ])
      await expect(check(page, id)).toHaveAttribute('data-status', 'pass');
  });

  test('a baked PNG picked with the file input is verified', async ({ page }) => {
    await page.setInputFiles('#badge-file', `${valid}/badge.png`);
    await expect(page.locator('#result-heading')).toHaveText(/Verified by this catalog/);
    await expect(check(page, 'format')).toContainText('PNG image');
  });

  test('a baked SVG dropped on the drop zone is verified', async ({ page }) => {
    const svg = readFileSync(`${valid}/badge.svg`, 'utf8');
    const data = await page.evaluateHandle((text) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], 'badge.svg', { type: 'image/svg+xml' }));
      return dt;
    }, svg);
    await page.locator('#dropzone').dispatchEvent('drop', { dataTransfer: data });
    await expect(page.locator('#result-heading')).toHaveText(/Verified by this catalog/);
    await expect(check(page, 'format')).toContainText('SVG image');
  });

  test('a Data Integrity badge (eddsa-rdfc-2022, baked PNG) is verified', async ({ page }) => {
    await page.setInputFiles('#badge-file', `${B}/data-integrity/0001-cy-example-org/badge.png`);
    await expect(page.locator('#result-heading')).toHaveText(/Verified by this catalog/);
    await expect(check(page, 'proof')).toContainText('eddsa-rdfc-2022');
  });

  test('an RS256 badge for a DID recipient is verified', async ({ page }) => {
    await page.setInputFiles('#badge-file', `${B}/rs256/0001-did-example-dee/badge.svg`);
    await expect(page.locator('#result-heading')).toHaveText(/Verified by this catalog/);
  });

  test('a tampered badge is invalid, with the signature failure first', async ({ page }) => {
    const [h, p, s] = jwt().split('.');
    const payload = JSON.parse(Buffer.from(p ?? '', 'base64url').toString());
    payload.name = 'Master Teacher of Everything';
    await verifyText(page, `${h}.${Buffer.from(JSON.stringify(payload)).toString('base64url')}.${s}`);
    await expect(page.locator('#result-heading')).toHaveText(/Not valid/);
    const failed = page.locator('.check[data-status="fail"]');
    await expect(failed.first()).toHaveAttribute('data-check', 'proof');
    await expect(failed).toHaveCount(1);
    await expect(check(page, 'dates')).toHaveAttribute('data-status', 'skip');
  });

  test('a revoked badge is shown as revoked', async ({ page }) => {
    await verifyText(page, readFileSync(`${B}/revoked/0001-bob-example-org/badge.jwt`, 'utf8'));
    await expect(page.locator('#result-heading')).toHaveText(/Not valid/);
    await expect(check(page, 'status')).toHaveAttribute('data-status', 'fail');
    await expect(check(page, 'status')).toContainText('revoked');
  });

  test('the recipient check hashes the typed email locally', async ({ page }) => {
    await page.getByLabel(/Earner’s email/).fill('ada@example.org');
    await verifyText(page, jwt());
    await expect(check(page, 'recipient')).toHaveAttribute('data-status', 'pass');
    await page.getByLabel(/Earner’s email/).fill('eve@example.org');
    await page.getByRole('button', { name: 'Verify', exact: true }).click();
    await expect(check(page, 'recipient')).toHaveAttribute('data-status', 'fail');
  });

  test('a deep link carries the badge in the fragment and verifies on load', async ({ page }) => {
    await page.goto('/');
    await page.goto(`/verify/#badge=${encodeURIComponent(jwt())}`);
    await expect(page.locator('#result-heading')).toHaveText(/Verified by this catalog/);
  });

  test('garbage is unreadable, not an error page', async ({ page }) => {
    await verifyText(page, 'this is not a badge at all');
    await expect(page.locator('#result-heading')).toHaveText(/Not a badge we can read/);
  });
});

test.describe('verify page prefetch', () => {
  // The on-demand code is split into chunks named after their modules (src/lib/verify/data-integrity, …/ob2).
  const scripts = (page: Page) => {
    const urls: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') urls.push(new URL(r.url()).pathname);
    });
    return { has: (name: string) => urls.some((u) => u.includes(`/${name}.`)) };
  };

  test('fetches the image readers, Data Integrity and OB 2.0 code once idle, so it works offline after loading', async ({
    page,
  }) => {
    const seen = scripts(page);
    await page.goto('/verify/', { waitUntil: 'networkidle' });
    // The result's markup (render.ts, with the card) is not in the first load either.
    await expect
      .poll(
        () =>
          seen.has('data-integrity') &&
          seen.has('ob2') &&
          seen.has('svg') &&
          seen.has('png') &&
          seen.has('render'),
        { timeout: 10_000 },
      )
      .toBe(true);
  });

  test('works offline once loaded: baked SVG and PNG badges, ES256 and Data Integrity, verify with the network off', async ({
    page,
    context,
  }) => {
    await page.goto('/verify/', { waitUntil: 'networkidle' });
    await page.waitForTimeout(4_500); // past the idle prefetch's 4 s deadline
    await page.waitForLoadState('networkidle');
    await context.setOffline(true);
    for (const file of [
      `${B}/data-integrity/0001-cy-example-org/badge.svg`,
      `${B}/data-integrity/0001-cy-example-org/badge.png`,
      `${B}/rs256/0001-did-example-dee/badge.svg`,
      `${B}/valid/0001-ada-example-org/badge.png`,
    ]) {
      // Something unreadable first, so each badge's result is its own and not the last one's.
      await verifyText(page, 'this is not a badge at all');
      await expect(page.locator('#result-heading')).toHaveText(/Not a badge we can read/);
      await page.setInputFiles('#badge-file', file);
      await expect(page.locator('#result-heading'), file).toHaveText(/Verified by this catalog/);
    }
    await context.setOffline(false);
  });

  test('with Save-Data on, prefetches nothing and still verifies a Data Integrity badge on demand', async ({
    page,
  }) => {
    await page.addInitScript(() =>
      Object.defineProperty(navigator, 'connection', { value: { saveData: true }, configurable: true }),
    );
    const seen = scripts(page);
    await page.goto('/verify/', { waitUntil: 'networkidle' });
    await page.waitForTimeout(4_500); // past the idle prefetch's 4 s deadline
    expect(seen.has('data-integrity') || seen.has('ob2')).toBe(false);
    await verifyText(page, readFileSync(`${B}/data-integrity/0001-cy-example-org/badge.json`, 'utf8'));
    await expect(page.locator('#result-heading')).toHaveText(/Verified by this catalog/);
    expect(seen.has('data-integrity')).toBe(true);
    expect(seen.has('ob2')).toBe(false);
  });
});
