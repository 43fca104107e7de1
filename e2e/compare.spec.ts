import { MOVEMENT_COLORS } from '@/lib/colors/movement-colors';
import { buildTimelineIndex } from '@/lib/timeline/as-of';
import { compareAsOf, countMovements } from '@/lib/timeline/compare';
import { expect, test } from './fixtures';
import { countColours, openDashboard, searchParam, waitForMap } from './helpers';

const RANGE = '2025-03-01..2025-09-04';

test('a range URL reopens the same comparison: dates, movement colours and counts, who moved, from → to', async ({
  page,
  positions,
}) => {
  const index = buildTimelineIndex(positions.countries);
  const moves = compareAsOf(index.asOfAt('2025-03-01'), index.asOfAt('2025-09-04'));
  const counts = countMovements(moves.values());
  const moved = [...moves.values()].filter((m) => m.movement !== 'unchanged').length;
  expect(moved).toBeGreaterThan(0);

  for (let visit = 0; visit < 2; visit++) {
    if (visit === 0) await openDashboard(page, `/en?time=${RANGE}&country=POL`);
    else {
      await page.reload();
      await expect(page.locator('main[data-ready="true"]')).toBeVisible();
    }
    expect(searchParam(page, 'time')).toBe(RANGE);
    await expect(page.locator('.timeline__date')).toHaveText('1 March 2025 → 4 September 2025');
    const legend = page.getByTestId('movement-legend');
    for (const [movement, n] of Object.entries(counts)) {
      await expect(legend.locator(`[data-movement="${movement}"] .legend__count`)).toHaveText(String(n));
    }
    await expect(page.getByTestId('who-moved').locator('li')).toHaveCount(moved);
    // Poland had no recorded position on 1 March and had declined by September (the shipped articles).
    await expect(page.getByTestId('who-moved').locator('li[data-iso3="POL"]')).toContainText(
      'New position: No position → Declined',
    );
    const detail = page.getByTestId('detail-move');
    await expect(detail).toContainText('Compare from');
    await expect(detail.locator('blockquote[lang="ar"]')).toHaveCount(1);
  }

  // The map is drawn in movement colours, not in the single-date stance colours.
  const map = await waitForMap(page);
  const found = await countColours(page, await map.screenshot(), { new: MOVEMENT_COLORS.new });
  expect(found.new).toBeGreaterThan(100);
});

test('each thumb moves with the arrow keys, the start never passes the end, and the mode switches off and on', async ({
  page,
}) => {
  await openDashboard(page, `/en?time=${RANGE}`);
  const start = page.getByRole('slider', { name: 'Compare from' });
  const end = page.getByRole('slider', { name: 'Compare to' });
  await start.focus();
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => (searchParam(page, 'time')?.split('..')[0] ?? '') > '2025-03-01').toBe(true);
  const [movedStart] = (searchParam(page, 'time') ?? '').split('..');
  await expect(start).toHaveAttribute('aria-valuetext', new RegExp(String(Number(movedStart!.slice(8)))));

  await end.focus();
  await page.keyboard.press('ArrowLeft');
  await expect.poll(() => (searchParam(page, 'time')?.split('..')[1] ?? '\uffff') < '2025-09-04').toBe(true);
  // Home on the end thumb takes it to the first day: the start cannot stay after it, and one date remains.
  await page.keyboard.press('Home');
  await expect.poll(() => searchParam(page, 'time') ?? '').not.toContain('..');
  await expect(page.getByRole('slider', { name: 'Compare from' })).toHaveCount(0);

  await page.keyboard.press('End');
  await page.getByRole('button', { name: 'Compare two dates' }).click();
  await expect.poll(() => searchParam(page, 'time') ?? '').toMatch(/^\d{4}-\d{2}-\d{2}\.\.$/);
  await expect(page.getByTestId('who-moved')).toBeVisible();
  await page.getByRole('button', { name: 'Show one date' }).click();
  await expect.poll(() => searchParam(page, 'time')).toBeNull();
  await expect(page.getByTestId('who-moved')).toHaveCount(0);
});

test('the comparison in Arabic: right to left, Arabic labels and numerals', async ({ page }) => {
  await openDashboard(page, `/ar?time=${RANGE}`);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByTestId('who-moved').getByRole('heading')).toContainText('من تحرّك');
  await expect(page.locator('.timeline__date')).toContainText('←');
  await expect(page.getByTestId('movement-legend')).toContainText('موقف جديد');
  await expect(page.getByRole('slider', { name: 'المقارنة من' })).toBeVisible();
});
