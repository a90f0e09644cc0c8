/** The issuer's self-assessment page, end to end in Chromium. */
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';

test('assess a catalog credential, record levels, and download the result', async ({ page }) => {
  await page.goto('/self-assessment/');
  await page.getByLabel('A credential in the catalog').selectOption('riverbend-usd/hinge-questions');
  await expect(page.locator('#checks-research-based')).toContainText('At least two research citations');
  const radios = page.locator('.standard input[type="radio"][value="evident"]');
  for (const r of await radios.all()) await r.check();
  await expect(page.locator('#assessment-summary')).toContainText('meets every standard');
  await page.locator('input[name="level-research-based"][value="partially-evident"]').check();
  await page.getByLabel('Notes').nth(1).fill('Add a study of hinge questions in secondary science.');
  await expect(page.locator('#assessment-summary')).toContainText('1 standard(s) below “Evident”');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download (Markdown)' }).click(),
  ]);
  const md = readFileSync((await download.path()) ?? '', 'utf8');
  expect(md).toContain('# Self-assessment: Hinge Questions for Responsive Teaching');
  expect(md).toContain('## Research based: Partially evident');
  expect(md).toContain('Add a study of hinge questions in secondary science.');
  // The print layout drops the controls.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Print' })).toBeHidden();
});

test('a pasted draft is checked in the browser, with line numbers', async ({ page }) => {
  await page.goto('/self-assessment/');
  const draft = readFileSync('content/credentials/riverbend-usd/hinge-questions.mdx', 'utf8');
  await page.getByLabel(/Or your draft credential file/).fill(draft.replace(/^hours: 12$/m, 'hours: twelve'));
  await page.getByRole('button', { name: 'Check the draft' }).click();
  await expect(page.locator('#draft-problems')).toContainText(/Line \d+, hours: must be a number of hours/);
  await page.getByLabel(/Or your draft credential file/).fill(draft);
  await page.getByRole('button', { name: 'Check the draft' }).click();
  await expect(page.locator('#draft-problems')).toContainText('passes every rule of npm run check');
  await expect(page.locator('#checks-content-experts')).toContainText('Dana Okafor');
});

test('a pasted draft gets the rules of npm run check: expressions, elements, handlers, placeholders', async ({
  page,
}) => {
  await page.goto('/self-assessment/');
  const draft = readFileSync('content/credentials/riverbend-usd/hinge-questions.mdx', 'utf8')
    .replace('## Overview\n', '## Overview\n\nTotal: {1 + 1}\n\n<div onclick="steal()">Hi</div>\n')
    .replace(
      /^resubmission: .*$/m,
      'resubmission: The resubmission policy of this draft has not been written yet.',
    );
  await page.getByLabel(/Or your draft credential file/).fill(draft);
  await page.getByRole('button', { name: 'Check the draft' }).click();
  const problems = page.locator('#draft-problems');
  await expect(problems).toContainText('has a JavaScript expression {1 + 1}');
  await expect(problems).toContainText('has the element <div>, which is not allowed');
  await expect(problems).toContainText('has the event-handler attribute "onclick"');
  await expect(problems).toContainText('still has the placeholder text');
});
