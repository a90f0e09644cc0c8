/**
 * Browse and search on /credentials/: facets, counts, sorting, URL state, the keyboard, and the
 * page without JavaScript. Expected counts are computed from the site's own /catalog.json, so
 * they follow the content rather than being written down here. What a query means (synonyms,
 * typos, short words, the empty page) is in search-meaning.spec.ts.
 */
import { expect, test } from '@playwright/test';
import type { CatalogIndex } from '../../src/lib/catalog/index-json.ts';
import { hoursBand } from '../../src/lib/catalog/facets.ts';
import { AUDIENCES, GRADE_BANDS, SUBJECT_AREAS } from '../../src/lib/catalog/vocabulary.ts';

type Cred = CatalogIndex['credentials'][number];
let catalog: CatalogIndex;
let active: Cred[];

test.beforeAll(async ({ request }) => {
  catalog = (await (await request.get('/catalog.json')).json()) as CatalogIndex;
  active = catalog.credentials.filter((c) => c.status === 'active');
});

import { after, box, count, ready, shown, titles } from './search-helpers.ts';

test('a query puts the expected credential first', async ({ page }) => {
  await ready(page, '/credentials/?q=hinge+questions');
  await expect(page.locator('#results h3').first()).toHaveText('Hinge Questions for Responsive Teaching');
  await ready(page, '/credentials/?q=restorative');
  expect((await titles(page)).slice(0, 2)).toContain('Restorative Conversations After Harm');
});

test('filters alone browse: every available credential, A–Z', async ({ page }) => {
  await ready(page);
  expect(await count(page)).toBe(active.length);
  const all = await shown(page);
  expect(all).toEqual(
    active.map((c) => c.title).sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase())),
  );
});

const FACET_CASES: { facet: string; value: string; match: (c: Cred) => boolean }[] = [
  { facet: 'subject', value: SUBJECT_AREAS.assessment, match: (c) => c.subjects.includes('assessment') },
  { facet: 'grade', value: GRADE_BANDS['6-8'], match: (c) => c.gradeBands.includes('6-8') },
  {
    facet: 'audience',
    value: AUDIENCES['school-leader'],
    match: (c) => c.audience.includes('school-leader'),
  },
  { facet: 'hours', value: '10–14 hours', match: (c) => hoursBand(c.hours) === '10–14 hours' },
  { facet: 'issuer', value: 'Riverbend USD', match: (c) => c.issuer === 'riverbend-usd' },
  {
    facet: 'stack',
    value: 'Formative Assessment Foundations',
    match: (c) => c.stacks.includes('formative-assessment-foundations'),
  },
  { facet: 'quality', value: 'Review found gaps', match: (c) => c.quality === 'gaps' },
];

test('facet framework narrows to credentials aligned to it', async ({ page, request }) => {
  await ready(page);
  await after(page, () => box(page, 'framework', 'CASEL SEL Framework').check());
  const titlesShown = (await shown(page)).sort();
  // Alignments are not in catalog.json; each shown page must list the framework.
  expect(titlesShown.length).toBeGreaterThan(2);
  for (const t of titlesShown) {
    const c = active.find((x) => x.title === t);
    const html = await (await request.get(new URL(c?.page ?? '').pathname)).text();
    expect(html).toContain('CASEL SEL Framework');
  }
});

test('content type: stacks, rubrics and issuers can be searched too', async ({ page }) => {
  await ready(page, '/credentials/?q=leadership');
  await after(page, () => box(page, 'type', 'Stacks').check());
  expect(await titles(page)).toContain('Teacher Leadership');
});

for (const f of FACET_CASES) {
  test(`facet ${f.facet} = ${f.value} narrows to the right credentials, with the right count`, async ({
    page,
  }) => {
    await ready(page);
    const expected = active
      .filter(f.match)
      .map((c) => c.title)
      .sort();
    expect(expected.length).toBeGreaterThan(0);
    await expect(box(page, f.facet, f.value).locator('xpath=following-sibling::label')).toContainText(
      ` ${expected.length}`,
    );
    await after(page, () => box(page, f.facet, f.value).check());
    expect(await count(page)).toBe(expected.length);
    expect((await shown(page)).sort()).toEqual(expected);
  });
}

test('OR within a group, AND across groups', async ({ page }) => {
  await ready(page);
  const a = SUBJECT_AREAS.sel;
  const b = SUBJECT_AREAS.leadership;
  await after(page, () => box(page, 'subject', a).check());
  await after(page, () => box(page, 'subject', b).check());
  const either = active.filter((c) => c.subjects.includes('sel') || c.subjects.includes('leadership'));
  expect(await count(page)).toBe(either.length);
  // The count beside an unchecked value of the same group shows what adding it would give.
  const withGrade = either.filter((c) => c.gradeBands.includes('9-12'));
  await expect(
    box(page, 'grade', GRADE_BANDS['9-12']).locator('xpath=following-sibling::label'),
  ).toContainText(` ${withGrade.length}`);
  await after(page, () => box(page, 'grade', GRADE_BANDS['9-12']).check());
  expect(await count(page)).toBe(withGrade.length);
});

