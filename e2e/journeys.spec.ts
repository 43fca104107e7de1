import { expect, test } from './fixtures';
import { openDashboard, searchParam, waitForMap } from './helpers';

// Journeys a journalist makes on deadline: a map on a news page must not trap the scroll, every move of the map
// is in the link, Copy link copies what is on screen, and search knows the names the press uses.

const MAPLIBRE = '.atlas-map__canvas[data-loaded="true"] canvas';

async function centreOf(page: import('@playwright/test').Page, selector: string) {
  const box = await page.locator(selector).first().boundingBox();
  if (!box) throw new Error(`${selector} has no box`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

test('the wheel over the overview map scrolls the page and says how to zoom; Ctrl + wheel loads the zoomable map', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1400, height: 700 });
  await openDashboard(page, '/en');
  await waitForMap(page);
  const centre = await centreOf(page, 'svg.overview-map');
  await page.mouse.move(centre.x, centre.y);
  const before = await page.evaluate(() => window.scrollY);
  await page.mouse.wheel(0, 300);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(before);
  await expect(page.getByRole('status').filter({ hasText: /Ctrl|⌘/ })).toBeVisible();
  await page.waitForTimeout(500);
  expect(await page.locator(MAPLIBRE).count(), 'a plain wheel never switches maps').toBe(0);

  const again = await centreOf(page, 'svg.overview-map');
  await page.mouse.move(again.x, again.y);
  await page.keyboard.down('Control');
  await page.mouse.wheel(0, -200);
  await page.keyboard.up('Control');
  await expect(page.locator(MAPLIBRE)).toBeVisible({ timeout: 30_000 });
});

test('on the zoomable map the page still scrolls under a plain wheel; Ctrl + wheel zooms and writes the view', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1400, height: 700 });
  await openDashboard(page, '/en?view=10,50,4');
  await waitForMap(page, { zoomable: true });
  const centre = await centreOf(page, MAPLIBRE);
  await page.mouse.move(centre.x, centre.y);
  const before = await page.evaluate(() => window.scrollY);
  await page.mouse.wheel(0, 300);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(before);
  await page.waitForTimeout(400);
  expect(searchParam(page, 'view'), 'a plain wheel does not zoom').toBe('10,50,4');

  const moved = await centreOf(page, MAPLIBRE);
  await page.mouse.move(moved.x, moved.y);
  await page.keyboard.down('Control');
  await page.mouse.wheel(0, -400);
  await page.keyboard.up('Control');
  await expect
    .poll(() => Number(searchParam(page, 'view')?.split(',')[2] ?? 0), { timeout: 10_000 })
    .toBeGreaterThan(4.2);
});

test('zooming with the buttons writes the view too, so Copy link keeps the zoom', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openDashboard(page, '/en?view=10,50,4');
  await waitForMap(page, { zoomable: true });
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect
    .poll(() => Number(searchParam(page, 'view')?.split(',')[2] ?? 0), { timeout: 10_000 })
    .toBeGreaterThan(4.5);
  await page.getByRole('button', { name: 'Copy link' }).click();
  const copied = new URL(await page.evaluate(() => navigator.clipboard.readText()));
  expect(Number(copied.searchParams.get('view')?.split(',')[2])).toBeGreaterThan(4.5);
});

test('Copy link right after moving the timeline copies the date on screen, not the last URL written', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openDashboard(page, '/en');
  const slider = page.getByRole('slider');
  await slider.focus();
  await page.keyboard.press('Home');
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
  // No wait: the URL write is throttled, the copied link must not be.
  await page.getByRole('button', { name: 'Copy link' }).click();
  const copied = new URL(await page.evaluate(() => navigator.clipboard.readText()));
  expect(copied.searchParams.get('time')).not.toBeNull();
  // Once the address bar catches up, it holds the same date: the one on screen when the link was copied.
  await expect.poll(() => searchParam(page, 'time')).toBe(copied.searchParams.get('time'));
});

test('search knows the names the press uses, in both languages', async ({ page }) => {
  await openDashboard(page, '/en');
  const search = page.getByRole('combobox', { name: 'Find a country' });
  for (const query of ['UK', 'Britain', 'England', 'بريطانيا']) {
    await search.fill(query);
    await expect(page.getByRole('option').first(), query).toHaveText(/United Kingdom/);
  }
  await search.fill('Holland');
  await expect(page.getByRole('option').first()).toHaveText(/Netherlands/);
});

