/**
 * "Try a sample" on the verify page, in Chromium: each sample (public/samples/, made with the seed
 * issuers' published keys) gives the verdict its manifest promises; forged and look-alike cards
 * show no catalog artwork or link and head their fields as unconfirmed; a verified card shows
 * what a principal needs; the buttons work from the keyboard; axe finds nothing on any verdict;
 * and nothing is wider than a 360 px screen.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';

interface Sample {
  file: string;
  label: string;
  verdict: string;
}
const samples = JSON.parse(readFileSync('public/samples/samples.json', 'utf8')) as Sample[];
const sample = (file: string) => {
  const s = samples.find((x) => x.file === file);
  if (!s) throw new Error(`no sample ${file}`);
  return s;
};

async function trySample(page: Page, s: Sample) {
  await page
    .getByRole('group', { name: 'Try a sample' })
    .getByRole('button', { name: s.label, exact: true })
    .click();
  await expect(page.locator('#result-heading')).toBeFocused();
  await expect(page.locator('#result-heading')).toHaveAttribute('data-verdict', s.verdict);
}

const card = (page: Page) => page.locator('.badge-card');

test.describe('samples on the verify page', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('/verify/');
  });

  for (const s of samples)
    test(`${s.label} (${s.file}) is ${s.verdict}`, async ({ page }) => {
      await trySample(page, s);
    });

  for (const file of ['forged.jwt', 'lookalike.jwt', 'outside-catalog.jwt', 'unverifiable.json'])
    test(`${file}: the card heads its fields as unconfirmed, with no catalog artwork or link`, async ({
      page,
    }) => {
      await trySample(page, sample(file));
      await expect(card(page)).toHaveAttribute('data-confirmed', 'false');
      await expect(card(page)).toContainText('What the badge claims (not confirmed)');
      await expect(card(page).getByRole('img')).toHaveCount(0);
      await expect(card(page).getByRole('link')).toHaveCount(0);
      await expect(page.getByRole('link', { name: /in the catalog/ })).toHaveCount(0);
    });

  test('a look-alike is called out in the headline', async ({ page }) => {
    await trySample(page, sample('lookalike.jwt'));
    await expect(page.locator('.verdict-explain')).toHaveText(/^Look-alike issuer: /);
  });

  test('a verified card adds hours and CEUs, the quality review, its stack and the email prompt', async ({
    page,
  }) => {
    await trySample(page, sample('verified.jwt'));
    const c = card(page);
    await expect(c).toHaveAttribute('data-confirmed', 'true');
    await expect(c).toContainText('Confirmed by its signature and this catalog');
    await expect(c.getByRole('img')).toBeVisible();
    await expect(c).toContainText(/\d+ hours · [\d.]+ CEUs/);
    await expect(c).toContainText('Quality review');
    await expect(c.getByRole('link', { name: /in the catalog/ })).toBeVisible();
    await expect(c.locator('.email-prompt')).toContainText('Is this badge theirs?');
    // Typing the earner's email and verifying again confirms the recipient.
    await page.getByLabel(/Earner’s email/).fill('sam.rivera@example.org');
    await page.getByRole('button', { name: 'Verify', exact: true }).click();
    await expect(page.locator('[data-check="recipient"]')).toHaveAttribute('data-status', 'pass');
    await expect(c.locator('.email-prompt')).toHaveCount(0);
  });

  test('a revoked badge is still its issuer’s: confirmed, and linked to the catalog', async ({ page }) => {
    await trySample(page, sample('revoked.jwt'));
    await expect(card(page)).toHaveAttribute('data-confirmed', 'true');
    await expect(page.locator('.verdict-explain')).toHaveText(/revoked/);
  });

  test('the sample buttons work from the keyboard', async ({ page }) => {
    const button = page.getByRole('button', { name: sample('expired.jwt').label, exact: true });
    await button.focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('#result-heading')).toHaveAttribute('data-verdict', 'invalid');
  });

  test('axe finds nothing, and nothing is wider than a 360 px screen, on every verdict', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    for (const file of ['verified.png', 'lookalike.jwt', 'unverifiable.json', 'tampered.jwt']) {
      await trySample(page, sample(file));
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
        .analyze();
      expect(
        results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
        file,
      ).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), file).toBeLessThanOrEqual(360);
    }
  });
});
