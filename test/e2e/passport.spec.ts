/**
 * The educator's passport in Chromium, on badges issued by our own tools (scripts/e2e-prepare.ts):
 * one educator's four badges of an ordered stack, a revoked badge and a tampered one. The page
 * shows the stack complete, the totals and each recognizer's credit; the bad badges are listed
 * but not counted; the email check, the link, the downloads, print, axe, 360 px and offline.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { readFileSync } from 'node:fs';

const B = '.e2e/badges';
const SLUGS = ['success-criteria', 'hinge-questions', 'exit-ticket-analysis', 'actionable-feedback'];
const pats = SLUGS.map((s) => `${B}/passport/${s}/0001-pat-example-org/badge.png`);
const revoked = `${B}/revoked/0001-bob-example-org/badge.jwt`;

/** Ada's valid badge with its name changed after signing. */
function tampered(): string {
  const [h, p, s] = readFileSync(`${B}/valid/0001-ada-example-org/badge.jwt`, 'utf8').trim().split('.');
  const payload = JSON.parse(Buffer.from(p ?? '', 'base64url').toString()) as Record<string, unknown>;
  payload.name = 'A forged credential';
  return `${h}.${Buffer.from(JSON.stringify(payload)).toString('base64url')}.${s}`;
}

async function dropSet(page: Page) {
  await page.getByLabel('Or paste badges').fill(tampered());
  await page.setInputFiles('#passport-files', [...pats, revoked]);
  await expect(page.locator('#passport-heading')).toBeFocused({ timeout: 20_000 });
}

const row = (page: Page, n: number) => page.locator(`[data-badge="${n}"]`);

