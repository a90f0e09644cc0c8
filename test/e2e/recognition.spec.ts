/**
 * Recognition on the built site: who recognizes a credential for what, what completing a stack
 * is worth to each recognizer, the "Recognized by" and "Counts toward" facets, and the
 * recognizer pages; on a phone nothing is wider than the screen. Expected values come from the
 * site's own catalog.json where they follow the content.
 */
import { expect, test, type Page } from '@playwright/test';
import type { CatalogIndex } from '../../src/lib/catalog/index-json.ts';
import { PURPOSES } from '../../src/lib/catalog/vocabulary.ts';
import { validateCtdl } from '../helpers/ctdl.ts';
import { PAGE_KINDS } from './site.ts';

type Cred = CatalogIndex['credentials'][number];
let catalog: CatalogIndex;

test.beforeAll(async ({ request }) => {
  catalog = (await (await request.get('/catalog.json')).json()) as CatalogIndex;
});

const today = () => new Date().toISOString().slice(0, 10);
const inEffect = (e: { from: string; until?: string }) =>
  e.from <= today() && (!e.until || today() <= e.until);
type Rule = NonNullable<CatalogIndex['recognizers']>[number]['rules'][number];
/** Whether a rule in effect takes the credential in; the index describes each rule once. */
const recognized = (c: Cred, match: (r: Rule & { recognizer: string }) => boolean) =>
  (c.recognitions ?? []).some((ref) => {
    const rule = catalog.recognizers
      ?.find((r) => r.id === ref.recognizer)
      ?.rules.find((r) => r.id === ref.rule);
    if (!rule) throw new Error(`catalog.json names ${ref.recognizer}/${ref.rule} but does not describe it`);
    return inEffect(rule.effective) && match({ ...rule, recognizer: ref.recognizer });
  });

const block = (page: Page) => page.getByRole('region', { name: 'Recognized by' });
const item = (page: Page, name: string) => block(page).getByRole('article', { name });

test('a credential page says who recognizes it, for what and how much, near the top', async ({ page }) => {
  await page.goto(PAGE_KINDS.credential);
  const renewal = item(page, 'Westhaven ESB: License renewal');
  await expect(renewal).toContainText(
    '10 professional learning points (at most 60 professional learning points in all)',
  );
  // The CEUs by time stay beside the recognizer's own value.
  await expect(renewal).toContainText('(1.2 CEUs by time)');
  await expect(renewal).toContainText("Reported in the Board's renewal portal");
  await expect(
    renewal.getByRole('link', { name: 'Competency-based license renewal' }).first(),
  ).toHaveAttribute('href', '/recognizers/westhaven-esb/policies/competency-based-renewal/');
  const step = item(page, 'Harbor County: Salary advancement').first();
  await expect(step).toContainText('1 salary step for completing the stack Formative Assessment Foundations');
  await expect(block(page)).toContainText('12 hours of learning: 1.2 CEUs by time alone');
  // Near the top: before the competency, and in "At a glance".
  const blockTop = (await block(page).boundingBox())?.y ?? Infinity;
  const competencyTop =
    (await page.getByRole('heading', { name: 'Competency', exact: true }).boundingBox())?.y ?? 0;
  expect(blockTop).toBeLessThan(competencyTop);
  await expect(
    page.locator('.facts dt', { hasText: 'Recognized by' }).locator('xpath=following-sibling::dd[1]'),
  ).toHaveText(
    /Harbor County \(salary advancement\); Westhaven ESB \(license renewal\)|Westhaven ESB \(license renewal\); Harbor County \(salary advancement\)/,
  );
});

test('a rule that has ended shows as ended, apart from the rules in effect', async ({ page }) => {
  await page.goto('/credentials/open-practice-collaborative/restorative-conversations/');
  await expect(block(page)).toContainText(
    'No recognizer in this catalog counts this credential toward anything yet',
  );
  const other = block(page).locator('details');
  await expect(other.locator('summary')).toHaveText('Rules not in effect today (1)');
  await other.locator('summary').click();
  const ended = item(page, 'Westhaven ESB: License renewal');
  await expect(ended).toContainText('Ended');
  await expect(ended).toContainText('Ended June 30, 2024');
  await expect(ended).toContainText('1.5 CEUs');
});

