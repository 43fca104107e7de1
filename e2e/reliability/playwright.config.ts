import { resolve } from 'node:path';
import { defineConfig } from '@playwright/test';
import shared from '../../playwright.config';

/**
 * For running only these specs while others use port 3100 in the same working tree:
 * `NEXT_DIST_DIR=.next-rel npx playwright test -c e2e/reliability` (E2E_PORT moves it off 3301, as in the main
 * config). CI runs them through the main config.
 */
const PORT = Number(process.env.E2E_PORT ?? 3301);

export default defineConfig({
  ...shared,
  testDir: '.',
  // Outside test-results/, which other runs in this working tree clean up while these run.
  outputDir: '/tmp/wa-reliability-results',
  use: { ...shared.use, baseURL: `http://127.0.0.1:${PORT}` },
  webServer: {
    command: `node node_modules/next/dist/bin/next start -p ${PORT} -H 127.0.0.1`,
    cwd: resolve(import.meta.dirname, '../..'),
    url: `http://127.0.0.1:${PORT}/en`,
    reuseExistingServer: false,
    timeout: 120_000,
  },
});
