import { buildTimelineIndex } from '@/lib/timeline/as-of';
import { LOW_CONFIDENCE, trustOf } from '@/lib/trust/trust';
import type { PositionsPayload } from '@/lib/data/payloads';
import { expect, test } from './fixtures';
import { openDashboard, searchParam, waitForMap } from './helpers';

/** The countries whose position in force at the latest date the extractor produced with low confidence. */
function lowConfidenceNow(positions: PositionsPayload) {
  const asOf = buildTimelineIndex(positions.countries).asOfAt(null);
  const trust = new Map([...asOf].map(([iso3, a]) => [iso3, { trust: trustOf(a.position), asOf: a }]));
  return {
    asOf,
    trust,
    low: [...trust]
      .filter(([, t]) => t.trust === 'low')
      .map(([iso3]) => iso3)
      .sort(),
  };
}

test('hatching marks exactly the low-confidence automatic positions, and the legend counts them', async ({
  page,
  positions,
}) => {
  const { low, trust } = lowConfidenceNow(positions);
  // The shipped data holds both kinds, or this test could not tell hatching from no hatching.
  expect(low.length).toBeGreaterThan(0);
  expect([...trust.values()].some((t) => t.trust !== 'low')).toBe(true);

  await openDashboard(page, '/en');
  await waitForMap(page);
  const hatched = await page
    .locator('svg.overview-map [data-hatch]')
    .evaluateAll((paths) => paths.map((p) => p.getAttribute('data-hatch')!).sort());
  expect(hatched).toEqual(low);
  await expect(page.getByTestId('hatch-legend')).toContainText(
    `extracted automatically with confidence below ${LOW_CONFIDENCE}`,
  );
  await expect(page.getByTestId('hatch-legend').locator('.legend__count')).toHaveText(String(low.length));

  // The tooltip says why: a hatched country's confidence, a plain one's.
  const frame = (await page.locator('svg.overview-map').boundingBox())!;
  const inView: { iso3: string; x: number; y: number; area: number }[] = [];
  for (const iso3 of low) {
    const box = await page.locator(`svg.overview-map path[data-iso3="${iso3}"]`).boundingBox();
    if (!box) continue;
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    const inside = x > frame.x && x < frame.x + frame.width && y > frame.y && y < frame.y + frame.height;
    if (inside) inView.push({ iso3, x, y, area: box.width * box.height });
  }
  // The largest hatched country in the Europe view, hovered at the middle of its box.
  const target = inView.sort((a, b) => b.area - a.area)[0]!;
  const first = target.iso3;
  await page.mouse.move(target.x, target.y);
  const tooltip = page.locator(`.map-tooltip[data-iso3="${first}"]`);
  await expect(tooltip.locator('.map-tooltip__trust')).toHaveText(
    `Extracted automatically, confidence ${trust.get(first)!.asOf.position.confidence}`,
  );

  // The spending layer shows figures, not positions: nothing is hatched there.
  await openDashboard(page, '/en?layer=spending');
  await waitForMap(page);
  await expect(page.locator('svg.overview-map [data-hatch]')).toHaveCount(0);
  await expect(page.getByTestId('hatch-legend')).toHaveCount(0);
});

test('the table shows who vouches for each position, sorts least checked first and filters by it, in the URL', async ({
  page,
  positions,
}) => {
  const { low, trust } = lowConfidenceNow(positions);
  await openDashboard(page, '/en?tab=table');
  // Every row's trust cell agrees with the data.
  for (const [iso3, { trust: level, asOf }] of trust) {
    const cell = page.locator(`tr[data-iso3="${iso3}"] td[data-trust]`);
    await expect(cell).toHaveAttribute('data-trust', level);
    if (level !== 'reviewed') await expect(cell).toContainText(`confidence ${asOf.position.confidence}`);
  }

  await page.getByLabel('Order').selectOption('trust');
  await expect.poll(() => searchParam(page, 'sort')).toBe('trust');
  const order = await page
    .locator('tbody tr[data-iso3] td[data-trust]')
    .evaluateAll((cells) => cells.map((c) => c.getAttribute('data-trust')));
  const rank = { low: 0, automatic: 1, reviewed: 2, none: 3 } as Record<string, number>;
  expect(order.map((t) => rank[t!])).toEqual([...order.map((t) => rank[t!]!)].sort((a, b) => a - b));
  const confidences = await page
    .locator('tbody tr td[data-trust="low"]')
    .evaluateAll((cells) => cells.map((c) => Number(/confidence ([\d.]+)/.exec(c.textContent ?? '')?.[1])));
  expect(confidences).toEqual([...confidences].sort((a, b) => a - b));

  await page.getByLabel('Show positions').selectOption('low');
  await expect.poll(() => searchParam(page, 'trust')).toBe('low');
  await expect(page.locator('tbody tr[data-iso3]')).toHaveCount(low.length);
  await expect(page.locator('tbody tr[data-iso3] td[data-trust]:not([data-trust="low"])')).toHaveCount(0);

  // The link reopens the same table, filter and order included.
  await page.reload();
  await expect(page.locator('main[data-ready="true"]')).toBeVisible();
  await expect(page.getByLabel('Show positions')).toHaveValue('low');
  await expect(page.getByLabel('Order')).toHaveValue('trust');
  await expect(page.locator('tbody tr[data-iso3]')).toHaveCount(low.length);
});

test('the Arabic table and detail panel say it in Arabic', async ({ page, positions }) => {
  const { low } = lowConfidenceNow(positions);
  await openDashboard(page, `/ar?tab=table&country=${low[0]}`);
  await expect(page.locator(`tr[data-iso3="${low[0]}"] td[data-trust="low"]`)).toContainText('استُخرج آليًا');
  await expect(page.locator('.fact__trust[data-trust="low"]').first()).toContainText('درجة الثقة');
});
