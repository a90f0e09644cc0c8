/**
 * Search finds what people mean: typos, acronyms and their spelled-out forms (from the catalog's
 * synonym table), whole words for short terms, matched words marked on cards drawn from the
 * catalog's own data, and an empty page that offers ways forward.
 */
import { expect, test } from '@playwright/test';
import { ready, search, titles } from './search-helpers.ts';

test('a typo finds what was meant, and says so', async ({ page }) => {
  await ready(page);
  await search(page, 'feedbak');
  await expect(page.locator('#results h3').first()).toHaveText('Feedback Students Act On');
  await expect(page.locator('#search-note')).toContainText('showing results for “feedback”');
  await expect(page.locator('#result-summary')).toContainText('for “feedback”');
});

test('an acronym and its spelled-out form find the same credentials', async ({ page }) => {
  await ready(page);
  await search(page, 'SEL');
  const sel = await titles(page);
  expect(sel).toContain('Adult SEL 1: Educator Self-Awareness');
  expect(sel).toContain('Community-Building Circles');
  await search(page, 'social-emotional learning');
  expect((await titles(page)).sort()).toEqual([...sel].sort());
  await search(page, 'UDL');
  const udl = await titles(page);
  expect(udl).toContain('Designing Lessons with Universal Design for Learning');
  await search(page, 'universal design for learning');
  expect((await titles(page)).sort()).toEqual([...udl].sort());
});

test('a short term matches whole words: "SEL" is not "self-paced", "AI" is not "aim"', async ({ page }) => {
  await ready(page, '/credentials/?all=1');
  await search(page, 'SEL');
  expect(await titles(page)).not.toContain('Learning Playlists for Self-Paced Practice');
  await search(page, 'self-paced');
  expect(await titles(page)).toContain('Learning Playlists for Self-Paced Practice');
  await search(page, 'AI');
  expect(await titles(page)).toEqual(['Teaching Students to Evaluate AI-Generated Content']);
  await expect(page.locator('#results mark').first()).toHaveText('AI');
});

test('matched words are marked in titles and summaries', async ({ page }) => {
  await ready(page);
  await search(page, 'circles');
  const card = page.locator('#results article').first();
  await expect(card.locator('h3 mark')).toHaveText('Circles');
  await expect(card.locator('.card-summary mark').first()).toBeVisible();
});

test('a search that finds nothing offers ways forward: matching drafts, the whole catalog', async ({
  page,
}) => {
  await ready(page);
  await search(page, 'retrieval');
  await expect(page.locator('#result-summary')).toHaveText('0 credentials you can earn for “retrieval”');
  const empty = page.locator('#search-empty');
  await expect(empty).toBeVisible();
  await expect(empty.getByRole('heading')).toHaveText('Nothing matches “retrieval”');
  await expect(empty.getByRole('link', { name: 'browse every credential you can earn' })).toHaveAttribute(
    'href',
    '/credentials/',
  );
  await empty.getByRole('button', { name: '1 in development: include drafts' }).click();
  await expect(page.locator('#results h3')).toHaveText(['Low-Stakes Retrieval Practice']);
  await expect(page.getByLabel('Include drafts and retired')).toBeChecked();
  await expect(page).toHaveURL(/all=1/);
});

test('an empty search with filters offers to drop a filter', async ({ page }) => {
  await ready(page, '/credentials/?q=circles&grade=Pre-K');
  await expect(page.locator('#search-empty')).toBeVisible();
  const drop = page.locator('#search-empty').getByRole('button', { name: 'Without “Pre-K”: 1 result' });
  await drop.click();
  await expect(page.locator('#results h3')).toHaveText(['Community-Building Circles']);
});

test('result cards are the cards of the page without JavaScript', async ({ page, browser }) => {
  const noJs = await browser.newContext({ javaScriptEnabled: false });
  const plain = await noJs.newPage();
  await plain.goto('/credentials/');
  const card = plain.locator('article', {
    has: plain.getByRole('link', { name: 'Hinge Questions for Responsive Teaching' }),
  });
  const expected = (await card.innerText()).replace(/\s+/g, ' ');
  await noJs.close();
  for (const part of [
    'Riverbend USD',
    '12 hours · 1.2 CEUs · Grades 3–5, Grades 6–8, Grades 9–12',
    'Meets the quality standards',
  ])
    expect(expected).toContain(part);
  await ready(page);
  await search(page, 'hinge questions');
  // The card is drawn at once from the facet table; its summary follows when its chunk arrives.
  const first = page.locator('#results article').first();
  await expect.poll(async () => (await first.innerText()).replace(/\s+/g, ' ')).toBe(expected);
});
