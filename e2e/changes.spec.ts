import { parseAtomFeed, parseJsonFeed } from 'feedsmith';
import { deriveChanges } from '@/lib/changes/derive';
import { expect, test } from './fixtures';
import { openDashboard } from './helpers';

const EXAMPLE = 'country=POL~GBR&stance=declined&from=2025-03-01&to=2025-09-04';

test('the change list shows every change newest first, with its evidence, the article and the map', async ({
  page,
  positions,
}) => {
  const changes = deriveChanges(positions.countries);
  expect(changes.length).toBeGreaterThan(0);
  await page.goto('/en/changes');
  await expect(page.getByRole('heading', { level: 1, name: 'Stance changes' })).toBeVisible();
  const items = page.getByRole('main').locator('ol > li');
  await expect(items).toHaveCount(changes.length);
  expect(await items.evaluateAll((els) => els.map((e) => e.getAttribute('data-key')))).toEqual(
    changes.map((c) => c.key),
  );
  const usa = changes.find((c) => c.iso3 === 'USA')!;
  const entry = page.locator(`li[data-iso3="USA"]`);
  await expect(entry.getByRole('heading', { level: 3 })).toHaveText('United States');
  await expect(entry).toContainText('New');
  await expect(entry).toContainText('Declined');
  await expect(entry.locator('blockquote[lang="ar"][dir="rtl"]')).toHaveText(usa.position.evidence.text);
  const { start, end } = usa.position.evidence;
  await expect(entry.getByRole('link', { name: 'Read in the article' })).toHaveAttribute(
    'href',
    `/en/articles/${usa.position.article}?mark=${start}-${end}`,
  );
  await expect(entry.getByRole('link', { name: 'Map on this date' })).toHaveAttribute(
    'href',
    `/en?time=${usa.date}&country=USA`,
  );
  // The reader opens on the evidence.
  await entry.getByRole('link', { name: 'Read in the article' }).click();
  await expect(page.locator('#marked')).toContainText(usa.position.evidence.text.slice(0, 20));
});

test('the dashboard header links to the change list and the list links back', async ({ page }) => {
  await openDashboard(page, '/en');
  await page.getByRole('banner').getByRole('link', { name: 'Changes' }).click();
  await expect(page).toHaveURL(/\/en\/changes$/);
  await page.getByRole('link', { name: 'Back to the map' }).click();
  await expect(page).toHaveURL(/\/en$/);
});

