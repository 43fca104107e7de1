import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures';
import { openDashboard } from './helpers';

/** RFC 4180 as the export writes it: quoted fields may hold commas, quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') endField();
    else if (c === '\r' && text[i + 1] === '\n') {
      endField();
      rows.push(row);
      row = [];
      i++;
    } else field += c;
  }
  if (field || row.length) {
    endField();
    rows.push(row);
  }
  return rows;
}

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

test('comparing two dates, the exports hold the range: both ends in the CSV, the start in the GeoJSON, the range in the picture', async ({
  page,
}) => {
  await openDashboard(page, '/en?time=2025-03-01..2025-09-04&tab=table&trust=low');
  const rows = await page
    .locator('tbody tr[data-iso3]')
    .evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-iso3')).sort());
  expect(rows.length).toBeGreaterThan(0);
  const [csvDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'CSV' }).click(),
  ]);
  expect(csvDownload.suggestedFilename()).toBe('willing-atlas_2025-03-01-to-2025-09-04_stance.csv');
  const [header, ...body] = parseCsv((await readFile((await csvDownload.path()) ?? '', 'utf8')).replace(/^\uFEFF/, ''));
  expect(header).toEqual(expect.arrayContaining(['as_of', 'from_date', 'from_stance', 'movement', 'trust']));
  const records = body.map((cells) => Object.fromEntries(cells.map((v, i) => [header![i], v])));
  // The rows of the table (its trust filter included), each with both ends of the range.
  expect(records.map((r) => r.iso3).sort()).toEqual(rows);
  for (const record of records) {
    expect(record).toMatchObject({ as_of: '2025-09-04', from_date: '2025-03-01', trust: 'low' });
    expect(record.movement).toMatch(/^(towards|away|new|dropped|unchanged)$/);
  }

  const [geoDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'GeoJSON' }).click(),
  ]);
  const geo = JSON.parse(await readFile((await geoDownload.path()) ?? '', 'utf8'));
  expect(geo).toMatchObject({ as_of: '2025-09-04', from: '2025-03-01' });

  const [svgDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Map SVG' }).click(),
  ]);
  const svg = await readFile((await svgDownload.path()) ?? '', 'utf8');
  expect(svg).toContain('>1 March 2025 – 4 September 2025</text>');
  expect(svg).toMatch(/>New position \(\d+\)<\/text>/);
});
