import { expect, test } from '../fixtures';

// Links to the bare address are what gets shared: the redirect to a language must keep the visitor
// on the host they asked for and carry the query on unchanged.

test('the root redirect stays on the requested host and keeps the query as it came', async ({ request }) => {
  const response = await request.get('/?country=GBR~FRA&time=2025-04-10', {
    maxRedirects: 0,
    headers: { host: 'atlas.example.org', 'accept-language': 'ar,en;q=0.5' },
  });
  expect(response.status()).toBe(307);
  const location = response.headers()['location']!;
  expect(new URL(location, 'https://atlas.example.org').href).toBe(
    'https://atlas.example.org/ar?country=GBR~FRA&time=2025-04-10',
  );
});

test('a long shared query is not lengthened by the redirect', async ({ request }) => {
  const query = `?country=${Array.from({ length: 600 }, () => 'GBR').join('~')}`;
  const response = await request.get(`/${query}`, { maxRedirects: 0 });
  expect(response.status()).toBe(307);
  expect(response.headers()['location']).toBe(`/en${query}`);
});
