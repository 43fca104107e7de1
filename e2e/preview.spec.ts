import { expect, test } from './fixtures';

// A shared link as a chat app or a social network sees it: the page's Open Graph and Twitter tags, and the
// picture they point to, of that exact view.

/** The test server's own address, which SITE_URL names in playwright.config.ts. */
const origin = `http://localhost:${process.env.E2E_PORT ?? 3100}`;

const meta = (html: string, key: string) =>
  new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`).exec(html)?.[1]?.replace(/&amp;/g, '&');

test('a shared view carries its own title, summary and picture, with absolute URLs', async ({ request }) => {
  const html = await (await request.get('/en?country=POL&time=2025-04-15')).text();
  expect(meta(html, 'og:title')).toBe('Willing Atlas — As of 15 April 2025');
  expect(meta(html, 'og:description')).toMatch(/^As of 15 April 2025: .*\d+ declined\. Poland: Declined\.$/);
  expect(meta(html, 'og:url')).toBe(`${origin}/en?time=2025-04-15&country=POL`);
  expect(meta(html, 'og:image')).toBe(`${origin}/preview/en.png?time=2025-04-15&country=POL`);
  expect(meta(html, 'og:image:width')).toBe('1200');
  expect(meta(html, 'og:image:height')).toBe('630');
  expect(meta(html, 'twitter:card')).toBe('summary_large_image');

  const image = await request.get(meta(html, 'og:image')!);
  expect(image.status()).toBe(200);
  expect(image.headers()['content-type']).toBe('image/png');
  expect(image.headers()['cache-control']).toMatch(/public.*s-maxage/);
  const png = await image.body();
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  // Served from the cache afterwards: same validator, and a 304 when the client already has it.
  const again = await request.get(meta(html, 'og:image')!, { headers: { 'if-none-match': image.headers()['etag']! } });
  expect(again.status()).toBe(304);
});

test('the Arabic view is summarised in Arabic, and its picture differs from the English one', async ({ request }) => {
  const html = await (await request.get('/ar?time=2025-04-15&stance=declined')).text();
  expect(meta(html, 'og:description')).toMatch(/^حتى ١٥ أبريل ٢٠٢٥: [٠-٩]+ رفضت\.$/);
  expect(meta(html, 'og:image')).toBe(`${origin}/preview/ar.png?time=2025-04-15&stance=declined`);
  const ar = await (await request.get('/preview/ar.png?time=2025-04-15&stance=declined')).body();
  const en = await (await request.get('/preview/en.png?time=2025-04-15&stance=declined')).body();
  expect(ar.equals(en)).toBe(false);
});

test('a picture of an impossible view is refused with a reason', async ({ request }) => {
  const bad = await request.get('/preview/en.png?stance=maybe');
  expect(bad.status()).toBe(400);
  expect(await bad.text()).toContain('stance');
  expect((await request.get('/preview/fr.png')).status()).toBe(404);
  expect((await request.get('/preview/en.png?scale=9')).status()).toBe(400);
});
