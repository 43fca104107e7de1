import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures';
import { countriesWithPositions, seriousViolations as violations, waitForMap } from '../helpers';

// axe-core on the views an analyst actually reads: a country selected (detail panel, chips,
// evidence), in both languages, map and table; and the article reader with a marked passage.

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const seriousViolations = (page: Page) => violations(page, TAGS);

for (const lang of ['en', 'ar'] as const) {
  for (const tab of ['map', 'table'] as const) {
    test(`/${lang} ${tab} with countries selected has no serious or critical violations`, async ({
      page,
      positions,
    }) => {
      const [first, second] = countriesWithPositions(positions);
      await page.goto(
        `/${lang}?country=${first!.iso3}~${second!.iso3}&tab=${tab}&stance=${first!.positions[0]!.stance}~${second!.positions[0]!.stance}`,
      );
      await expect(page.locator(`section.detail[data-iso3="${first!.iso3}"]`)).toBeVisible();
      await expect(page.locator('.evidence').first()).toBeVisible();
      if (tab === 'map') await waitForMap(page);
      else await expect(page.getByRole('table')).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
    });
  }
}

test('the article reader with a marked passage has no serious or critical violations', async ({ page, positions }) => {
  const position = countriesWithPositions(positions)[0]!.positions[0]!;
  for (const lang of ['en', 'ar']) {
    await page.goto(`/${lang}/articles/${position.article}?mark=${position.evidence.start}-${position.evidence.end}`);
    await expect(page.locator('#marked')).toBeVisible();
    expect(await seriousViolations(page), lang).toEqual([]);
  }
});
