import { defineConfig } from '@playwright/test';
import shared from '../../playwright.config';

/**
 * For running only the editor's browser tests: `npx playwright test -c e2e/editor`. They start their own server
 * (a free port of 3410–3419, a temporary store and data), so no shared server is needed. CI runs them through
 * the main config.
 */
export default defineConfig({
  ...shared,
  testDir: '.',
  outputDir: '/tmp/wa-editor-results',
  webServer: undefined,
});