test('a stack page shows what completing it is worth to each recognizer', async ({ page }) => {
  await page.goto(PAGE_KINDS.stack);
  const step = item(page, 'Harbor County: Salary advancement');
  await expect(step).toHaveCount(1); // its credentials are not counted again for the per-credential step
  await expect(step).toContainText('1 salary step for completing the stack');
  await expect(item(page, 'Westhaven ESB: License renewal')).toContainText(
    '40 professional learning points for its credentials that meet the quality standards',
  );
  await expect(block(page)).toContainText('Completing it takes 49 hours of learning: 4.9 CEUs by time alone');

  await page.goto('/stacks/adult-sel/');
  await expect(item(page, 'Northlake State: Graduate credit')).toContainText(
    '3 graduate credit hours for completing the stack',
  );
  // An N-of-M stack: a range, by which credentials complete it.
  await page.goto(PAGE_KINDS.nOfMStack);
  await expect(item(page, 'Westhaven ESB: License renewal')).toContainText(
    '10 to 30 professional learning points',
  );
  await expect(block(page).locator('details summary')).toHaveText('Rules not in effect today (1)');
});

test('the recognizer page lists each rule at a stable address, and its policy lists them back', async ({
  page,
}) => {
  await page.goto('/recognizers/harbor-county-schools/#rule-quality-credentials-step');
  const rule = page.locator('#rule-quality-credentials-step');
  await expect(rule).toBeInViewport();
  await expect(rule).toContainText('1 salary step for every 4 credentials, at most 2 salary steps');
  await expect(rule).toContainText('Any active credential that meets all the quality standards');
  const meets = catalog.credentials.filter((c) => c.status === 'active' && c.quality === 'meets').length;
  await expect(rule.locator('summary')).toHaveText(`The ${meets} credentials it accepts today`);
  await page.goto(PAGE_KINDS.policy);
  await expect(page.getByText('Fictional.', { exact: false }).first()).toBeVisible();
  await page.getByRole('link', { name: 'Competency-based license renewal' }).last().click();
  await expect(page).toHaveURL(/\/recognizers\/westhaven-esb\/#rule-competency-renewal$/);
  await page.goto(PAGE_KINDS.recognizers);
  await expect(page.getByRole('main').getByRole('heading', { level: 2 })).toHaveText([
    'Harbor County Public Schools',
    'Northlake State University College of Education',
    'Westhaven Educator Standards Board',
  ]);
});

test("the glossary's recognizer entry leads to the recognizers", async ({ page }) => {
  await page.goto(PAGE_KINDS.glossary);
  await page.locator('dt#recognizer + dd').getByRole('link', { name: 'Recognizers' }).click();
  await expect(page).toHaveURL(/\/recognizers\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Recognizers');
});

async function ready(page: Page) {
  await page.goto('/credentials/');
  await expect(page.locator('#search-app')).toHaveAttribute('data-counted', /\d+/);
}

const FACETS: { facet: string; value: string; match: (c: Cred) => boolean }[] = [
  {
    facet: 'recognizer',
    value: 'Harbor County',
    match: (c) => recognized(c, (r) => r.recognizer === 'harbor-county-schools'),
  },
  {
    facet: 'recognizer',
    value: 'Northlake State',
    match: (c) => recognized(c, (r) => r.recognizer === 'northlake-state'),
  },
  {
    facet: 'purpose',
    value: PURPOSES['graduate-credit'],
    match: (c) => recognized(c, (r) => r.purpose === 'graduate-credit'),
  },
  {
    facet: 'purpose',
    value: PURPOSES['pd-hours'],
    match: (c) => recognized(c, (r) => r.purpose === 'pd-hours'),
  },
];

for (const f of FACETS) {
  test(`facet ${f.facet} = ${f.value} narrows to the credentials it recognizes`, async ({ page }) => {
    await ready(page);
    const expected = catalog.credentials
      .filter((c) => c.status === 'active' && f.match(c))
      .map((c) => c.title)
      .sort();
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(catalog.credentials.filter((c) => c.status === 'active').length);
    const box = page.locator(`[data-facet="${f.facet}"] input[value="${f.value}"]`);
    await expect(box.locator('xpath=following-sibling::label')).toContainText(` ${expected.length}`);
    const before = Number(await page.locator('#search-app').getAttribute('data-counted'));
    await box.check();
    await expect(page.locator('#search-app')).toHaveAttribute(
      'data-counted',
      new RegExp(`^(?!${before}$)\\d+$`),
    );
    while (await page.locator('#show-more').isVisible()) await page.locator('#show-more').click();
    expect((await page.locator('#results h3').allTextContents()).sort()).toEqual(expected);
  });
}

test('machine-readable: catalog.json, recognizer.json and CTDL at stable URLs', async ({ request }) => {
  expect(catalog.recognizers?.map((r) => r.id)).toEqual([
    'harbor-county-schools',
    'northlake-state',
    'westhaven-esb',
  ]);
  const doc = (await (await request.get('/recognizers/northlake-state/recognizer.json')).json()) as {
    rules: { id: string; purpose: string; policy: { url: string }; credentials: string[] }[];
  };
  expect(doc.rules.map((r) => `${r.id} ${r.purpose}`)).toEqual([
    'adult-sel-graduate-credit graduate-credit',
    'personalized-learning-graduate-credit graduate-credit',
  ]);
  // catalog.json describes the same rules once, and its credentials name them back.
  const listed = catalog.recognizers?.find((r) => r.id === 'northlake-state')?.rules ?? [];
  expect(listed.map((r) => `${r.id} ${r.purpose} ${r.policy.url}`)).toEqual(
    doc.rules.map((r) => `${r.id} ${r.purpose} ${r.policy.url}`),
  );
  for (const rule of doc.rules)
    expect(
      catalog.credentials
        .filter((c) => c.recognitions?.some((x) => x.recognizer === 'northlake-state' && x.rule === rule.id))
        .map((c) => c.id)
        .sort(),
      rule.id,
    ).toEqual([...rule.credentials].sort());
  // Recognition is not an Open Badges field: the Achievement does not carry it.
  const achievement = await (
    await request.get('/credentials/riverbend-usd/hinge-questions/achievement.json')
  ).text();
  expect(achievement).not.toMatch(/recogni|westhaven|harbor/i);
  // Every published CTDL document, as served, is valid against Credential Engine's schemas.
  const urls = [
    ...catalog.credentials.flatMap((c) => (c.ctdl ? [c.ctdl] : [])),
    ...catalog.stacks.map((s) => s.ctdl),
    ...(catalog.recognizers ?? []).map((r) => r.ctdl),
    ...catalog.issuers.map((i) => i.page.replace(/\/$/, '/ctdl.json')),
  ];
  expect(urls.length).toBeGreaterThan(30);
  for (const url of urls) {
    const res = await request.get(new URL(url).pathname);
    expect(res.status(), url).toBe(200);
    expect(validateCtdl((await res.json()) as Record<string, unknown>), url).toEqual([]);
  }
  const stack = (await (await request.get('/stacks/adult-sel/ctdl.json')).json()) as Record<string, unknown>;
  expect(stack['@context']).toBe('http://credreg.net/ctdl/schema/context/json');
  expect((stack['@graph'] as { '@type': string }[])[0]?.['@type']).toBe('ceterms:Pathway');
});

test('no credential, stack or recognizer page is wider than a 360 px phone', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 360, height: 800 });
  const urls = [
    ...catalog.credentials.map((c) => c.page),
    ...catalog.stacks.map((s) => s.page),
    ...(catalog.recognizers ?? []).map((r) => r.page),
  ].map((u) => new URL(u).pathname);
  urls.push(PAGE_KINDS.recognizers, PAGE_KINDS.policy);
  expect(urls.length).toBeGreaterThan(30);
  for (const url of urls) {
    await page.goto(url);
    await page.locator('details').evaluateAll((ds) => ds.forEach((d) => d.setAttribute('open', '')));
    expect(await page.evaluate(() => document.documentElement.scrollWidth), url).toBeLessThanOrEqual(360);
  }
});
