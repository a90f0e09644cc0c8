/**
 * Phone first: no page is wider than a 360 px screen (every page of the site, and the catalog
 * page in its states), and on a credential page the facts one decides on come before the long
 * sections.
 */
import { expect, test, type Page } from '@playwright/test';
import { crawl } from './site.ts';
import { ready, search } from './search-helpers.ts';

test.use({ viewport: { width: 360, height: 740 } });

const overflow = (page: Page) =>
  page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, inner: innerWidth }));

test('no page of the site is wider than a 360 px screen', async ({ page, request, baseURL }) => {
  test.setTimeout(120_000);
  const origin = new URL(baseURL ?? '').origin;
  const urls = [...(await crawl(request, ['/', '/404.html'], origin))]
    .filter(
      ([url, r]) => r.status === 200 && (url.endsWith('/') || url.endsWith('.html')) && !url.includes('?'),
    )
    .map(([url]) => url);
  expect(urls.length).toBeGreaterThan(40);
  const wide: string[] = [];
  for (const url of urls) {
    await page.goto(url);
    const { scroll, inner } = await overflow(page);
    if (scroll > inner) wide.push(`${url}: ${scroll} px`);
  }
  expect(wide).toEqual([]);
});

test('the catalog page fits a phone with results, with the filter sheet open, and when nothing matches', async ({
  page,
}) => {
  await ready(page);
  expect((await overflow(page)).scroll).toBeLessThanOrEqual(360);
  await search(page, 'feedback');
  expect((await overflow(page)).scroll).toBeLessThanOrEqual(360);
  await search(page, 'retrieval');
  await expect(page.locator('#search-empty')).toBeVisible();
  expect((await overflow(page)).scroll).toBeLessThanOrEqual(360);
  await page.getByRole('button', { name: 'Filters' }).click();
  await expect(page.getByRole('dialog', { name: 'Filters' })).toBeVisible();
  const sheet = await page
    .getByRole('dialog', { name: 'Filters' })
    .evaluate((d) => d.getBoundingClientRect().width);
  expect(sheet).toBeLessThanOrEqual(360);
  expect((await overflow(page)).scroll).toBeLessThanOrEqual(360);
});

test('a credential page puts the facts one decides on before the long sections', async ({ page }) => {
  await page.goto('/credentials/riverbend-usd/hinge-questions/');
  const top = async (name: string) =>
    (await page.getByRole('heading', { name, exact: true }).boundingBox())?.y ?? Number.POSITIVE_INFINITY;
  const glance = await top('At a glance');
  for (const later of ['Competency', 'References', 'Submission requirements', 'Scoring rubric'])
    expect(glance).toBeLessThan(await top(later));
  // Hours and CEUs, cost and how to apply are on the first screens.
  for (const fact of [page.getByText('12 (1.2 CEUs)'), page.getByRole('heading', { name: 'How to apply' })])
    expect((await fact.boundingBox())?.y ?? Number.POSITIVE_INFINITY).toBeLessThan(2 * 740);
});

test('a rubric reflows on a phone: each level of a criterion is labelled, and it is still a table', async ({
  page,
}) => {
  await page.goto('/rubrics/lakemont-four-level/');
  const table = page.getByRole('table');
  await expect(table).toBeVisible();
  await expect(table.getByRole('rowheader').first()).toBeVisible();
  const label = await table
    .locator('td[data-label]')
    .first()
    .evaluate((td) => getComputedStyle(td, '::before').content);
  expect(label).toMatch(/^".+"$/);
  const region = page.getByRole('region', { name: /Lakemont/ });
  expect(await region.evaluate((r) => r.scrollWidth <= r.clientWidth)).toBe(true);
});
