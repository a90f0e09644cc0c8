/**
 * Every page carries a strict Content-Security-Policy, and the site works under it: no violation
 * while browsing, searching and verifying; inline script and eval are refused.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { PAGE_KINDS } from './site.ts';

const policyOf = (page: Page) =>
  page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');

async function watch(page: Page) {
  await page.addInitScript(() => {
    (window as unknown as { __csp: string[] }).__csp = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { __csp: string[] }).__csp.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
}
const violations = (page: Page) => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);

test('every page kind has a strict policy', async ({ page }) => {
  for (const url of [...Object.values(PAGE_KINDS), '/verify/', '/verify/online/', '/404.html']) {
    await page.goto(url);
    const policy = await policyOf(page);
    expect(policy, url).toContain("script-src 'self'");
    expect(policy, url).toContain("object-src 'none'");
    expect(policy, url).toContain("base-uri 'none'");
    expect(policy, url).not.toContain('unsafe-inline');
    expect(policy, url).not.toMatch(/'unsafe-eval'/);
    expect(policy, url).toContain(
      url.startsWith('/verify/online') ? "connect-src 'self' https:" : "connect-src 'self';",
    );
  }
});

test('browsing, searching and verifying cause no violation', async ({ page }) => {
  await watch(page);
  await page.goto('/credentials/?q=feedback');
  await expect(page.locator('#search-app')).toHaveAttribute('data-renders', /\d+/);
  expect(await violations(page)).toEqual([]);
  await page.goto('/verify/');
  await page
    .getByLabel('Paste a badge')
    .fill(readFileSync('.e2e/badges/valid/0001-ada-example-org/badge.jwt', 'utf8'));
  await page.getByRole('button', { name: 'Verify', exact: true }).click();
  await expect(page.locator('#result-heading')).toHaveText(/Verified/);
  await page.setInputFiles('#badge-file', '.e2e/badges/data-integrity/0001-cy-example-org/badge.svg');
  await expect(page.locator('#result-heading')).toHaveText(/Verified/);
  expect(await violations(page)).toEqual([]);
  await page.goto('/credentials/riverbend-usd/hinge-questions/');
  expect(await violations(page)).toEqual([]);
});

test('inline script is refused', async ({ page }) => {
  await watch(page);
  await page.goto('/verify/');
  const ran = await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.__inline = 1';
    document.body.append(s);
    return (window as unknown as { __inline?: number }).__inline;
  });
  expect(ran).toBeUndefined();
  // eval is not allowed either ('unsafe-eval' is absent from every policy, asserted above); it
  // cannot be exercised from here because Playwright's own evaluation bypasses the page's policy.
  expect((await violations(page)).some((v) => v.startsWith('script-src'))).toBe(true);
});

test('the verifier keeps working offline once loaded, for every format', async ({ page, context }) => {
  await page.goto('/verify/');
  await page.waitForLoadState('networkidle');
  await context.setOffline(true);
  await page.setInputFiles('#badge-file', '.e2e/badges/data-integrity/0001-cy-example-org/badge.png');
  await expect(page.locator('#result-heading')).toHaveText(/Verified by this catalog/);
  await page
    .getByLabel('Paste a badge')
    .fill(readFileSync('.e2e/badges/valid/0001-ada-example-org/badge.jwt', 'utf8'));
  await page.getByRole('button', { name: 'Verify', exact: true }).click();
  await expect(page.locator('#result-heading')).toHaveText(/Verified by this catalog/);
  await context.setOffline(false);
});
