import { NO_POSITION_COLOR, STANCE_COLORS } from '@/lib/colors/stance-colors';
import { SPENDING_STOPS } from '@/lib/colors/spending-scale';
import { STANCES, type Stance } from '@/lib/schema/stance';
import { expect, test } from './fixtures';
import { countColours, projectInMap, waitForMap, openDashboard } from './helpers';

// A view of the whole world, so countries on every continent with a stance are on screen.
const WORLD = 'view=20,25,0.9';

async function legendCounts(page: import('@playwright/test').Page): Promise<Record<Stance, number>> {
  const entries = await page
    .locator('.legend__item[data-stance]')
    .evaluateAll((items) =>
      items.map(
        (item) => [item.getAttribute('data-stance'), item.querySelector('.legend__count')?.textContent ?? '0'] as const,
      ),
    );
  return Object.fromEntries(entries.map(([stance, count]) => [stance, Number(count)])) as Record<Stance, number>;
}

test('the choropleth paints each stance held by some country in its own colour', async ({ page }, testInfo) => {
  await openDashboard(page, `/en?${WORLD}`);
  const canvas = await waitForMap(page);
  const png = await canvas.screenshot();
  await testInfo.attach('world-map', { body: png, contentType: 'image/png' });

  const counts = await legendCounts(page);
  const held = STANCES.filter((s) => counts[s] > 0);
  expect(held.length, 'the data holds at least two different stances').toBeGreaterThanOrEqual(2);

  const pixels = await countColours(page, png, { ...STANCE_COLORS, none: NO_POSITION_COLOR });
  for (const stance of held) expect(pixels[stance], `pixels in the colour of ${stance}`).toBeGreaterThan(10);
  for (const stance of STANCES.filter((s) => counts[s] === 0))
    expect(pixels[stance], `no country is ${stance}`).toBe(0);
  expect(pixels.none, 'countries without a position keep the neutral colour').toBeGreaterThan(1000);
});

test('a stance hidden from the legend fades out of the map', async ({ page }) => {
  await openDashboard(page, `/en?${WORLD}`);
  const canvas = await waitForMap(page);
  const counts = await legendCounts(page);
  const stance = STANCES.find((s) => counts[s] > 0) as Stance;
  const before = await countColours(page, await canvas.screenshot(), { [stance]: STANCE_COLORS[stance] });

  await page.locator(`.legend__item[data-stance="${stance}"]`).click();
  await expect(page.locator(`.legend__item[data-stance="${stance}"]`)).toHaveAttribute('aria-pressed', 'false');
  await expect(page).toHaveURL(/stance=/);
  await waitForMap(page);
  const after = await countColours(page, await canvas.screenshot(), { [stance]: STANCE_COLORS[stance] });
  expect(before[stance]).toBeGreaterThan(10);
  expect(after[stance]).toBe(0);
});

test('the spending layer replaces stance colours with the spending scale', async ({ page, positions }) => {
  await openDashboard(page, `/en?${WORLD}&layer=spending`);
  const canvas = await waitForMap(page);
  await expect(page.getByRole('radio', { name: 'Defence spending' })).toBeChecked();
  const stops = Object.fromEntries(SPENDING_STOPS.map((s, i) => [`stop${i}`, s.color]));
  const pixels = await countColours(page, await canvas.screenshot(), { ...STANCE_COLORS, ...stops });
  for (const stance of STANCES) expect(pixels[stance], `${stance} colour on the spending layer`).toBe(0);
  const hasShares = positions.countries.some((c) =>
    c.spending.some((s) => s.unit === 'pct_gdp' && s.kind !== 'increase'),
  );
  const spendingPixels = SPENDING_STOPS.reduce((sum, _s, i) => sum + (pixels[`stop${i}`] ?? 0), 0);
  if (hasShares) expect(spendingPixels).toBeGreaterThan(10);
  else expect(spendingPixels).toBe(0);
});

test('a small state can be hovered and clicked on its dot', async ({ page, request }) => {
  const topology = await (await request.get('/geo/borders.topo.json')).json();
  const lux = topology.objects.countries.geometries.find((g: { id: string }) => g.id === 'LUX').properties;
  const view = { lon: 8, lat: 50, zoom: 4 };
  await openDashboard(page, `/en?view=${view.lon},${view.lat},${view.zoom}`);
  const canvas = await waitForMap(page);
  const box = await canvas.boundingBox();
  if (!box) throw new Error('map has no box');
  const point = projectInMap(view, box, lux.lon, lux.lat);

  await page.mouse.move(point.x, point.y);
  const tooltip = page.getByRole('tooltip');
  await expect(tooltip).toContainText('Luxembourg');

  await page.mouse.click(point.x, point.y);
  await expect(page).toHaveURL(/country=LUX/);
  await expect(page.getByRole('heading', { level: 2, name: 'Luxembourg' })).toBeVisible();
});

test('the first load draws the overview without MapLibre; zooming loads it, still without tiles, glyphs or fonts', async ({
  page,
}) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await openDashboard(page, '/en');
  const overview = await waitForMap(page);
  await expect(overview).toHaveAttribute('role', 'img');
  expect(requests).toContain('/geo/borders.topo.json');
  expect(requests, 'MapLibre waits until someone zooms or pans').not.toContain('/maplibre-gl-worker.mjs');

  // Ctrl + wheel is reaching for the map (a plain wheel scrolls the page: journeys.spec.ts).
  await overview.dispatchEvent('wheel', { deltaY: -100, ctrlKey: true });
  await expect(page.locator('.atlas-map__canvas[data-loaded="true"] canvas')).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('svg.overview-map')).toHaveCount(0);
  expect(requests).toContain('/maplibre-gl-worker.mjs');
  expect(requests.filter((p) => /tiles|glyphs|sprite|\.pbf$/.test(p))).toEqual([]);
});

test('the overview map shows a tooltip on hover and selects on click, like the zoomable map', async ({
  page,
  request,
}) => {
  const topology = await (await request.get('/geo/borders.topo.json')).json();
  const pol = topology.objects.countries.geometries.find((g: { id: string }) => g.id === 'POL').properties;
  await openDashboard(page, '/en');
  const overview = await waitForMap(page);
  // The overview shows the default (Europe) view; find Poland's centre through the SVG's own transform.
  const point = await overview.evaluate(
    (svg, [lon, lat]) => {
      const element = svg as SVGSVGElement;
      const x = ((lon + 180) / 360) * 1000;
      const y = ((1 - Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) / Math.PI) / 2) * 1000;
      const p = new DOMPoint(x, y).matrixTransform(element.getScreenCTM()!);
      return { x: p.x, y: p.y };
    },
    [pol.lon, pol.lat] as [number, number],
  );

  await page.mouse.move(point.x, point.y);
  await expect(page.getByRole('tooltip')).toContainText('Poland');
  await page.mouse.click(point.x, point.y);
  await expect(page).toHaveURL(/country=POL/);
  await expect(page.getByRole('heading', { level: 2, name: 'Poland' })).toBeVisible();
  await expect(page.locator('svg.overview-map use[href="#overview-POL"]')).toHaveCount(1);
});
