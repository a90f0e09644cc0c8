/**
 * One state, one drawing: clearing filters and changing the sort at once shows each card once
 * with a count that matches; "Clear filters" returns to the defaults (credentials you can earn),
 * not to everything; on a phone the filters are a sheet that leads back to the results.
 */
import { expect, test, type Page } from '@playwright/test';
import type { CatalogIndex } from '../../src/lib/catalog/index-json.ts';
import { SUBJECT_AREAS } from '../../src/lib/catalog/vocabulary.ts';
import { after, box, count, ready, shown } from './search-helpers.ts';

let active: CatalogIndex['credentials'];
test.beforeAll(async ({ request }) => {
  const catalog = (await (await request.get('/catalog.json')).json()) as CatalogIndex;
  active = catalog.credentials.filter((c) => c.status === 'active');
});

test('clear, then sort at once: every card once, and the count matches', async ({ page }) => {
  await ready(page);
  for (const sort of ['hours', 'newest', 'title', 'hours', 'newest']) {
    await after(page, () => box(page, 'subject', SUBJECT_AREAS.assessment).check());
    // No wait between the two: the second change must cancel the first one's drawing.
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await page.getByLabel('Sort by').selectOption(sort);
    await expect(page.locator('#search-app')).toHaveAttribute('aria-busy', 'false');
    await expect(page.locator('#result-summary')).toHaveText(`${active.length} credentials you can earn`);
    const all = await shown(page);
    expect(all.length).toBe(await count(page));
    expect(new Set(all).size).toBe(all.length);
    await page.getByLabel('Search', { exact: true }).focus();
  }
});

test('typing fast draws only the latest query, once', async ({ page }) => {
  await ready(page);
  const input = page.getByLabel('Search', { exact: true });
  await input.pressSequentially('restorative', { delay: 5 });
  await expect(page.locator('#search-app')).toHaveAttribute('data-query', 'restorative');
  await expect(page.locator('#search-app')).toHaveAttribute('aria-busy', 'false');
  const all = await shown(page);
  expect(new Set(all).size).toBe(all.length);
  expect(all.length).toBe(await count(page));
  expect(all).toContain('Restorative Conversations After Harm');
});

