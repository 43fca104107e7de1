import { expect, test } from './fixtures';
import { countriesWithPositions, positionDates, viewFingerprint, waitForMap, openDashboard } from './helpers';

test('a link with every parameter opens the same view in a fresh browser', async ({ page, freshPage, positions }) => {
  const [a, b] = countriesWithPositions(positions);
  const time = positionDates(positions)[1];
  if (!a || !b || !time) throw new Error('the data needs two countries and two dates with positions');
  const query = `time=${time}&country=${a.iso3}~${b.iso3}&stance=conditional~declined&layer=spending&tab=table&view=12.5,48.2,3.4`;

  await openDashboard(page, `/en?${query}`);
  await expect(page.locator('#detail-title')).toBeVisible();
  const original = await viewFingerprint(page);
  expect(new URL(page.url()).search).toBe(`?${query}`);
  expect(original.selected).toHaveLength(2);
  expect(original.shownStances).toEqual(['conditional', 'declined']);
  expect(original.layer).toBe('spending');
  expect(original.tab).toBe('Table');

  const other = await freshPage();
  await openDashboard(other, `/en?${query}`);
  await expect(other.locator('#detail-title')).toBeVisible();
  expect(await viewFingerprint(other)).toEqual(original);
  await expect(other.locator('caption')).toHaveText((await page.locator('caption').textContent()) ?? '');
});

test('Copy link puts the current URL on the clipboard and it reopens the same view', async ({
  page,
  context,
  freshPage,
  positions,
}) => {
  const country = countriesWithPositions(positions)[0];
  if (!country) throw new Error('no country with a position');
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openDashboard(page, '/en');
  await waitForMap(page);
  await page.getByRole('radio', { name: 'Defence spending' }).check();
  await page.getByRole('combobox', { name: 'Find a country' }).fill(country.name.en);
  await page.getByRole('option').first().click();
  await expect(page).toHaveURL(/country=/);

  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  // The same state as the address bar, written in the canonical key order.
  const sorted = (url: string) => [...new URL(url).searchParams.entries()].sort();
  expect(new URL(copied).pathname).toBe(new URL(page.url()).pathname);
  expect(sorted(copied)).toEqual(sorted(page.url()));

  const other = await freshPage();
  await openDashboard(other, copied);
  await expect(other.locator('#detail-title')).toBeVisible();
  expect(await viewFingerprint(other)).toEqual(await viewFingerprint(page));
});

test('moving the map writes the viewport to the URL without adding history', async ({ page }) => {
  await openDashboard(page, '/en?tab=map');
  const canvas = await waitForMap(page, { zoomable: true });
  const box = await canvas.boundingBox();
  if (!box) throw new Error('no map box');
  const historyLength = await page.evaluate(() => history.length);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 - 120, box.y + box.height / 2 + 40, { steps: 8 });
  await page.mouse.up();
  await expect(page).toHaveURL(/view=-?\d+(\.\d+)?,-?\d+(\.\d+)?,\d+(\.\d+)?/);
  expect(await page.evaluate(() => history.length)).toBe(historyLength);
});
