import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';
import type { PositionsPayload } from '@/lib/data/payloads';

/** Opens a dashboard URL and waits until React has hydrated it, so input is never lost or replayed. */
export async function openDashboard(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await expect(page.locator('main[data-ready="true"]')).toBeVisible({ timeout: 30_000 });
}

/**
 * Waits until the map on screen is drawn with its colours and returns it: the overview (SVG) of the
 * first load, or the zoomable MapLibre canvas when the page has one coming (a link with a view, or
 * after "Zoom and pan"). `zoomable` first asks for the MapLibre map the way a user does.
 */
export async function waitForMap(page: Page, { zoomable = false } = {}): Promise<Locator> {
  const canvas = page.locator('.atlas-map__canvas[data-loaded="true"] canvas');
  const overview = page.locator('svg.overview-map[data-loaded="true"]');
  await expect(canvas.or(overview).first()).toBeVisible({ timeout: 30_000 });
  if (zoomable && (await canvas.count()) === 0 && (await page.locator('.map-stack__layer--loading').count()) === 0) {
    await page.getByRole('button', { name: /Zoom and pan|تكبير الخريطة/ }).click();
  }
  const coming = zoomable || (await page.locator('.map-stack__layer--loading').count()) > 0;
  const map = coming || (await canvas.count()) > 0 ? canvas : overview;
  await expect(map).toBeVisible({ timeout: 30_000 });
  // One more animation frame so the new colours are on screen, not just queued.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  return map;
}

export function searchParam(page: Page, key: string): string | null {
  return new URL(page.url()).searchParams.get(key);
}

/** Presses Tab until `target` has focus; fails after `limit` presses so a broken tab order cannot hang. */
export async function tabTo(page: Page, target: Locator, limit = 60): Promise<void> {
  for (let i = 0; i < limit; i += 1) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`could not reach ${target} with the Tab key`);
}

/** Countries that have at least one recorded position, most positions first. */
export function countriesWithPositions(data: PositionsPayload) {
  return data.countries.filter((c) => c.positions.length > 0).sort((a, b) => b.positions.length - a.positions.length);
}

/** Every distinct position date, sorted. */
export function positionDates(data: PositionsPayload): string[] {
  return [...new Set(data.countries.flatMap((c) => c.positions.map((p) => p.date)))].sort();
}

type Rgb = [number, number, number];

export function hexToRgb(hex: string): Rgb {
  const n = parseInt(hex.replace('#', ''), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/**
 * Counts, for each colour, the screenshot pixels within `tolerance` of it. The PNG is decoded by
 * the browser itself (an <img> drawn on a 2D canvas), so no image library is needed.
 */
export async function countColours(page: Page, png: Buffer, colours: Record<string, string>, tolerance = 4) {
  const targets = Object.entries(colours).map(([key, hex]) => [key, hexToRgb(hex)] as const);
  return page.evaluate(
    async ({ dataUrl, targets, tolerance }) => {
      const image = new Image();
      image.src = dataUrl;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.naturalWidth;
      canvas.height = image.naturalHeight;
      const context = canvas.getContext('2d');
      if (!context) throw new Error('no 2D context');
      context.drawImage(image, 0, 0);
      const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
      const counts: Record<string, number> = Object.fromEntries(targets.map(([key]) => [key, 0]));
      for (let i = 0; i < data.length; i += 4) {
        for (const [key, [r, g, b]] of targets) {
          if (
            Math.abs((data[i] ?? 0) - r) <= tolerance &&
            Math.abs((data[i + 1] ?? 0) - g) <= tolerance &&
            Math.abs((data[i + 2] ?? 0) - b) <= tolerance
          ) {
            counts[key] = (counts[key] ?? 0) + 1;
            break;
          }
        }
      }
      return counts;
    },
    { dataUrl: `data:image/png;base64,${png.toString('base64')}`, targets, tolerance },
  );
}

export type View = { lon: number; lat: number; zoom: number };

/**
 * Where a longitude/latitude lands inside the map element for a given URL view, from Web Mercator
 * with MapLibre's 512 px tiles; lets a test hover a country without reaching into the map object.
 */
export function projectInMap(
  view: View,
  box: { x: number; y: number; width: number; height: number },
  lon: number,
  lat: number,
) {
  const mercX = (l: number) => (l + 180) / 360;
  const mercY = (p: number) => (1 - Math.log(Math.tan(Math.PI / 4 + (p * Math.PI) / 360)) / Math.PI) / 2;
  const scale = 512 * 2 ** view.zoom;
  return {
    x: box.x + box.width / 2 + (mercX(lon) - mercX(view.lon)) * scale,
    y: box.y + box.height / 2 + (mercY(lat) - mercY(view.lat)) * scale,
  };
}

const enDate = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' });

/** How the English UI writes a YYYY-MM-DD date. */
export function englishDate(isoDay: string): string {
  return enDate.format(new Date(`${isoDay}T00:00:00Z`));
}

/** What a test compares between two tabs that should show the same view. */
export async function viewFingerprint(page: Page) {
  const url = new URL(page.url());
  return {
    params: [...url.searchParams.entries()].sort(),
    date: await page.getByRole('slider').getAttribute('aria-valuetext'),
    selected: await page.locator('.chips .chip__name').allTextContents(),
    detail: await page
      .locator('#detail-title')
      .textContent()
      .catch(() => null),
    shownStances: await page
      .locator('.legend__item[aria-pressed="true"]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-stance'))),
    layer: await page.getByRole('radio', { checked: true }).getAttribute('value'),
    tab: await page.getByRole('tab', { selected: true }).textContent(),
  };
}

/** axe-core's serious and critical violations on the page as it stands, checked against `tags`. */
export async function seriousViolations(page: Page, tags: readonly string[]) {
  const results = await new AxeBuilder({ page }).withTags([...tags]).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5),
    }));
}