test('a date outside the data is moved into it, and the URL and a notice say so', async ({ page }) => {
  await openDashboard(page, '/en?time=1999-01-01&country=POL~XXX');
  await expect(page.getByRole('status').filter({ hasText: 'outside the data' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'not on the map were left out' })).toBeVisible();
  const time = searchParam(page, 'time');
  expect(time).not.toBe('1999-01-01');
  expect(time).toMatch(/^2025-/);
  await expect(page).toHaveURL(/country=POL(&|$)/);
  await expect.poll(() => searchParam(page, 'fixed')).toBeNull();
  const text = await page.getByRole('slider').getAttribute('aria-valuetext');
  expect(text).toContain('2025');
});

test('any unknown path gets a styled page in both languages with a way back', async ({ page }) => {
  for (const path of ['/fr', '/en/no-such-page', '/fr/articles/x']) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole('link', { name: 'Go to the dashboard' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'الذهاب إلى لوحة المعلومات' })).toBeVisible();
    const font = await page.locator('.not-found').evaluate((el) => getComputedStyle(el).textAlign);
    expect(font, "the app's own styles are loaded").toBe('center');
  }
});

test('the positions API filters by stance and refuses unknown stances', async ({ request }) => {
  const bad = await request.get('/api/positions?stance=foo');
  expect(bad.status()).toBe(400);
  expect((await bad.json()).error).toMatch(/stance/);
  const all = (await (await request.get('/api/positions')).json()).countries as { iso3: string }[];
  const declined = (await (await request.get('/api/positions?stance=declined')).json()).countries as {
    iso3: string;
    positions: unknown[];
  }[];
  expect(declined.length).toBeGreaterThan(0);
  expect(declined.length).toBeLessThan(all.length);
});

test('who is where: every country with a position, grouped by stance, with the why in English', async ({
  page,
  positions,
}) => {
  await openDashboard(page, '/en?time=2025-04-15');
  const summary = page.getByRole('region', { name: 'Who is where' });
  await expect(summary).toBeVisible();
  const greece = summary.locator('li[data-iso3="GRC"]');
  await expect(greece).toContainText('Threat on its border from Turkey');
  await expect(summary.locator('li[data-iso3="POL"]')).toContainText('Threat on its border from Belarus');
  await expect(greece.locator('xpath=ancestor::*[@data-stance][1]')).toHaveAttribute('data-stance', 'declined');
  const withPosition = positions.countries.filter((c) => c.positions.some((p) => p.date <= '2025-04-15')).length;
  await expect(summary.locator('li[data-iso3]')).toHaveCount(withPosition);
  await greece.getByRole('button', { name: 'Greece' }).click();
  await expect(page).toHaveURL(/country=GRC/);
  await expect(page.locator('.fact__reason').first()).toContainText('Threat on its border from Turkey');
});

test('one click shows every country with a position, the ones outside Europe included', async ({ page }) => {
  await openDashboard(page, '/en');
  await waitForMap(page);
  const button = page.getByRole('button', { name: /Show all \d+ countries with a position \(\d+ outside this view\)/ });
  await expect(button).toBeVisible();
  const historyLength = await page.evaluate(() => history.length);
  await button.click();
  await expect(page).toHaveURL(/view=/);
  const [lon, , zoom] = (searchParam(page, 'view') ?? '').split(',').map(Number);
  expect(zoom).toBeLessThan(2.5);
  expect(lon).toBeGreaterThan(-100);
  expect(await page.evaluate(() => history.length), 'Back returns to the default view').toBe(historyLength + 1);
  await expect(page.locator('.atlas-map__canvas[data-loaded="true"] canvas')).toBeVisible({ timeout: 30_000 });
  await expect(button).toHaveCount(0);
});

test('sparse data is explained: the spending layer counts what is known, charts name who has no figure', async ({
  page,
}) => {
  await openDashboard(page, '/en?layer=spending&country=GBR~POL');
  await expect(page.getByTestId('spending-count')).toContainText(
    /of \d+ countries have a share-of-GDP figure|No country has a share-of-GDP figure/,
  );
  await expect(page.getByTestId('spending-count')).toContainText('not zero');
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  const chart = page.locator('figure.chart').filter({ has: page.locator('[id^="chart-spending"]') });
  await expect(chart.first()).toContainText(/No figure as of this date for Poland|None of the selected countries/, {
    timeout: 20_000,
  });
});