test('"Clear filters" returns to the defaults, and the drafts-and-retired switch stays as it was', async ({
  page,
}) => {
  await ready(page);
  await after(page, () => box(page, 'type', 'Stacks').check());
  await after(page, () => box(page, 'subject', SUBJECT_AREAS.sel).check());
  await after(page, () => page.getByRole('button', { name: 'Clear filters' }).click());
  await expect(box(page, 'type', 'Credentials')).toBeChecked();
  await expect(box(page, 'type', 'Stacks')).not.toBeChecked();
  await expect(box(page, 'subject', SUBJECT_AREAS.sel)).not.toBeChecked();
  await expect(page.locator('#result-summary')).toHaveText(`${active.length} credentials you can earn`);
  await expect(page.locator('#results .pill.status-draft, #results .pill.status-retired')).toHaveCount(0);
  await expect(page).toHaveURL(/\/credentials\/$/);

  await after(page, () => page.getByLabel('Include drafts and retired').check());
  await after(page, () => box(page, 'subject', SUBJECT_AREAS.sel).check());
  await after(page, () => page.getByRole('button', { name: 'Clear filters' }).click());
  await expect(page.getByLabel('Include drafts and retired')).toBeChecked();
  await expect(box(page, 'type', 'Credentials')).toBeChecked();
  expect(await count(page)).toBeGreaterThan(active.length);
  await expect(page.locator('#result-summary')).not.toContainText('you can earn');
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test('the filters are a sheet whose button shows the count and leads back to the results', async ({
    page,
  }) => {
    await ready(page);
    await expect(page.locator('#filters')).toBeHidden();
    await page.getByRole('button', { name: 'Filters' }).click();
    const sheet = page.getByRole('dialog', { name: 'Filters' });
    await expect(sheet).toBeVisible();
    await after(page, () =>
      sheet.locator(`[data-facet="subject"] input[value="${SUBJECT_AREAS.assessment}"]`).check(),
    );
    const n = active.filter((c) => c.subjects.includes('assessment')).length;
    await expect(sheet.getByRole('button', { name: `Show ${n} results` })).toBeVisible();
    await sheet.getByRole('button', { name: `Show ${n} results` }).click();
    await expect(sheet).toBeHidden();
    await expect(page.locator('#result-summary')).toBeFocused();
    expect(await count(page)).toBe(n);
    await expect(page.getByRole('button', { name: 'Filters (1)' })).toBeVisible();
  });

  test('Escape closes the sheet and returns to the Filters button', async ({ page }) => {
    await ready(page);
    await page.getByRole('button', { name: 'Filters' }).click();
    await expect(page.getByRole('dialog', { name: 'Filters' })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog', { name: 'Filters' })).toBeHidden();
    await expect(page.getByRole('button', { name: 'Filters' })).toBeFocused();
  });
});

test.describe('loading the search runtime', () => {
  const pagefind = (page: Page) => {
    const urls: string[] = [];
    page.on('request', (r) => urls.push(new URL(r.url()).pathname));
    return () => urls.some((u) => u.startsWith('/pagefind/'));
  };

  test('Pagefind waits for the reader: nothing loads after start-up until the pointer comes over the search box', async ({
    page,
  }) => {
    const loaded = pagefind(page);
    await ready(page);
    await page.waitForTimeout(4_500); // past where an idle-time load would have come
    expect(loaded()).toBe(false);
    await expect(page.locator('#search-app')).not.toHaveAttribute('data-warm', /./);
    await page.getByLabel('Search', { exact: true }).hover();
    await expect(page.locator('#search-app')).toHaveAttribute('data-warm', 'ready');
    expect(loaded()).toBe(true);
  });

  test('the page starts with the facet table alone; a filter chosen before the cards file arrives draws its cards', async ({
    page,
  }) => {
    const urls: string[] = [];
    page.on('request', (r) => urls.push(new URL(r.url()).pathname));
    // Hold the cards file back, so the filter below is chosen before it has arrived.
    let asked = false;
    const cardsAsked = () => asked;
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/cards.json', async (route) => {
      asked = true;
      await held;
      await route.continue();
    });
    await ready(page);
    await page.waitForTimeout(1_000);
    expect(urls.some((u) => u.endsWith('/table.json'))).toBe(true);
    expect(cardsAsked()).toBe(false);
    expect(urls.some((u) => u.startsWith('/pagefind/'))).toBe(false);
    await expect(box(page, 'subject', SUBJECT_AREAS.assessment)).toBeVisible();

    await box(page, 'subject', SUBJECT_AREAS.assessment).check();
    await expect.poll(cardsAsked).toBe(true);
    release();
    await expect(page.locator('#search-app')).toHaveAttribute('aria-busy', 'false');
    const want = active.filter((c) => c.subjects.includes('assessment')).map((c) => c.title);
    await expect(page.locator('#result-summary')).toHaveText(new RegExp(`^${want.length} `));
    expect((await shown(page)).sort()).toEqual([...want].sort());
  });

  test('Pagefind loads as the search box takes the focus, before any query', async ({ page }) => {
    const loaded = pagefind(page);
    await ready(page);
    expect(loaded()).toBe(false);
    await page.getByLabel('Search', { exact: true }).focus();
    await expect(page.locator('#search-app')).toHaveAttribute('data-warm', 'ready');
    expect(loaded()).toBe(true);
    expect(await page.locator('#search-app').getAttribute('data-query')).toBe('');
  });

  test('with Save-Data on, Pagefind loads only when the reader heads for the search box', async ({
    page,
  }) => {
    await page.addInitScript(() =>
      Object.defineProperty(navigator, 'connection', { value: { saveData: true }, configurable: true }),
    );
    const loaded = pagefind(page);
    await ready(page);
    await page.waitForTimeout(4_500);
    expect(loaded()).toBe(false);
    await page.getByLabel('Search', { exact: true }).focus();
    await expect(page.locator('#search-app')).toHaveAttribute('data-warm', 'ready');
    expect(loaded()).toBe(true);
  });
});
