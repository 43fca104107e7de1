import { STANCE_COLORS } from '@/lib/colors/stance-colors';
import { expect, test } from './fixtures';
import { countColours, englishDate, positionDates, searchParam, waitForMap, openDashboard } from './helpers';

async function dragThumbTo(page: import('@playwright/test').Page, fraction: number) {
  const thumb = page.getByRole('slider');
  const track = page.locator('.timeline__track');
  const from = await thumb.boundingBox();
  const box = await track.boundingBox();
  if (!from || !box) throw new Error('slider not laid out');
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  // Several moves, as a hand would scrub: every intermediate date replaces the history entry.
  for (const step of [0.25, 0.5, 0.75, 1]) {
    const target = box.x + box.width * fraction;
    await page.mouse.move(from.x + (target - from.x) * step, box.y + box.height / 2);
  }
  await page.mouse.up();
}

test('scrubbing the slider changes the map, the table and the time in the URL', async ({ page, positions }) => {
  await openDashboard(page, '/en');
  const canvas = await waitForMap(page);
  const slider = page.getByRole('slider');
  const latest = await slider.getAttribute('aria-valuetext');
  const before = await countColours(page, await canvas.screenshot(), STANCE_COLORS);

  await dragThumbTo(page, 0);
  const first = positionDates(positions)[0] ?? '';
  await expect(slider).not.toHaveAttribute('aria-valuetext', latest ?? '');
  // URL writes trail a drag (they are throttled), so wait for the one that settles at the start.
  await expect
    .poll(() => (searchParam(page, 'time') ?? '\uffff') <= first, {
      message: 'the start of the track is on or before the first position',
    })
    .toBe(true);
  const time = searchParam(page, 'time') ?? '';

  await waitForMap(page);
  const after = await countColours(page, await canvas.screenshot(), STANCE_COLORS);
  expect(after, 'the map shows other colours at the start of the timeline').not.toEqual(before);

  await page.getByRole('tab', { name: 'Table' }).click();
  const caption = page.locator('caption');
  await expect(caption).toContainText(englishDate(time));
  const rowsAtStart = await page.locator('tbody tr[data-iso3]').count();

  // Scrubbing on the table tab updates the table live.
  await dragThumbTo(page, 1);
  await expect(caption).toContainText(latest ?? '');
  await expect.poll(() => page.locator('tbody tr[data-iso3]').count()).toBeGreaterThan(rowsAtStart);
  await expect.poll(() => searchParam(page, 'time')).toBeNull();
});

test('arrow keys step between change dates and Home/End jump to the ends', async ({ page, positions }) => {
  const dates = positionDates(positions);
  await openDashboard(page, '/en');
  const slider = page.getByRole('slider');
  await slider.focus();

  await page.keyboard.press('Home');
  const min = await slider.getAttribute('aria-valuenow');
  expect(min).toBe('0');
  // The address bar follows the key within a moment.
  await expect.poll(() => searchParam(page, 'time')).not.toBeNull();
  const start = searchParam(page, 'time');

  await page.keyboard.press('ArrowRight');
  const next = dates.find((d) => d > (start ?? '')) ?? '';
  await expect(slider).toHaveAttribute('aria-valuetext', englishDate(next));
  await expect.poll(() => searchParam(page, 'time')).toBe(next);

  await page.keyboard.press('ArrowLeft');
  await expect.poll(() => searchParam(page, 'time')).toBe(start);

  await page.keyboard.press('End');
  await expect.poll(() => searchParam(page, 'time')).toBeNull();
  await expect(slider).toHaveAttribute('aria-valuenow', (await slider.getAttribute('aria-valuemax')) ?? '');
});

test('play walks through the change dates and stops at the latest', async ({ page }) => {
  await openDashboard(page, '/en');
  const slider = page.getByRole('slider');
  await slider.focus();
  await page.keyboard.press('Home');
  await page.getByRole('combobox', { name: 'Speed' }).selectOption('4');
  await page.getByRole('button', { name: 'Play' }).click();
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible({ timeout: 15_000 });
  await expect.poll(() => searchParam(page, 'time')).toBeNull();
});
