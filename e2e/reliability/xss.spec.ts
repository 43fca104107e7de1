import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from '../fixtures';
import { projectInMap, waitForMap } from '../helpers';
import { HOSTILE_ID, hostileData, PAYLOADS } from './support/hostile-corpus';
import { startServer, type Server } from './support/server';
import type { TempData } from './support/temp-data';

// An article whose text carries <script> and <img onerror> must be shown as text everywhere it
// appears: evidence, reasons, tooltips and the reader. Each check runs twice: under the production
// CSP, and with the CSP bypassed, so it is the rendering itself, not the policy, that is proven safe.

const PORT = 3311;
let data: TempData;
let server: Server;

test.beforeAll(async () => {
  data = hostileData();
  server = await startServer(PORT, data.env);
});

test.afterAll(async () => {
  await server?.stop();
  data?.remove();
});

type Watch = { dialogs: string[]; violations: () => Promise<string[]> };

/** Counts every dialog (each payload calls alert) and every CSP violation report in the page. */
async function watch(context: BrowserContext, page: Page): Promise<Watch> {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.sample}`));
  });
  return {
    dialogs,
    violations: () => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations),
  };
}

/** Nothing the payloads would have created exists in the DOM, and nothing ran. */
async function expectInert(page: Page, w: Watch) {
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  // Page data inside Next.js's own inline scripts holds the payloads as JSON strings; an injected
  // element would be a script whose whole text is the payload.
  expect(
    await page
      .locator('script')
      .evaluateAll((els) => els.filter((e) => /^alert\(\d\)$/.test(e.textContent?.trim() ?? '')).length),
  ).toBe(0);
  expect(w.dialogs).toEqual([]);
  expect(await w.violations()).toEqual([]);
}

for (const bypassCSP of [false, true]) {
  const mode = bypassCSP ? 'with the CSP bypassed' : 'under the CSP';

  test.describe(mode, () => {
    test.use({ bypassCSP });

    test(`evidence and reasons in the detail panel are text (${mode})`, async ({ context, page }) => {
      const w = await watch(context, page);
      await page.goto(`${server.url}/en?country=FRA~POL&tab=table`);
      const detail = page.locator('section.detail[data-iso3="FRA"]');
      await expect(detail.locator('.evidence__text', { hasText: PAYLOADS.script })).toContainText(PAYLOADS.image);
      await page.locator('.chips').getByText('Poland').click();
      await expect(
        page.locator('section.detail[data-iso3="POL"] .fact__reason', { hasText: PAYLOADS.reason }),
      ).toBeVisible();
      await expectInert(page, w);
    });

    test(`the map tooltip shows the reason as text (${mode})`, async ({ context, page }) => {
      const w = await watch(context, page);
      const view = { lon: 19.4, lat: 52.1, zoom: 5 };
      await page.goto(`${server.url}/en?view=${view.lon},${view.lat},${view.zoom}`);
      const canvas = await waitForMap(page);
      const box = (await canvas.boundingBox())!;
      const point = projectInMap(view, box, 19.4, 52.1);
      await page.mouse.move(point.x, point.y);
      await expect(page.locator('.map-tooltip')).toContainText('Poland');
      // The tooltip gives the reason as a phrase of its own; the article's words (the payload) stay in the detail
      // panel and the reader, checked above and below. Nothing of the payload may become markup here either.
      await expect(page.locator('.map-tooltip .map-tooltip__reason')).toBeVisible();
      expect(await page.locator('.map-tooltip img, .map-tooltip script').count()).toBe(0);
      await expectInert(page, w);
    });

    test(`the reader shows the article and its source as text (${mode})`, async ({ context, page }) => {
      const w = await watch(context, page);
      await page.goto(`${server.url}/en/articles/${HOSTILE_ID}`);
      await expect(page.locator('.reader__text')).toContainText(PAYLOADS.script);
      await expect(page.locator('.reader__text')).toContainText(PAYLOADS.image);
      await expect(page.locator('.reader__meta')).toContainText(PAYLOADS.source);
      // Highlighted mentions wrap the payload in <mark>; it must stay text inside them too.
      await expect(page.locator('.reader__text mark', { hasText: PAYLOADS.reason })).toHaveCount(1);
      await expectInert(page, w);
    });
  });
}

test('the API returns the payloads as JSON strings, never as HTML', async ({ request }) => {
  const response = await request.get(`${server.url}/api/articles/${HOSTILE_ID}`);
  expect(response.headers()['content-type']).toMatch(/^application\/json/);
  expect(response.headers()['x-content-type-options']).toBe('nosniff');
  expect((await response.json()).text).toContain(PAYLOADS.script);
});

test('the detectors notice markup that does run (so the checks above can fail)', async ({ context, page }) => {
  const w = await watch(context, page);
  await page.setContent(`<p>${PAYLOADS.image}</p><script>${'alert(5)'}</script>`);
  await expect.poll(() => w.dialogs.length).toBe(2);
  expect(await page.locator('img[src="x"]').count()).toBe(1);
});
