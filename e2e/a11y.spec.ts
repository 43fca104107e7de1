import { expect, test } from './fixtures';
import { seriousViolations, waitForMap } from './helpers';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

const PAGES = [
  { name: 'English map', url: '/en', map: true },
  { name: 'English table', url: '/en?tab=table&layer=spending', map: false },
  { name: 'Arabic map', url: '/ar?layer=spending', map: true },
  { name: 'Arabic table', url: '/ar?tab=table', map: false },
  // Two compared dates (movement legend, who moved, from → to), and the table ordered and filtered by trust.
  { name: 'English comparison map', url: '/en?time=2025-03-01..2025-09-04&country=POL', map: true },
  { name: 'Arabic comparison table', url: '/ar?time=2025-03-01..2025-09-04&tab=table&sort=trust', map: false },
  { name: 'English table filtered by trust', url: '/en?tab=table&trust=low&sort=trust&country=ITA', map: false },
];

for (const { name, url, map } of PAGES) {
  test(`${name} has no serious or critical accessibility violations`, async ({ page }) => {
    await page.goto(url);
    if (map) await waitForMap(page);
    else await expect(page.getByRole('table')).toBeVisible();
    // Charts load when scrolled into view; bring them in so they are checked too.
    await page.locator('.charts').scrollIntoViewIfNeeded();
    await expect(page.locator('.charts figure h3').first()).toBeVisible();
    expect(await seriousViolations(page, TAGS)).toEqual([]);
  });
}

// The change list, plain and with a filter whose bad parts are explained (the notice is checked too).
const CHANGE_PAGES = [
  '/en/changes',
  '/ar/changes',
  '/en/changes?country=POL~ZZZ&stance=declined',
  '/ar/changes?from=x',
];

for (const url of CHANGE_PAGES) {
  test(`${url} has no serious or critical accessibility violations`, async ({ page }) => {
    await page.goto(url);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(await seriousViolations(page, TAGS)).toEqual([]);
  });
}
