import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from './fixtures';
import { openDashboard } from './helpers';

// Embeds as a newsroom uses them: the snippet from the "Embed" button pasted into a page of another site.

/**
 * A page of another site (another origin: 127.0.0.1 on its own port, against the app's localhost) that holds `html`.
 * A real server, not a routed response: Chromium lets only a page on a local address frame a local one.
 */
async function hostPage(html: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server = createServer((_, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(html);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/article.html`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

test('an embed of a view shows its map, timeline and legend, and links back to the full view', async ({ page }) => {
  const response = await page.goto('/en/embed?time=2025-04-15&country=POL');
  const headers = response!.headers();
  expect(headers['content-security-policy']).toMatch(/frame-ancestors \*/);
  expect(headers['x-frame-options']).toBeUndefined();
  await expect(
    page.locator('svg.overview-map[data-loaded="true"], .atlas-map__canvas[data-loaded="true"]').first(),
  ).toBeVisible({
    timeout: 30_000,
  });
  await expect(page.getByRole('slider').first()).toHaveAttribute('aria-valuetext', /15 April 2025/);
  await expect(page.locator('.legend')).toContainText('Declined');
  await expect(page.locator('.embed__source')).toContainText('Natural Earth');
  await expect(page.getByRole('link', { name: 'Open the full dashboard' })).toHaveAttribute(
    'href',
    '/en?time=2025-04-15&country=POL',
  );
  // Not the dashboard: no tabs, table or exports in an embed.
  await expect(page.getByRole('tab')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'CSV' })).toHaveCount(0);
});

test('another site frames the embed from the Embed button, and its script sizes the frame to the content', async ({
  page,
  baseURL,
}) => {
  await openDashboard(page, '/en?time=2025-04-15&stance=declined');
  await page.getByText('Embed', { exact: true }).click();
  const code = page.getByRole('textbox', { name: 'Code to embed this view in a web page' });
  await expect(code).toHaveValue(/<iframe /);
  const snippet = await code.inputValue();
  expect(snippet).toContain(`src="${baseURL}/en/embed?time=2025-04-15&amp;stance=declined"`);
  expect(snippet).toContain(`<script src="${baseURL}/embed.js" async></script>`);

  // The article page lives on another origin and holds the pasted snippet.
  const host = await hostPage(`<!doctype html><h1>An article</h1>${snippet}<p>After</p>`);
  await page.goto(host.url);
  const frame = page.frameLocator('iframe[data-willing-atlas]');
  await expect(frame.locator('.legend')).toContainText('Declined', { timeout: 30_000 });
  await expect(frame.getByRole('slider').first()).toHaveAttribute('aria-valuetext', /15 April 2025/);
  // The embed reported its height and the host's script applied it: the frame is no longer 640 px tall.
  const iframe = page.locator('iframe[data-willing-atlas]');
  await expect.poll(async () => Number(await iframe.getAttribute('height')), { timeout: 15_000 }).not.toBe(640);
  // The content may still settle (fonts, timeline marks): each change is reported again, so the frame follows it.
  const mismatch = async () => {
    const content = await frame
      .locator('main.embed')
      .evaluate((main) => Math.ceil(main.getBoundingClientRect().height));
    return Math.abs((await iframe.boundingBox())!.height - content);
  };
  await expect.poll(mismatch, { timeout: 10_000 }).toBeLessThanOrEqual(2);
  await host.close();
});

test('oEmbed turns a pasted link into the embed, and says no to what it does not serve', async ({
  request,
  baseURL,
}) => {
  const html = await (await request.get('/en?time=2025-04-15')).text();
  const discovery = /<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/.exec(html)?.[1];
  expect(discovery?.replace(/&amp;/g, '&')).toBe(
    `${baseURL}/api/oembed?url=${encodeURIComponent(`${baseURL}/en?time=2025-04-15`)}`,
  );

  const answer = await request.get(
    `/api/oembed?url=${encodeURIComponent(`${baseURL}/ar?time=2025-04-15`)}&maxwidth=600`,
  );
  expect(answer.status()).toBe(200);
  const body = await answer.json();
  expect(body).toMatchObject({ version: '1.0', type: 'rich', width: 600, height: 640, provider_name: 'أطلس الراغبين' });
  expect(body.html).toContain(`src="${baseURL}/ar/embed?time=2025-04-15"`);
  expect(body.thumbnail_url).toBe(`${baseURL}/preview/ar.png?time=2025-04-15`);
  expect(body.title).toMatch(/حتى ١٥ أبريل ٢٠٢٥/);

  expect((await request.get(`/api/oembed?url=${encodeURIComponent(`${baseURL}/en`)}&format=xml`)).status()).toBe(501);
  expect((await request.get(`/api/oembed?url=${encodeURIComponent('https://example.org/en')}`)).status()).toBe(404);
  expect((await request.get(`/api/oembed?url=${encodeURIComponent(`${baseURL}/en/articles/x`)}`)).status()).toBe(404);
  expect((await request.get('/api/oembed')).status()).toBe(400);
});
