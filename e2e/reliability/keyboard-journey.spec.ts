import type { Locator, Page } from '@playwright/test';
import { expect, test } from '../fixtures';
import { searchParam } from '../helpers';

// The whole analyst journey without a mouse: scrub the timeline, filter a stance, select a country,
// open the evidence behind its position, go back, and copy the link that reproduces the view.

async function focusBy(page: Page, key: 'Tab' | 'Shift+Tab', target: Locator, limit = 200) {
  for (let i = 0; i < limit; i += 1) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press(key);
  }
  throw new Error(`${key} never reached ${target}`);
}

test('scrub, filter, select a country, open its evidence, come back and copy the link, by keyboard alone', async ({
  page,
  context,
  positions,
}) => {
  // A country whose latest stance survives the filter below, so it stays on the map and in the table.
  const country = positions.countries
    .filter((c) => c.positions.length > 0)
    .find((c) => [...c.positions].sort((a, b) => (a.date < b.date ? -1 : 1)).at(-1)!.stance !== 'declined')!;
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/en');
  await page.locator('body').focus();

  // Scrub: Home goes to the first change date, ArrowRight to the next, End back to the latest.
  const slider = page.getByRole('slider');
  await focusBy(page, 'Tab', slider);
  await page.keyboard.press('Home');
  const first = await slider.getAttribute('aria-valuetext');
  await page.keyboard.press('ArrowRight');
  await expect(slider).not.toHaveAttribute('aria-valuetext', first!);
  await expect.poll(() => searchParam(page, 'time')).not.toBeNull();
  await page.keyboard.press('End');
  await expect.poll(() => searchParam(page, 'time')).toBeNull(); // the latest date is the default

  // Filter: hide "Declined" with the space bar.
  const declined = page.locator('.legend__item[data-stance="declined"]');
  await focusBy(page, 'Tab', declined);
  await page.keyboard.press('Space');
  await expect(declined).toHaveAttribute('aria-pressed', 'false');
  await expect.poll(() => searchParam(page, 'stance')).not.toBeNull();
  const stanceParam = searchParam(page, 'stance');

  // Select: back up to the search box, type, choose with the arrow keys.
  const search = page.getByRole('combobox', { name: 'Find a country' });
  await focusBy(page, 'Shift+Tab', search);
  await page.keyboard.type(country.name.en);
  // The first match is active as soon as the list opens; other names may contain the one typed
  // ("Australia" in "Australian Indian Ocean Territories"), so arrow down until it is the active one.
  await expect(search).toHaveAttribute('aria-expanded', 'true');
  for (
    let i = 0;
    i < 10 && !(await search.getAttribute('aria-activedescendant'))?.endsWith(`-${country.iso3}`);
    i += 1
  ) {
    await page.keyboard.press('ArrowDown');
  }
  await page.keyboard.press('Enter');
  await expect.poll(() => searchParam(page, 'country')).toBe(country.iso3);
  const detail = page.locator(`section.detail[data-iso3="${country.iso3}"]`);
  await expect(detail).toBeVisible();
  const dashboardUrl = page.url();

  // Evidence: Tab to the first "Read in the article" link and follow it; the quoted passage gets focus.
  const evidence = detail.getByRole('link', { name: 'Read in the article' }).first();
  await focusBy(page, 'Tab', evidence);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/en\/articles\/[^?]+\?mark=\d+-\d+$/);
  await expect(page.locator('#marked')).toBeFocused();

  // Back, as Alt+Left does in a desktop browser (headless Chromium has no browser shortcuts):
  // the same view, filter and selection included.
  await page.goBack();
  await expect(page).toHaveURL(dashboardUrl);
  await expect(detail).toBeVisible();
  expect(searchParam(page, 'stance')).toBe(stanceParam);

  // Copy the link that reproduces this view.
  const copy = page.getByRole('button', { name: 'Copy link' });
  await page.locator('body').focus();
  await focusBy(page, 'Tab', copy);
  await page.keyboard.press('Enter');
  await expect(page.getByText('Link copied')).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  // The state on screen, in the canonical key order (the address bar may order keys as they were set).
  const sorted = (url: string) => [...new URL(url).searchParams.entries()].sort();
  expect(sorted(copied)).toEqual(sorted(page.url()));
  expect(new URL(copied).searchParams.get('country')).toBe(country.iso3);
  expect(new URL(copied).searchParams.get('stance')).toBe(stanceParam);
});
