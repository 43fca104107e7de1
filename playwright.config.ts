import { defineConfig, devices } from '@playwright/test';

/** E2E_PORT lets a second working tree run its browser tests beside this one without sharing a server. */
const PORT = Number(process.env.E2E_PORT ?? 3100);

/** End-to-end tests drive Debian's Chromium against the production build (`npm run build` first). */
export default defineConfig({
  testDir: 'e2e',
  fullyParallel: false,
  // Two cores: one browser rendering WebGL in software next to the server is all the machine takes reliably.
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://localhost:${PORT}`,
    trace: 'retain-on-failure',
    locale: 'en-GB',
    timezoneId: 'UTC',
    viewport: { width: 1400, height: 1000 },
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 1400, height: 1000 },
        launchOptions: { executablePath: '/usr/bin/chromium' },
      },
    },
  ],
  webServer: {
    command: `node node_modules/next/dist/bin/next start -p ${PORT}`,
    url: `http://localhost:${PORT}/en`,
    // Link previews carry absolute URLs from SITE_URL: here, the test server itself.
    env: { SITE_URL: `http://localhost:${PORT}` },
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
    stdout: 'pipe',
    stderr: 'pipe',
  },
});
