import { defineConfig, devices } from '@playwright/test';
import { existsSync } from 'node:fs';

/**
 * E2E against the production build served by `astro preview`, in real Chromium.
 * Where Playwright cannot download its own browser (as on our CI machines), Debian's Chromium
 * is used; elsewhere Playwright's own Chromium.
 */
const PORT = Number(process.env.E2E_PORT ?? 4322);
const systemChromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
const isCI = Boolean(process.env.CI);

export default defineConfig({
  testDir: 'test/e2e',
  fullyParallel: true,
  forbidOnly: isCI,
  retries: 0,
  workers: 2,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          ...(systemChromium && !process.env.PLAYWRIGHT_OWN_BROWSER
            ? { executablePath: systemChromium }
            : {}),
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--disable-quic',
            '--no-first-run',
          ],
        },
      },
    },
  ],
  // The site under test is the catalog plus test keys and badges, built by scripts/e2e-prepare.ts.
  webServer: {
    command: `astro preview --port ${PORT} --host 127.0.0.1`,
    env: { STACKABLE_OUT: '.e2e/dist' },
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !isCI,
    timeout: 60_000,
  },
});
