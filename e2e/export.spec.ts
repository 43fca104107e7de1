import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures';
import { openDashboard } from './helpers';

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

test('the map exports as a publishable picture of the view: PNG at 2× and SVG, with title, date and legend', async ({
  page,
}) => {
  await openDashboard(page, '/en?time=2025-04-15&country=POL&stance=declined');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Map PNG' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('willing-atlas_2025-04-15_stance_declined.png');
  const png = await readFile((await download.path()) ?? '');
  expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([2400, 1260]);

  const [svgDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Map SVG' }).click(),
  ]);
  expect(svgDownload.suggestedFilename()).toBe('willing-atlas_2025-04-15_stance_declined.svg');
  const svg = await readFile((await svgDownload.path()) ?? '', 'utf8');
  expect(svg).toMatch(/^<svg /);
  expect(svg).toContain('>As of 15 April 2025</text>');
  expect(svg).toMatch(/>Declined \(\d+\)<\/text>/);
  expect(svg).not.toContain('Troops offered');
  expect(svg).toContain('>Poland: Declined</text>');
  expect(svg).toContain('Borders: Natural Earth');
});
