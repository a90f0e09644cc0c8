/**
 * "Share this badge" on a verified card (src/client/verify/share-links.ts): the public verify
 * link carries the badge in the URL fragment and, opened, verifies it again; "Add to LinkedIn"
 * fills the certification form with the catalog's names and that link. Badges issued by our own
 * tools (scripts/e2e-prepare.ts).
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const SITE = 'https://stackable.example/';
const folder = (name: string) => {
  const base = join('.e2e/badges', name);
  const dir = readdirSync(base, { withFileTypes: true }).find((e) => e.isDirectory());
  if (!dir) throw new Error(`no badge in ${base}`);
  return join(base, dir.name);
};

const share = (page: Page) => page.getByRole('region', { name: 'Share this badge' });

/** The verify link as published (on the site URL), opened on the site under test. */
const local = (href: string) => {
  expect(href.startsWith(`${SITE}verify/#badge=`)).toBe(true);
  return `/${href.slice(SITE.length)}`;
};

test('a verified PNG gets a verify link that carries the badge and verifies it again', async ({ page }) => {
  await page.goto('/verify/');
  await page.setInputFiles('#badge-file', join(folder('valid'), 'badge.png'));
  await expect(page.locator('#result-heading')).toHaveText(/Verified by this catalog/);
  const link = share(page).getByRole('link', { name: 'Public verify link' });
  const href = (await link.getAttribute('href')) ?? '';
  // The badge itself (the VC-JWT the image carries) is in the fragment, nowhere else.
  const url = new URL(href);
  expect(url.search).toBe('');
  expect(new URLSearchParams(url.hash.slice(1)).get('badge')).toBe(
    readFileSync(join(folder('valid'), 'badge.jwt'), 'utf8').trim(),
  );
  await page.goto('/');
  await page.goto(local(href));
  await expect(page.locator('#result-heading')).toHaveText(/Verified by this catalog/);
  await expect(share(page)).toBeVisible();
});

test('a Data Integrity badge link opens and verifies it', async ({ page }) => {
  await page.goto('/verify/');
  await page.setInputFiles('#badge-file', join(folder('data-integrity'), 'badge.svg'));
  await expect(page.locator('#result-heading')).toHaveText(/Verified by this catalog/);
  const href =
    (await share(page).getByRole('link', { name: 'Public verify link' }).getAttribute('href')) ?? '';
  await page.goto('/');
  await page.goto(local(href));
  await expect(page.locator('#result-heading')).toHaveText(/Verified by this catalog/);
});

test('Add to LinkedIn names the credential and issuer as the catalog publishes them', async ({ page }) => {
  await page.goto('/verify/');
  await page.getByLabel('Paste a badge').fill(readFileSync(join(folder('valid'), 'badge.jwt'), 'utf8'));
  await page.getByRole('button', { name: 'Verify', exact: true }).click();
  await expect(page.locator('#result-heading')).toHaveText(/Verified by this catalog/);
  const linkedIn = share(page).getByRole('link', { name: /Add to LinkedIn profile/ });
  await expect(linkedIn).toHaveAttribute('target', '_blank');
  const url = new URL((await linkedIn.getAttribute('href')) ?? '');
  expect(url.origin + url.pathname).toBe('https://www.linkedin.com/profile/add');
  expect(url.searchParams.get('name')).toBe('Hinge Questions for Responsive Teaching');
  expect(url.searchParams.get('organizationName')).toBe('Riverbend Unified School District');
  expect(url.searchParams.get('certUrl')).toBe(
    await share(page).getByRole('link', { name: 'Public verify link' }).getAttribute('href'),
  );
  expect(url.searchParams.get('certId')).toMatch(/^urn:uuid:/);
  const axe = await new AxeBuilder({ page })
    .include('.share-links')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
});

test('a revoked or tampered badge offers nothing to share', async ({ page }) => {
  await page.goto('/verify/');
  await page.setInputFiles('#badge-file', join(folder('revoked'), 'badge.png'));
  await expect(page.locator('#result-heading')).not.toHaveText(/Verified by this catalog/);
  await expect(share(page)).toHaveCount(0);
  const [h, p = '', s] = readFileSync(join(folder('valid'), 'badge.jwt'), 'utf8')
    .trim()
    .split('.');
  const claims = JSON.parse(Buffer.from(p, 'base64url').toString()) as { name: string };
  claims.name = 'Something else';
  await page
    .getByLabel('Paste a badge')
    .fill(`${h}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.${s}`);
  await page.getByRole('button', { name: 'Verify', exact: true }).click();
  await expect(page.locator('#result-heading')).not.toHaveText(/Verified by this catalog/);
  await expect(share(page)).toHaveCount(0);
});
