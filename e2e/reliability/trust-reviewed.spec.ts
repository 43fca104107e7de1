import { readFileSync, writeFileSync } from 'node:fs';
import { buildTimelineIndex } from '@/lib/timeline/as-of';
import { trustOf } from '@/lib/trust/trust';
import type { PositionsCollection } from '@/lib/schema/positions';
import { expect, test } from '../fixtures';
import { waitForMap } from '../helpers';
import { startServer, type Server } from './support/server';
import { tempData, type TempData } from './support/temp-data';

// Hatching is for automatic positions the extractor was unsure of, not for low numbers: a low-confidence position
// that a person has reviewed is drawn plain. Runs on a data copy where one such position is marked reviewed (the
// shipped data has no reviewed position yet).

const PORT = 3313;
let data: TempData;
let server: Server;
let reviewed: string;
let stillLow: string[];

test.beforeAll(async () => {
  data = tempData();
  const collection = JSON.parse(readFileSync(data.positionsFile, 'utf8')) as PositionsCollection;
  const asOf = buildTimelineIndex(collection.features.map((f) => f.properties)).asOfAt(null);
  const low = [...asOf]
    .filter(([, a]) => trustOf(a.position) === 'low')
    .map(([iso3]) => iso3)
    .sort();
  expect(low.length).toBeGreaterThan(1);
  // A European one, so the first-load map draws it.
  reviewed = low.find((iso3) => ['POL', 'ITA', 'FIN', 'GRC', 'DEU', 'FRA'].includes(iso3)) ?? low[0]!;
  const held = asOf.get(reviewed)!.position;
  for (const feature of collection.features) {
    for (const p of feature.properties.positions) {
      if (
        feature.properties.iso3 === reviewed &&
        p.article === held.article &&
        p.evidence.start === held.evidence.start
      )
        p.reviewed = true;
    }
  }
  writeFileSync(data.positionsFile, JSON.stringify(collection));
  stillLow = low.filter((iso3) => iso3 !== reviewed);
  server = await startServer(PORT, data.env);
});

test.afterAll(async () => {
  await server?.stop();
  data?.remove();
});

test('a reviewed low-confidence position is not hatched and says it was reviewed; the unreviewed ones stay hatched', async ({
  page,
}) => {
  await page.goto(`${server.url}/en?country=${reviewed}`);
  await waitForMap(page);
  const hatched = await page
    .locator('svg.overview-map [data-hatch]')
    .evaluateAll((paths) => paths.map((p) => p.getAttribute('data-hatch')!).sort());
  expect(hatched).toEqual(stillLow);
  await expect(page.getByTestId('hatch-legend').locator('.legend__count')).toHaveText(String(stillLow.length));
  await expect(page.locator('.fact__trust[data-trust="reviewed"]').first()).toHaveText('Reviewed by an editor');
  await page.goto(`${server.url}/en?tab=table&trust=reviewed`);
  await expect(page.locator('tbody tr[data-iso3]')).toHaveCount(1);
  await expect(page.locator(`tbody tr[data-iso3="${reviewed}"] td[data-trust="reviewed"]`)).toBeVisible();
});
