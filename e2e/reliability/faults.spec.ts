import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '../fixtures';
import { startServer, type Server } from './support/server';
import { tempData, type TempData } from './support/temp-data';

// The data files can vanish or be half-replaced under a running server. The API must say so with a
// 503, the page must show an error with Retry (not a blank screen), and Retry must recover once the
// file is back, without restarting anything. These tests run their own server on a private copy.

const PORT = 3310;
let data: TempData;
let server: Server;

test.beforeAll(async () => {
  data = tempData();
  server = await startServer(PORT, data.env);
});

test.afterAll(async () => {
  await server?.stop();
  data?.remove();
});

const BROKEN = [
  { name: 'missing', break: () => data.hide(data.positionsFile), message: /positions data is missing/ },
  {
    name: 'cut off halfway',
    break: () => data.overwrite(data.positionsFile, '{"type":"FeatureCollection","features":[{"type":"Fea'),
    message: /positions data is corrupt/,
  },
  {
    name: 'valid JSON of the wrong shape',
    break: () => data.overwrite(data.positionsFile, '{"type":"FeatureCollection","features":[{}]}'),
    message: /positions data is invalid/,
  },
];

for (const broken of BROKEN) {
  test(`a positions file that is ${broken.name}: 503 from the API, an error with Retry on the page, recovery on Retry`, async ({
    page,
    request,
  }) => {
    const restore = broken.break();
    try {
      const api = await request.get(`${server.url}/api/positions`);
      expect(api.status()).toBe(503);
      expect(api.headers()['retry-after']).toBe('5');
      expect((await api.json()).error).toMatch(broken.message);

      await page.goto(`${server.url}/en?country=GBR`);
      const alert = page.getByRole('alert').filter({ hasText: 'Retry' });
      await expect(alert).toBeVisible({ timeout: 30_000 });
      await expect(alert).toContainText(broken.message);
      await expect(page.getByRole('heading', { level: 1, name: 'Willing Atlas' })).toBeVisible();
      const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
      expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual(
        [],
      );
    } finally {
      restore();
    }
    await page.getByRole('button', { name: 'Retry' }).click();
    await expect(page.locator('section.detail[data-iso3="GBR"]')).toBeVisible({ timeout: 30_000 });
    await expect(page.getByRole('tab', { name: 'Map' })).toBeVisible();
    expect((await request.get(`${server.url}/api/positions`)).status()).toBe(200);
  });
}

test('a missing article index: every API route that needs it answers 503, an article id still 404s when the index is back', async ({
  request,
}) => {
  const restore = data.hide(`${data.articlesDir}/index.json`);
  try {
    for (const path of ['/api/articles', '/api/positions', '/api/articles/000_8d37e79ea93a1486']) {
      const response = await request.get(`${server.url}${path}`);
      expect(response.status(), path).toBe(503);
      expect((await response.json()).error, path).toMatch(/article index is missing/);
    }
  } finally {
    restore();
  }
  expect((await request.get(`${server.url}/api/articles`)).status()).toBe(200);
  expect((await request.get(`${server.url}/api/articles/no-such-article`)).status()).toBe(404);
});

test('a missing article text: the reader shows an error with Retry and recovers', async ({ page, request }) => {
  const id = '000_8d37e79ea93a1486';
  const restore = data.hide(`${data.articlesDir}/${id}.txt`);
  try {
    expect((await request.get(`${server.url}/api/articles/${id}`)).status()).toBe(503);
    await page.goto(`${server.url}/en/articles/${id}`);
    await expect(page.getByRole('alert').filter({ hasText: 'Retry' })).toBeVisible({ timeout: 30_000 });
  } finally {
    restore();
  }
  await page.getByRole('button', { name: 'Retry' }).click();
  await expect(page.locator('article.reader .reader__text')).toBeVisible({ timeout: 30_000 });
});
