/**
 * The passport of a principal's mixed pile, in Chromium: every sample of the verify page
 * (public/samples/: verified, revoked, expired, tampered, forged, look-alike, outside the
 * catalog, a proof that cannot be checked) plus the three badges the e2e site issues to the same
 * educator (scripts/e2e-prepare.ts). Each row carries the verdict its sample promises; only the
 * verified ones count; Sam Rivera's record completes the stack, with its totals and credit.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';

interface Sample {
  file: string;
  verdict: string;
}
const SAMPLES = JSON.parse(readFileSync('public/samples/samples.json', 'utf8')) as Sample[];
const SAMS = ['success-criteria', 'exit-ticket-analysis', 'actionable-feedback'].map(
  (s) => `.e2e/badges/sam/${s}/0001-sam-rivera-example-org/badge.jwt`,
);
const FILES = [...SAMPLES.map((s) => `public/samples/${s.file}`), ...SAMS];

async function dropAll(page: Page) {
  await page.setInputFiles('#passport-files', FILES);
  await expect(page.locator('#passport-heading')).toBeFocused({ timeout: 30_000 });
}

test.describe('passport of the samples and the site’s own badges', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('/passport/');
  });

  test('each badge gets its sample’s verdict; only verified ones count; Sam Rivera’s record completes the stack', async ({
    page,
  }) => {
    await dropAll(page);
    // Every file is one row, with the verdict the verifier gives it on /verify/.
    const rows = page.locator('.pp-badge');
    await expect(rows).toHaveCount(FILES.length);
    for (const [i, s] of SAMPLES.entries())
      await expect(page.locator(`[data-badge="${i + 1}"]`), s.file).toHaveAttribute(
        'data-verdict',
        s.verdict,
      );
    for (const n of [1, 2, 3].map((k) => SAMPLES.length + k))
      await expect(page.locator(`[data-badge="${n}"]`)).toHaveAttribute('data-verdict', 'verified');

    // Two earners among the verified badges (Sam Rivera and the Data Integrity sample's Lee Chen).
    const callout = page.locator('[data-callout="earners"]');
    await expect(callout).toContainText('Sam Rivera');
    await expect(callout).toContainText('Lee Chen');
    // Before choosing: Lee's community circles is one of three in its ordered stack.
    const sel = page.locator('[data-stack="adult-sel"]');
    await expect(sel).toContainText('Held 1 of the 3 needed: 2 more completes it.');

    await callout.getByRole('button', { name: 'Sam Rivera’s record' }).click();
    await expect(page.locator('#passport-heading')).toHaveText('Professional learning record: Sam Rivera');
    // Sam's four credentials count once each; the baked copies of the verified token,
    // Lee's badges and every sample that is not verified are left out.
    await expect(page.locator('.pp-headline')).toHaveText(
      `${FILES.length} badges: 4 verified and counted, ${FILES.length - 4} left out.`,
    );
    await expect(page.locator('.pp-counted')).toHaveCount(4);
    await expect(page.locator('.pp-badge:not([data-verdict="verified"]).pp-counted')).toHaveCount(0);

    const stack = page.locator('[data-stack="formative-assessment-foundations"]');
    await expect(stack).toContainText('Complete: 4 of 4 held.');
    await expect(stack.locator('li.held')).toHaveCount(4);
    // The sample's hinge questions badge was issued before the site issued Sam's success criteria.
    await expect(stack).toContainText('Not earned in the recommended order');
    await expect(sel).toHaveCount(0);

    const totals = page.locator('.pp-totals');
    await expect(totals).toContainText('Verified credentials4');
    await expect(totals).toContainText('49 hours');
    await expect(totals).toContainText('4.9 CEUs');
    await expect(totals).toContainText('Stacks complete1');
    const harbor = page.locator('[data-recognizer="harbor-county-schools"]');
    await expect(harbor.locator('[data-rule="formative-assessment-step"]')).toContainText('1 salary step');

    // The tampered token is listed, unconfirmed, and not counted, in the verifier's own words.
    const tampered = page.locator(
      `[data-badge="${SAMPLES.findIndex((s) => s.file === 'tampered.jwt') + 1}"]`,
    );
    await expect(tampered).not.toHaveClass(/pp-counted/);
    await expect(tampered.locator('.pp-facts')).toContainText('What the badge claims (not confirmed): to ');
    await expect(tampered.locator('.pp-reason')).toContainText('Not counted: Do not rely on this badge.');
    const revoked = page.locator(`[data-badge="${SAMPLES.findIndex((s) => s.file === 'revoked.jwt') + 1}"]`);
    await expect(revoked.locator('.pp-reason')).toContainText(/revoked/i);
    const png = page.locator(`[data-badge="${SAMPLES.findIndex((s) => s.file === 'verified.png') + 1}"]`);
    await expect(png.locator('.pp-reason')).toContainText(
      'Not counted again: badge 1 is the same credential.',
    );
    await expect(page.locator('#pp-left-out')).toHaveText(`Left out (${FILES.length - 4})`);
    // The summary groups them by why, each a link to its row. The verified token and its baked
    // copies are Sam's; the other verified samples (Data Integrity) are Lee Chen's.
    const numbers = (keep: (s: Sample) => boolean) => SAMPLES.flatMap((s, i) => (keep(s) ? [i + 1] : []));
    const list = (ns: number[]) => ns.map((n) => `badge ${n}`).join(', ');
    const sams = (s: Sample) => s.verdict === 'verified' && s.file.startsWith('verified.');
    const left = page.locator('.pp-left');
    await expect(left).toContainText(
      `Counted already (the same credential as an earlier badge): ${list(numbers(sams).slice(1))}.`,
    );
    await expect(left).toContainText(
      `Awarded to another earner: ${list(numbers((s) => s.verdict === 'verified' && !sams(s)))}.`,
    );
    const invalid = numbers((s) => s.verdict === 'invalid');
    await expect(left).toContainText(`Not valid: ${list(invalid)}.`);
    await expect(left).toContainText(
      `Genuine signature, with warnings: ${list(numbers((s) => s.verdict === 'warnings'))}.`,
    );
    await expect(left).toContainText(
      `Could not be verified: ${list(numbers((s) => s.verdict === 'unverified'))}.`,
    );
    await left.getByRole('link', { name: `badge ${invalid[0]}`, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`#pp-badge-${invalid[0]}$`));
  });

  test('print media: one record, axe clean, and nothing wider than a 360 px screen', async ({
    page,
  }, info) => {
    await page.setViewportSize({ width: 360, height: 800 });
    await dropAll(page);
    await page
      .locator('[data-callout="earners"]')
      .getByRole('button', { name: 'Sam Rivera’s record' })
      .click();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
      .analyze();
    expect(
      results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    ).toEqual([]);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('#passport-form')).toBeHidden();
    await expect(page.locator('.site-header')).toBeHidden();
    await expect(page.locator('[data-stack="formative-assessment-foundations"]')).toBeVisible();
    await page.screenshot({ path: info.outputPath('passport-samples-print.png'), fullPage: true });
  });
});