test.describe('educator’s passport', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('/passport/');
  });

  test('a set of badges: the stack completes, totals and credit follow; the bad ones are listed, not counted', async ({
    page,
  }) => {
    await dropSet(page);
    await expect(page.locator('#passport-heading')).toHaveText('Professional learning record: Pat Rivera');
    await expect(page.locator('.pp-headline')).toHaveText('6 badges: 4 verified and counted, 2 left out.');
    const totals = page.locator('.pp-totals');
    await expect(totals).toContainText('Verified credentials4');
    await expect(totals).toContainText('49 hours');
    await expect(totals).toContainText('4.9 CEUs');
    await expect(totals).toContainText('Stacks complete1');

    const stack = page.locator('[data-stack="formative-assessment-foundations"]');
    await expect(stack).toContainText('Complete: 4 of 4 held.');
    await expect(stack).toContainText('Rule: All 4, in order.');
    await expect(stack.locator('li.held')).toHaveCount(4);
    await expect(stack.locator('li.missing')).toHaveCount(0);

    const harbor = page.locator('[data-recognizer="harbor-county-schools"]');
    await expect(harbor.locator('.pp-earned')).toHaveText('1 salary step (Salary advancement)');
    await expect(harbor.locator('[data-rule="formative-assessment-step"]')).toContainText('1 salary step');
    // The stack took its credentials: the "any four" rule does not count them again.
    await expect(harbor.locator('[data-rule="quality-credentials-step"]')).toContainText('0 salary steps');

    for (const n of [1, 2, 3, 4]) await expect(row(page, n)).toHaveClass(/pp-counted/);
    // The pasted tampered badge comes after the files; the revoked badge is the fifth file.
    const bad = page.locator('.pp-badge:not(.pp-counted)');
    await expect(bad).toHaveCount(2);
    await expect(bad.filter({ hasText: 'A forged credential' })).toContainText(
      'Not counted: Do not rely on this badge.',
    );
    await expect(bad.filter({ hasText: 'Bob Moses' })).toContainText('revoked');
    await expect(page.locator('#pp-left-out')).toHaveText('Left out (2)');
  });

  test('one email checked against every badge, hashed here', async ({ page }) => {
    await dropSet(page);
    await page.getByLabel(/Educator’s email/).fill('pat@example.org');
    await expect(row(page, 1)).toContainText('Awarded to the email typed.');
    await page.getByLabel(/Educator’s email/).fill('someone@example.org');
    await expect(page.locator('[data-callout="email"]')).toContainText(
      '4 badges were awarded to another email address',
    );
    await expect(page.locator('.pp-headline')).toHaveText('6 badges: 0 verified and counted, 6 left out.');
  });

  test('badges of different earners are called out; one educator’s record leaves the others out', async ({
    page,
  }) => {
    await page.setInputFiles('#passport-files', [
      ...pats,
      `${B}/data-integrity/0001-cy-example-org/badge.svg`,
    ]);
    const callout = page.locator('[data-callout="earners"]');
    await expect(callout).toContainText('Pat Rivera (badges 1, 2, 3, 4); Cy Young (badge 5)', {
      timeout: 20_000,
    });
    await expect(page.locator('.pp-headline')).toHaveText('5 badges: 5 verified and counted.');
    await callout.getByRole('button', { name: 'Pat Rivera’s record' }).click();
    await expect(page.locator('#passport-heading')).toHaveText('Professional learning record: Pat Rivera');
    await expect(page.locator('.pp-headline')).toHaveText('5 badges: 4 verified and counted, 1 left out.');
    await expect(row(page, 5)).toContainText('Not counted: it names another earner than Pat Rivera.');
  });

  test('the link carries the badges in the fragment and gives the same passport', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await dropSet(page);
    await page.getByRole('button', { name: 'Copy a link to these badges' }).click();
    await expect(page.locator('#pp-share-note')).toContainText('never sent to a server');
    const url = page.url();
    expect(url).toMatch(/\/passport\/#badges=[A-Za-z0-9_-]+$/);
    const other = await context.newPage();
    await other.goto(url);
    await expect(other.locator('.pp-headline')).toHaveText('6 badges: 4 verified and counted, 2 left out.', {
      timeout: 20_000,
    });
  });

  test('downloads: CSV with a row per badge, JSON record', async ({ page }) => {
    await dropSet(page);
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download CSV' }).click(),
    ]);
    const lines = readFileSync(await csv.path(), 'utf8')
      .trim()
      .split('\r\n');
    expect(lines[0]).toMatch(/^badge,verdict,counted,/);
    expect(lines).toHaveLength(7);
    const [json] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download JSON' }).click(),
    ]);
    const record = JSON.parse(readFileSync(await json.path(), 'utf8')) as {
      counted: number;
      completedStacks: string[];
    };
    expect(record).toMatchObject({ counted: 4, completedStacks: ['formative-assessment-foundations'] });
  });

  test('dropped badge files', async ({ page }) => {
    const texts = SLUGS.map((s) =>
      readFileSync(`${B}/passport/${s}/0001-pat-example-org/badge.jwt`, 'utf8').trim(),
    );
    const dt = await page.evaluateHandle((list) => {
      const d = new DataTransfer();
      list.forEach((t, i) => d.items.add(new File([t], `badge-${i + 1}.jwt`, { type: 'text/plain' })));
      return d;
    }, texts);
    await page.dispatchEvent('#passport-drop', 'drop', { dataTransfer: dt });
    await expect(page.locator('.pp-headline')).toHaveText('4 badges: 4 verified and counted.', {
      timeout: 20_000,
    });
    await expect(page.locator('[data-stack="formative-assessment-foundations"]')).toContainText(
      'Complete: 4 of 4 held.',
    );
  });

  test('a verifiable presentation signed by its holder: unpacked, the holder proof checked, the tie reported per badge', async ({
    page,
  }) => {
    const { privateKey, publicKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519', extractable: true });
    const pub = await exportJWK(publicKey);
    const did = `did:jwk:${Buffer.from(JSON.stringify({ kty: pub.kty, crv: pub.crv, x: pub.x })).toString('base64url')}`;
    const credentials = SLUGS.map((s) =>
      readFileSync(`${B}/passport/${s}/0001-pat-example-org/badge.jwt`, 'utf8').trim(),
    );
    const vp = await new SignJWT({
      vp: {
        '@context': ['https://www.w3.org/2018/credentials/v1'],
        type: ['VerifiablePresentation'],
        holder: did,
        verifiableCredential: credentials,
      },
    })
      .setProtectedHeader({ alg: 'EdDSA', kid: `${did}#0` })
      .setIssuer(did)
      .sign(privateKey);
    await page.getByLabel('Or paste badges').fill(vp);
    await page.getByRole('button', { name: 'Add up my badges' }).click();
    await expect(page.locator('.pp-headline')).toHaveText('4 badges: 4 verified and counted.', {
      timeout: 20_000,
    });
    await expect(page.locator('[data-presentation]')).toContainText('The holder’s signature is valid');
    // Pat's badges name her by a hashed email, which no key can prove: said on each badge, never assumed.
    await expect(row(page, 1).locator('.pp-holder')).toContainText('Not tied to the holder');
  });

  test('a folder of badges', async ({ page }) => {
    await page.setInputFiles('#passport-folder', `${B}/passport`);
    await expect(page.locator('.pp-headline')).toContainText('4 verified and counted', { timeout: 20_000 });
  });

  test('print: a one-record page without the form', async ({ page }, info) => {
    await dropSet(page);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('#passport-form')).toBeHidden();
    await expect(page.locator('.pp-take, #pp-take')).toBeHidden();
    await expect(row(page, 1).locator('.pp-url')).toHaveText(
      ' https://stackable.example/credentials/riverbend-usd/success-criteria/',
    );
    await expect(page.locator('.pp-meta')).toContainText('against the catalog at https://stackable.example/');
    await expect(page.locator('.site-header')).toBeHidden();
    await page.screenshot({ path: info.outputPath('passport-print.png'), fullPage: true });
  });

  test('axe: the passport with a result has no violations', async ({ page }) => {
    await dropSet(page);
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
      .analyze();
    expect(
      results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    ).toEqual([]);
  });

  test('at 360 px nothing is wider than the screen', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    await dropSet(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });

  test('works offline once loaded: a Data Integrity badge is verified with the network off', async ({
    page,
    context,
  }) => {
    // The on-demand parts load when the page is idle.
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(2500);
    await context.setOffline(true);
    await page.setInputFiles('#passport-files', `${B}/data-integrity/0001-cy-example-org/badge.svg`);
    await expect(page.locator('.pp-headline')).toHaveText('1 badge: 1 verified and counted.', {
      timeout: 20_000,
    });
    // Pasting works offline too.
    await page.getByRole('button', { name: 'Start over' }).click();
    await page
      .getByLabel('Or paste badges')
      .fill(readFileSync(`${B}/valid/0001-ada-example-org/badge.jwt`, 'utf8'));
    await page.getByRole('button', { name: 'Add up my badges' }).click();
    await expect(row(page, 1)).toContainText('Hinge Questions for Responsive Teaching', { timeout: 20_000 });
    await expect(page.locator('.pp-headline')).toHaveText('1 badge: 1 verified and counted.');
    await context.setOffline(false);
  });
});