test('filters come from the URL, the form writes them there, and bad values are explained', async ({ page }) => {
  await page.goto(`/en/changes?${EXAMPLE}`);
  const items = page.getByRole('main').locator('ol > li');
  await expect(items).toHaveCount(1);
  await expect(items.first()).toHaveAttribute('data-iso3', 'POL');
  await expect(page.getByRole('checkbox', { name: 'Poland' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'United Kingdom' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Declined' })).toBeChecked();
  await expect(page.getByLabel('From')).toHaveValue('2025-03-01');
  // (Next.js's route announcer is an alert too, outside main.)
  await expect(page.getByRole('main').getByRole('alert')).toHaveCount(0);

  await page.goto('/en/changes');
  await page.getByRole('checkbox', { name: 'France' }).check();
  await page.getByRole('checkbox', { name: 'Troops offered' }).check();
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(page).toHaveURL(/\/en\/changes\?country=FRA&stance=troops_offered&from=&to=$/);
  await expect(items).toHaveCount(1);
  await expect(items.first()).toHaveAttribute('data-iso3', 'FRA');

  await page.goto('/en/changes?country=POL~ZZZ&stance=yes&from=2025-02-30');
  const alert = page.getByRole('main').getByRole('alert');
  await expect(alert).toContainText('Part of the address could not be used');
  await expect(alert).toContainText('unknown country codes: ZZZ');
  await expect(alert).toContainText('unknown stances: yes');
  await expect(alert).toContainText('"2025-02-30" is not a YYYY-MM-DD date');
  // The usable part still applies.
  await expect(items).toHaveCount(1);
  await expect(items.first()).toHaveAttribute('data-iso3', 'POL');
});

test('a feed entry’s map link opens the map at that date with the country’s new stance', async ({
  page,
  request,
  positions,
}) => {
  const response = await request.get('/en/changes.json?country=USA~POL');
  const feed = parseJsonFeed(await response.json());
  // The oldest change: on its date the map has little else to show.
  const item = feed.items!.at(-1)!;
  const change = deriveChanges(positions.countries).find((c) => item.id!.endsWith(`/${c.key}`))!;
  const target = new URL(item.url!);
  expect(target.searchParams.get('time')).toBe(change.date);
  await openDashboard(page, `${target.pathname}${target.search}`);
  const detail = page.locator(`section.detail[data-iso3="${change.iso3}"]`);
  await expect(detail).toBeVisible();
  await expect(detail.locator('.detail__current')).toContainText('Declined');
  expect(new URL(page.url()).searchParams.get('time')).toBe(change.date);
});

test('the Arabic page is right-to-left, in Arabic names and digits', async ({ page, positions }) => {
  const changes = deriveChanges(positions.countries);
  await page.goto('/ar/changes');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('تغيّرات المواقف');
  const arabicCount = new Intl.NumberFormat('ar-u-nu-arab').format(changes.length);
  await expect(page.getByRole('heading', { level: 2, name: new RegExp(arabicCount) })).toBeVisible();
  const poland = page.locator('li[data-iso3="POL"]');
  await expect(poland.getByRole('heading', { level: 3 })).toHaveText('بولندا');
  await expect(poland.locator('time')).toHaveText('١٠ أبريل ٢٠٢٥');
  await expect(poland).toContainText('رفض');
  expect(await poland.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
  // The language switch keeps the filter.
  await page.goto('/ar/changes?stance=declined');
  await expect(page.getByRole('link', { name: 'English' })).toHaveAttribute('href', '/en/changes?stance=declined');
});

for (const lang of ['en', 'ar'] as const) {
  test(`the /${lang} feeds are discovered from the page, parse, and are cached like the API`, async ({
    page,
    request,
    positions,
  }) => {
    const keys = deriveChanges(positions.countries).map((c) => c.key);
    await page.goto(`/${lang}/changes?stance=declined`);
    const atomHref = await page.locator('head link[rel="alternate"][type="application/atom+xml"]').getAttribute('href');
    const jsonHref = await page
      .locator('head link[rel="alternate"][type="application/feed+json"]')
      .getAttribute('href');
    expect(new URL(atomHref!).pathname + new URL(atomHref!).search).toBe(`/${lang}/changes.atom?stance=declined`);
    expect(new URL(jsonHref!).pathname).toBe(`/${lang}/changes.json`);

    const atom = await request.get(`/${lang}/changes.atom`);
    expect(atom.headers()['content-type']).toBe('application/atom+xml; charset=utf-8');
    expect(atom.headers()['cache-control']).toBe('public, max-age=0, s-maxage=60, stale-while-revalidate=86400');
    const etag = atom.headers()['etag']!;
    expect(etag).toMatch(/^"[\w-]+"$/);
    const again = await request.get(`/${lang}/changes.atom`, { headers: { 'if-none-match': etag } });
    expect(again.status()).toBe(304);
    const atomFeed = parseAtomFeed(await atom.text());
    expect(atomFeed.entries!.map((e) => e.id!.replace(/^.*\/change\//, ''))).toEqual(keys);
    expect(atomFeed.entries!.every((e) => e.links!.every((l) => /^https?:\/\//.test(l.href!)))).toBe(true);

    const json = await request.get(`/${lang}/changes.json`);
    expect(json.headers()['content-type']).toBe('application/feed+json; charset=utf-8');
    expect(json.headers()['etag']).toMatch(/^"[\w-]+"$/);
    expect(json.headers()['etag']).not.toBe(etag);
    const body = (await json.json()) as { version: string };
    expect(body.version).toBe('https://jsonfeed.org/version/1.1');
    const jsonFeed = parseJsonFeed(body);
    expect(jsonFeed.language).toBe(lang);
    expect(jsonFeed.items!.map((i) => i.id)).toEqual(atomFeed.entries!.map((e) => e.id));

    const bad = await request.get(`/${lang}/changes.json?stance=maybe`);
    expect(bad.status()).toBe(400);
    expect(((await bad.json()) as { error: string }).error).toContain('unknown stances: maybe');
  });
}
