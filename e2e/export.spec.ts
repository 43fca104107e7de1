import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures';
import { waitForMap, openDashboard } from './helpers';

test('CSV and GeoJSON exports hold the rows of the table for the as-of date and filter', async ({ page }) => {
  await openDashboard(page, '/en?tab=table&stance=conditional~declined');
  const rows = await page
    .locator('tbody tr[data-iso3]')
    .evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-iso3')).sort());

  const [csvDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'CSV' }).click(),
  ]);
  expect(csvDownload.suggestedFilename()).toMatch(/\.csv$/);
  const csv = await readFile((await csvDownload.path()) ?? '', 'utf8');
  const lines = csv
    .replace(/^\uFEFF/, '')
    .trim()
    .split(/\r\n/);
  expect(lines[0]).toContain('iso3');
  expect(
    lines
      .slice(1)
      .map((l) => l.split(',')[0])
      .sort(),
  ).toEqual(rows);

  const [geoDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'GeoJSON' }).click(),
  ]);
  const geo = JSON.parse(await readFile((await geoDownload.path()) ?? '', 'utf8'));
  expect(geo.type).toBe('FeatureCollection');
  expect(geo.stances).toEqual(['conditional', 'declined']);
  expect(geo.features.map((f: { id: string }) => f.id).sort()).toEqual(rows);
  expect(geo.features.every((f: { geometry: unknown }) => f.geometry !== null)).toBe(true);
});

test('the map exports as a PNG image', async ({ page }) => {
  await openDashboard(page, '/en');
  await waitForMap(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Map PNG' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.png$/);
  const png = await readFile((await download.path()) ?? '');
  expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(png.length).toBeGreaterThan(10_000);
});
