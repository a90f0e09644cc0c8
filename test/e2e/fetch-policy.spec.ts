/**
 * The online verifier (/verify/online/) fetches only https: addresses of public hosts: a badge
 * naming a cloud metadata address, the loopback interface or a local name makes the browser send
 * nothing there, and the report says the check could not be made.
 */
import { expect, test } from '@playwright/test';

test('a badge naming local or private addresses makes the page request nothing from them', async ({
  page,
}) => {
  const requested: string[] = [];
  page.on('request', (r) => requested.push(r.url()));
  // Anything leaving the site is answered here, so a request that slipped through is seen, not sent.
  await page.route(/^https?:\/\/(?!127\.0\.0\.1:)/, (route) => route.fulfill({ status: 200, body: '{}' }));
  await page.goto('/verify/online/');
  for (const url of [
    'https://169.254.169.254/latest/meta-data/',
    'https://localhost/assertions/1',
    'https://printer.local/assertions/2',
    'https://[::1]/assertions/3',
  ]) {
    await page.getByLabel('Paste a badge').fill(url);
    await page.getByRole('button', { name: 'Verify', exact: true }).click();
    await expect(page.locator('#result-heading')).toBeFocused();
    await expect(page.locator('[data-check="proof"]')).toHaveAttribute('data-status', 'warn');
  }
  const origin = new URL(page.url()).origin;
  expect(requested.filter((u) => !u.startsWith(origin))).toEqual([]);
});
