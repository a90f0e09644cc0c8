/** axe finds no violations on any page kind; the keyboard reaches everything in a sensible order. */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { PAGE_KINDS } from './site.ts';

for (const [kind, url] of Object.entries(PAGE_KINDS)) {
  test(`axe: ${kind} has no violations`, async ({ page }) => {
    await page.goto(url);
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
      .analyze();
    expect(
      results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    ).toEqual([]);
  });
}

test('keyboard: skip link, navigation and the header search', async ({ page }) => {
  await page.goto(PAGE_KINDS.credential);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();

  await page.goto(PAGE_KINDS.home);
  const order: string[] = [];
  for (let i = 0; i < 10; i++) {
    await page.keyboard.press('Tab');
    order.push(
      await page.evaluate(
        () =>
          (document.activeElement as HTMLElement | null)?.getAttribute('aria-label') ??
          document.activeElement?.textContent?.trim() ??
          '',
      ),
    );
  }
  expect(order.slice(0, 9)).toEqual([
    'Skip to content',
    'Stackable',
    'Credentials',
    'Stacks',
    'Issuers',
    'Rubrics',
    'Glossary',
    'Verify a badge',
    'Passport',
  ]);
  await expect(page.getByRole('searchbox', { name: 'Search credentials' }).first()).toBeFocused();
  await page.keyboard.type('feedback');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/credentials\/\?q=feedback$/);
});

test('keyboard: wide tables scroll and can be focused', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(PAGE_KINDS.credential);
  const region = page.getByRole('region', { name: 'Riverbend Evidence Rubric' });
  await region.focus();
  await expect(region).toBeFocused();
});

test('axe: the catalog page on a phone, with the filter sheet open and with nothing found', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/credentials/?q=retrieval');
  await expect(page.locator('#search-empty')).toBeVisible();
  await page.getByRole('button', { name: 'Filters' }).click();
  await expect(page.getByRole('dialog', { name: 'Filters' })).toBeVisible();
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
});
