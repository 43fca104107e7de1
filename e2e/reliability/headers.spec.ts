import { createHash } from 'node:crypto';
import { expect, test } from '../fixtures';
import { waitForMap } from '../helpers';

// Security headers as the browser receives them from the production server, and proof that the
// dashboard (MapLibre included) still runs under them.

const directives = (policy: string) =>
  new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .map(([name, ...sources]) => [name!, sources]),
  );

test('pages carry a hash CSP without inline or eval or remote sources, and the hardening headers', async ({
  request,
}) => {
  for (const path of ['/en', '/ar', '/en/articles/000_8d37e79ea93a1486']) {
    const response = await request.get(path);
    const headers = response.headers();
    const csp = directives(headers['content-security-policy'] ?? '');
    const scriptSrc = csp.get('script-src') ?? [];
    expect(scriptSrc, path).not.toContain("'unsafe-inline'");
    expect([...csp.values()].flat(), path).not.toContain("'unsafe-eval'");
    expect(
      [...csp.values()].flat().filter((s) => /^(https?:|wss?:|\*)/.test(s)),
      `${path} names no remote source`,
    ).toEqual([]);
    expect(csp.get('worker-src')).toEqual(expect.arrayContaining(["'self'", 'blob:']));
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('same-origin');
    expect(headers['permissions-policy']).toMatch(/camera=\(\).*microphone=\(\).*geolocation=\(\)/);
    expect(headers['x-frame-options']).toBe('DENY');
    expect(headers['x-powered-by']).toBeUndefined();
    // Every inline script Next.js wrote is allowed by its hash in this very response's policy; none other would run.
    const html = await response.text();
    const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
    expect(inline.length, path).toBeGreaterThan(0);
    const hashes = new Set(scriptSrc.filter((s) => s.startsWith("'sha256-")).map((s) => s.slice(8, -1)));
    for (const script of inline)
      expect(hashes.has(createHash('sha256').update(script).digest('base64')), path).toBe(true);
  }
});

test('a shared view is rendered once and served from the cache, for any order of its parameters', async ({
  request,
}) => {
  const first = await request.get('/en?time=2025-04-15&country=POL&layer=stance');
  const again = await request.get('/en?layer=stance&country=POL&time=2025-04-15');
  expect(first.status()).toBe(200);
  expect(again.status()).toBe(200);
  const etag = first.headers()['etag'];
  expect(etag).toMatch(/^"[A-Za-z0-9_-]+"$/);
  expect(again.headers()['etag']).toBe(etag);
  expect(first.headers()['cache-control']).toMatch(/public.*s-maxage=\d+.*stale-while-revalidate=\d+/);
  expect(first.headers()['vary']).toMatch(/rsc.*accept-encoding/i);
  // nginx keeps no response whose Vary is longer than 128 bytes.
  expect(first.headers()['vary']!.length).toBeLessThanOrEqual(128);
  // Revalidation: the same ETag gets a 304 with no body; another view has another ETag.
  const revalidated = await request.get('/en?time=2025-04-15&country=POL&layer=stance', {
    headers: { 'if-none-match': etag! },
  });
  expect(revalidated.status()).toBe(304);
  expect((await revalidated.body()).length).toBe(0);
  const other = await request.get('/en?time=2025-03-01&country=POL&layer=stance');
  expect(other.headers()['etag']).not.toBe(etag);
});

test('pages and API answers are sent compressed when the client accepts it, and decode to what they claim', async ({
  request,
}) => {
  for (const path of ['/en?country=POL', '/ar', '/api/positions']) {
    const response = await request.get(path, { headers: { 'accept-encoding': 'gzip' } });
    expect(response.status(), path).toBe(200);
    expect(response.headers()['content-encoding'], path).toBe('gzip');
    expect(response.headers()['vary'], path).toMatch(/accept-encoding/i);
    const text = await response.text();
    if (path.startsWith('/api/')) expect(() => JSON.parse(text), path).not.toThrow();
    else expect(text, path).toMatch(/^<!DOCTYPE html>/i);
  }
});

test('the page that renders for the cache cannot be reached from outside', async ({ request }) => {
  const forged = await request.get('/en', { headers: { 'x-atlas-render': 'guess' } });
  expect(forged.status()).toBe(400);
  const direct = await request.get('/cached-view?path=%2Fen', { headers: { 'x-atlas-render': 'guess' } });
  expect(direct.status()).toBe(400);
});

test('API answers forbid any active content and are never sniffed', async ({ request }) => {
  for (const path of [
    '/api/positions',
    '/api/articles',
    '/api/articles/000_8d37e79ea93a1486',
    '/api/articles/unknown',
  ]) {
    const headers = (await request.get(path)).headers();
    expect(headers['content-security-policy'], path).toBe("default-src 'none'; frame-ancestors 'none'");
    expect(headers['x-content-type-options'], path).toBe('nosniff');
    expect(headers['content-type'], path).toMatch(/^application\/json/);
  }
});

test('the map renders under the CSP with no violation reported', async ({ page, context }) => {
  await context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  await page.goto('/en?country=GBR');
  const canvas = await waitForMap(page, { zoomable: true });
  // Colour reached the canvas: the screenshot is not one flat colour.
  const png = await canvas.screenshot();
  expect(new Set(png.subarray(png.length / 2, png.length / 2 + 4096)).size).toBeGreaterThan(8);
  expect(workers.some((url) => url.includes('maplibre-gl-worker'))).toBe(true);
  expect(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)).toEqual([]);
});

test('another site cannot frame the dashboard', async ({ page, baseURL }) => {
  await page.setContent(`<iframe src="${baseURL}/en" width="800" height="600"></iframe>`);
  const frame = page.frames().find((f) => f !== page.mainFrame())!;
  await expect.poll(() => frame.url()).not.toBe('about:blank');
  // The browser replaces a refused frame with its own error page; the dashboard never loads in it.
  await page.waitForTimeout(1000);
  expect(
    await frame
      .getByRole('heading', { name: 'Willing Atlas' })
      .count()
      .catch(() => 0),
  ).toBe(0);
  expect(frame.url()).toMatch(/^chrome-error:/);
});
