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

test('pages carry a nonce CSP without eval or remote sources, and the hardening headers', async ({ request }) => {
  for (const path of ['/en', '/ar', '/en/articles/000_8d37e79ea93a1486']) {
    const response = await request.get(path);
    const headers = response.headers();
    const csp = directives(headers['content-security-policy'] ?? '');
    const nonce = /'nonce-([^']+)'/.exec(csp.get('script-src')?.join(' ') ?? '')?.[1];
    expect(nonce, `${path} script-src has a nonce`).toBeTruthy();
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
    // Every script tag Next.js wrote carries this response's nonce; none would run otherwise.
    const html = await response.text();
    const tags = html.match(/<script\b[^>]*>/g) ?? [];
    expect(tags.length).toBeGreaterThan(0);
    expect(tags.filter((tag) => !tag.includes(`nonce="${nonce}"`))).toEqual([]);
  }
});

test('every page response gets a fresh nonce', async ({ request }) => {
  const nonceOf = async () =>
    /'nonce-([^']+)'/.exec((await request.get('/en')).headers()['content-security-policy'] ?? '')?.[1];
  expect(await nonceOf()).not.toBe(await nonceOf());
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
