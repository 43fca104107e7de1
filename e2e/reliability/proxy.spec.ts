import { expect, test } from '../fixtures';
import { startNginx, type Nginx } from './support/nginx';

// The shipped caching proxy (deploy/nginx/nginx.conf) in front of the test server: shared views, API answers,
// link-preview pictures and build files are served from nginx's cache after the first request, and what comes
// out of the cache is the page, whole and decodable.

const PROXY_PORT = 8393;
let nginx: Nginx;

test.beforeAll(async ({}, info) => {
  info.setTimeout(180_000);
  nginx = await startNginx([`http://127.0.0.1:${new URL(info.project.use.baseURL!).port}`], PROXY_PORT);
});

test.afterAll(async () => {
  await nginx?.stop();
});

test('nginx keeps shared views, API answers and pictures, and serves them from its cache', async ({ request }) => {
  const html = await (await request.get('/en')).text();
  const chunk = /src="(\/_next\/static\/[^"]+\.js)"/.exec(html)![1]!;
  for (const path of [
    '/en?time=2025-04-15&country=POL',
    '/ar?stance=declined',
    '/api/positions',
    '/preview/en.png?time=2025-04-15',
    chunk,
  ]) {
    const first = await request.get(`${nginx.url}${path}`, { headers: { 'accept-encoding': 'gzip' } });
    expect(first.status(), path).toBe(200);
    expect(first.headers()['x-cache-status'], path).toMatch(/^(MISS|EXPIRED|STALE|UPDATING)$/);
    const again = await request.get(`${nginx.url}${path}`, { headers: { 'accept-encoding': 'gzip' } });
    expect(again.headers()['x-cache-status'], path).toBe('HIT');
    expect((await again.body()).equals(await first.body()), path).toBe(true);
    if (path.startsWith('/en') || path.startsWith('/ar')) expect(await again.text(), path).toMatch(/^<!DOCTYPE html>/i);
  }
});

test('nginx keeps each encoding apart, and revalidates with the ETag', async ({ request }) => {
  const path = `${nginx.url}/en?time=2025-03-01`;
  await request.get(path, { headers: { 'accept-encoding': 'gzip' } });
  const plain = await request.get(path, { headers: { 'accept-encoding': 'identity' } });
  expect(plain.headers()['content-encoding']).toBeUndefined();
  expect(await plain.text()).toMatch(/^<!DOCTYPE html>/i);
  const etag = plain.headers()['etag']!;
  const revalidated = await request.get(path, { headers: { 'accept-encoding': 'identity', 'if-none-match': etag } });
  expect(revalidated.status()).toBe(304);
});
