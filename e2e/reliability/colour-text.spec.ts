import { expect, test } from '../fixtures';
import { spendingColor } from '@/lib/colors/spending-scale';
import { STANCE_COLORS } from '@/lib/colors/stance-colors';
import { en } from '@/lib/i18n/dictionaries/en';
import { STANCES, type Stance } from '@/lib/schema/stance';
import { startServer, type Server } from './support/server';
import { spendingData } from './support/spending-data';

// Colour is never the only carrier of meaning: every colour the map paints has its text in the table.
// (Whether the colours themselves stay apart under colour-blindness is lib/colors/stance-colors.test.ts.)
// Runs on a data copy with a % of GDP figure in every spending class, which the shipped data lacks.

const PORT = 3312;
let data: ReturnType<typeof spendingData>;
let server: Server;

test.beforeAll(async () => {
  data = spendingData();
  server = await startServer(PORT, data.env);
});

test.afterAll(async () => {
  await server?.stop();
  data?.remove();
});

const rgb = (hex: string) => {
  const n = parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
};

test('stance layer: each legend colour has as many table rows as the map has countries in it, each naming the stance', async ({
  page,
}) => {
  await page.goto(`${server.url}/en?tab=table`);
  await expect(page.getByRole('table')).toBeVisible();
  for (const stance of STANCES) {
    const count = Number(await page.locator(`.legend__item[data-stance="${stance}"] .legend__count`).textContent());
    const rows = page.locator('tbody tr').filter({ has: page.locator(`td[data-stance="${stance}"]`) });
    await expect(rows, stance).toHaveCount(count);
    for (const row of await rows.all()) {
      await expect(row.locator('td').first()).toHaveText(en.stances[stance as Stance]);
      await expect(row.locator('th .swatch')).toHaveCSS('background-color', rgb(STANCE_COLORS[stance]));
    }
  }
});

test('spending layer: every coloured country shows its figure in the table, in the colour of its class', async ({
  page,
}) => {
  await page.goto(`${server.url}/en?tab=table&layer=spending`);
  await expect(page.getByRole('table')).toBeVisible();
  const shown: string[] = [];
  for (const row of await page.locator('tbody tr').all()) {
    const figure = (await row.locator('td').last().textContent()) ?? '';
    const value = /^([\d.]+)\s?%/.exec(figure)?.[1];
    if (!value) {
      await expect(row.locator('th .swatch'), 'a row without a figure is painted "no data"').toHaveCSS(
        'background-color',
        rgb('#D9D9D9'),
      );
      continue;
    }
    shown.push((await row.getAttribute('data-iso3'))!);
    await expect(row.locator('th .swatch')).toHaveCSS('background-color', rgb(spendingColor(Number(value))));
  }
  expect(shown.sort()).toEqual([...data.withFigure].sort());
});
