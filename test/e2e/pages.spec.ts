/** Every page kind renders its essential content, links resolve, and catalog pages ship no JavaScript. */
import { expect, test } from '@playwright/test';
import { PAGE_KINDS, crawl } from './site.ts';

test.describe('page kinds', () => {
  test('home shows the catalog and its featured stacks', async ({ page }) => {
    await page.goto(PAGE_KINDS.home);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Micro-credentials for educators');
    await expect(page.getByRole('heading', { name: 'Featured stacks' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Formative Assessment Foundations' })).toBeVisible();
    await expect(page.getByRole('search').first()).toBeVisible();
  });

  test('credential page shows every section an educator reads', async ({ page }) => {
    await page.goto(PAGE_KINDS.credential);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Hinge Questions for Responsive Teaching',
    );
    for (const name of [
      'Competency',
      'Method components',
      'Supporting research and rationale',
      'References',
      'Resources',
      'Submission requirements',
      'Scoring rubric',
      'Quality review',
      'Where it fits',
      'Standards alignment',
      'At a glance',
    ]) {
      await expect(page.getByRole('heading', { name, exact: true })).toBeVisible();
    }
    // Hours and CEUs: 12 hours is 1.2 CEUs at 1 CEU per 10 hours.
    await expect(page.getByText('12 (1.2 CEUs)')).toBeVisible();
    // The rubric is a real table with row and column headers.
    const rubric = page.getByRole('table', { name: /Riverbend Evidence Rubric/ });
    await expect(rubric.getByRole('columnheader', { name: /Demonstrated/ }).first()).toBeVisible();
    await expect(rubric.getByRole('rowheader', { name: /Key method carried out/ })).toBeVisible();
    // Its stack, with its position in the ordered stack.
    await expect(page.getByRole('link', { name: 'Formative Assessment Foundations' }).first()).toBeVisible();
    await expect(page.getByText(/All 4, in order; step 2/)).toBeVisible();
    await expect(
      page.getByRole('img', { name: 'Badge for Hinge Questions for Responsive Teaching' }),
    ).toBeVisible();
  });

  test("a credential with its issuer's own artwork shows it, and its badge.svg carries it", async ({
    page,
    request,
  }) => {
    await page.goto('/credentials/open-practice-collaborative/community-circles/');
    await expect(page.getByRole('img', { name: /twelve people in a circle/ })).toBeVisible();
    const svg = await (
      await request.get('/credentials/open-practice-collaborative/community-circles/badge.svg')
    ).text();
    expect(svg).toContain('href="data:image/png;base64,iVBORw0KGgo');
  });

  test('a retired credential says so and names its successor', async ({ page }) => {
    await page.goto(PAGE_KINDS.retiredCredential);
    await expect(page.getByText(/^Retired on/)).toBeVisible();
    await expect(page.getByText('Its successor is')).toBeVisible();
  });

  test('a draft credential says it cannot be earned yet', async ({ page }) => {
    await page.goto(PAGE_KINDS.draftCredential);
    await expect(
      page.getByText('This credential is still being developed and cannot be earned yet.', { exact: false }),
    ).toBeVisible();
  });

  test('stack page shows the rule, progress math and the diagram', async ({ page }) => {
    await page.goto(PAGE_KINDS.stack);
    await expect(page.locator('#path ~ p strong')).toHaveText('All 4, in order.');
    await expect(page.getByRole('img', { name: 'Diagram of the stack' })).toBeVisible();
    await expect(page.locator('.stack-diagram svg .sd-node')).toHaveCount(4);
    await expect(page.getByRole('heading', { name: 'Progress math' })).toBeVisible();
  });

  test('an N-of-M stack shows a range of hours', async ({ page }) => {
    await page.goto(PAGE_KINDS.nOfMStack);
    await expect(page.locator('#path ~ p strong')).toHaveText('Any 3 of 5.');
    await expect(page.locator('.facts dd').filter({ hasText: / to \d+(\.\d)? hours/ })).toHaveCount(1);
  });

  test('rubric and quality rubric pages render their tables', async ({ page }) => {
    await page.goto(PAGE_KINDS.rubric);
    await expect(page.getByRole('table')).toBeVisible();
    await page.goto(PAGE_KINDS.qualityRubric);
    await expect(page.getByRole('rowheader')).toHaveCount(7);
  });

  test('issuer page lists its credentials, contact and keys', async ({ page }) => {
    await page.goto(PAGE_KINDS.issuer);
    await expect(page.getByRole('heading', { name: /Micro-credentials/ })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Published keys' })).toBeVisible();
    await expect(
      page.getByRole('link', { name: 'professional-learning@riverbend-usd.example' }).first(),
    ).toBeVisible();
  });

  test('glossary defines the terms of the field', async ({ page }) => {
    await page.goto(PAGE_KINDS.glossary);
    for (const term of [
      'micro-credential',
      'badge',
      'stack',
      'stackability',
      'earner',
      'issuer',
      'recognizer',
      'reviewer',
      'review-process',
      'backpack',
      'portability',
      'verifiability',
      'ceu',
      'competency-based-professional-learning',
      'open-badges',
    ]) {
      await expect(page.locator(`dt#${term}`)).toHaveCount(1);
    }
  });

  test('an unknown address gets the 404 page', async ({ page }) => {
    const res = await page.goto('/credentials/nobody/nothing/');
    expect(res?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('We couldn’t find that page');
  });
});

test('no internal link or asset is broken', async ({ request, baseURL }) => {
  const results = await crawl(request, ['/', '/404.html'], new URL(baseURL ?? '').origin);
  const broken = [...results]
    .filter(([, r]) => r.status >= 400)
    .map(([url, r]) => `${r.status} ${url} (linked from ${r.from})`);
  expect(broken).toEqual([]);
  expect(results.size).toBeGreaterThan(60);
});

test('catalog pages ship no JavaScript', async ({ page }) => {
  const scripted = [];
  for (const [kind, url] of Object.entries(PAGE_KINDS)) {
    if (['credentials', 'verify', 'passport', 'selfAssessment'].includes(kind)) continue; // pages whose feature is an island
    await page.goto(url);
    if ((await page.locator('script').count()) > 0) scripted.push(kind);
  }
  expect(scripted).toEqual([]);
});
