/** Shared steps of the search specs: load the catalog page, act and wait for the redraw, read the results. */
import { expect, type Page } from '@playwright/test';

export async function ready(page: Page, url = '/credentials/') {
  await page.goto(url);
  await expect(page.locator('#search-app')).toHaveAttribute('data-counted', /\d+/);
  await expect(page.locator('#search-app')).toHaveAttribute('aria-busy', 'false');
}

/** Runs an action and waits for the redraw it causes (results and counts are drawn together). */
export async function after(page: Page, action: () => Promise<unknown>) {
  const before = Number(await page.locator('#search-app').getAttribute('data-counted'));
  await action();
  await expect(page.locator('#search-app')).toHaveAttribute(
    'data-counted',
    new RegExp(`^(?!${before}$)\\d+$`),
  );
  await expect(page.locator('#search-app')).toHaveAttribute('aria-busy', 'false');
}

/** Types a query and waits until the results on screen answer it. */
export async function search(page: Page, q: string) {
  await page.getByLabel('Search', { exact: true }).fill(q);
  await expect(page.locator('#search-app')).toHaveAttribute('data-query', q.trim());
  await expect(page.locator('#search-app')).toHaveAttribute('aria-busy', 'false');
}

export const titles = (page: Page) => page.locator('#results h3').allTextContents();
export const count = async (page: Page) =>
  Number((await page.locator('#result-summary').textContent())?.match(/^\d+/)?.[0]);
export const box = (page: Page, facet: string, value: string) =>
  page.locator(`[data-facet="${facet}"] input[value="${value}"]`);

/** Every result, pressing "Show more" until all are drawn. */
export async function shown(page: Page) {
  while (await page.locator('#show-more').isVisible()) {
    const n = await page.locator('#results > li').count();
    await page.locator('#show-more').click();
    await expect(page.locator('#results > li')).not.toHaveCount(n);
  }
  return titles(page);
}