test('retired credentials appear only on request', async ({ page }) => {
  await ready(page, '/credentials/?q=portfolios');
  expect(await titles(page)).not.toContain('Student Learning Portfolios (2019 edition)');
  await after(page, () => page.getByLabel('Include drafts and retired').check());
  expect(await titles(page)).toContain('Student Learning Portfolios (2019 edition)');
  // With the switch on, the status facet narrows them.
  await after(page, () => box(page, 'status', 'Retired').check());
  expect(await titles(page)).toEqual(['Student Learning Portfolios (2019 edition)']);
});

test('sort by hours and by newest', async ({ page }) => {
  await ready(page);
  await after(page, () => page.getByLabel('Sort by').selectOption('hours'));
  const hours = (await page.locator('#results .meta').allTextContents()).map((t) =>
    Number(t.match(/(\d+(?:\.\d+)?) hours/)?.[1]),
  );
  expect(hours.length).toBeGreaterThan(5);
  expect(hours).toEqual([...hours].sort((x, y) => x - y));
  await after(page, () => page.getByLabel('Sort by').selectOption('newest'));
  const newest = [...active].sort((x, y) =>
    (y.updated ?? y.published).localeCompare(x.updated ?? x.published),
  )[0];
  await expect(page.locator('#results h3').first()).toHaveText(newest?.title ?? '');
});

test('state lives in the URL: reload, back and forward restore it', async ({ page }) => {
  await ready(page);
  await after(page, () => box(page, 'subject', SUBJECT_AREAS.sel).check());
  await after(page, () => page.getByLabel('Sort by').selectOption('hours'));
  await expect(page).toHaveURL(/subject=Social\+and\+emotional\+learning/);
  await expect(page).toHaveURL(/sort=hours/);
  const first = await titles(page);
  await page.reload();
  await expect(page.locator('#search-app')).toHaveAttribute('data-counted', /\d+/);
  await expect(box(page, 'subject', SUBJECT_AREAS.sel)).toBeChecked();
  await expect(page.getByLabel('Sort by')).toHaveValue('hours');
  expect(await titles(page)).toEqual(first);
  await after(page, () => page.goBack());
  await expect(page.getByLabel('Sort by')).toHaveValue('title');
  await expect(box(page, 'subject', SUBJECT_AREAS.sel)).toBeChecked();
  await after(page, () => page.goBack());
  await expect(box(page, 'subject', SUBJECT_AREAS.sel)).not.toBeChecked();
  await after(page, () => page.goForward());
  await expect(box(page, 'subject', SUBJECT_AREAS.sel)).toBeChecked();
});

test('keyboard only: type a query, toggle a facet, reach a result', async ({ page }) => {
  await ready(page);
  await page.getByLabel('Search', { exact: true }).focus();
  await after(page, () => page.keyboard.type('circles'));
  await page.keyboard.press('Enter');
  await expect(page.locator('#results a').first()).toBeFocused();
  await expect(page.locator('#results a').first()).toHaveText('Community-Building Circles');
  const sel = box(page, 'subject', SUBJECT_AREAS.sel);
  await sel.focus();
  await after(page, () => page.keyboard.press('Space'));
  await expect(sel).toBeChecked();
  await expect(page).toHaveURL(/q=circles/);
});

test('the header search on any page opens results', async ({ page }) => {
  await page.goto('/stacks/');
  await page.getByRole('searchbox', { name: 'Search credentials' }).fill('lateral reading');
  await page.keyboard.press('Enter');
  await expect(page.locator('#search-app')).toHaveAttribute('data-counted', /\d+/);
  await expect(page.locator('#results h3').first()).toHaveText(
    'Teaching Lateral Reading to Evaluate Online Sources',
  );
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the listing still shows every credential, and no search controls', async ({ page }) => {
    await page.goto('/credentials/');
    await expect(page.locator('#listing')).toBeVisible();
    const cards = page.locator('#results article, #listing article');
    await expect(cards).toHaveCount(catalog.credentials.length);
    expect(new Set(await cards.locator('h3').allTextContents()).size).toBe(catalog.credentials.length);
    await expect(page.locator('#search-form')).toBeHidden();
    await expect(page.locator('#filters')).toBeHidden();
    await expect(page.getByRole('heading', { name: /Available now/ })).toBeVisible();
  });
});
