import { expect, test } from './fixtures';
import { countriesWithPositions, searchParam, tabTo, openDashboard } from './helpers';

test('keyboard alone can scrub the timeline, select a country and copy the link', async ({
  page,
  context,
  positions,
}) => {
  const country = countriesWithPositions(positions)[0];
  if (!country) throw new Error('no country with a position');
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openDashboard(page, '/en');
  await page.locator('body').focus();

  // Scrub: reach the slider by Tab, then Home and one step forward.
  const slider = page.getByRole('slider');
  await tabTo(page, slider);
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => searchParam(page, 'time')).not.toBeNull();

  // Select: Shift+Tab back up to the search box, type, pick with the arrow and Enter.
  const search = page.getByRole('combobox', { name: 'Find a country' });
  for (let i = 0; i < 80 && !(await search.evaluate((el) => el === document.activeElement)); i += 1) {
    await page.keyboard.press('Shift+Tab');
  }
  await expect(search).toBeFocused();
  await page.keyboard.type(country.name.en);
  await expect(page.getByRole('option').first()).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect.poll(() => searchParam(page, 'country')).toBe(country.iso3);
  await expect(page.locator('#detail-title')).toBeVisible();

  // Copy: Tab to the button and press Enter.
  const copy = page.getByRole('button', { name: 'Copy link' });
  await tabTo(page, copy);
  await page.keyboard.press('Enter');
  await expect(page.getByText('Link copied')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
});

test('the legend toggles and the tabs work from the keyboard', async ({ page }) => {
  await openDashboard(page, '/en');
  const declined = page.locator('.legend__item[data-stance="declined"]');
  await declined.focus();
  await page.keyboard.press('Enter');
  await expect(declined).toHaveAttribute('aria-pressed', 'false');

  const mapTab = page.getByRole('tab', { name: 'Map' });
  await mapTab.focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: 'Table' })).toBeFocused();
  await expect(page.getByRole('table')).toBeVisible();
  await expect.poll(() => searchParam(page, 'tab')).toBe('table');
});
