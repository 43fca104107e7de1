import { expect, test } from './fixtures';
import { countriesWithPositions, searchParam, openDashboard } from './helpers';

test('Back undoes each discrete change in turn', async ({ page, positions }) => {
  const country = countriesWithPositions(positions)[0];
  if (!country) throw new Error('no country with a position in the data');
  await openDashboard(page, '/en');

  await page.locator('.legend__item[data-stance="declined"]').click();
  await expect(page).toHaveURL(/stance=/);
  await page.getByRole('radio', { name: 'Defence spending' }).check();
  await expect(page).toHaveURL(/layer=spending/);
  await page.getByRole('tab', { name: 'Table' }).click();
  await expect(page).toHaveURL(/tab=table/);
  await page.locator(`tr[data-iso3="${country.iso3}"] th button`).click();
  await expect(page).toHaveURL(new RegExp(`country=${country.iso3}`));

  await page.goBack();
  await expect.poll(() => searchParam(page, 'country')).toBeNull();
  await expect(page.locator('#detail-title')).toHaveCount(0);

  await page.goBack();
  await expect.poll(() => searchParam(page, 'tab')).toBeNull();
  await expect(page.getByRole('tab', { name: 'Map' })).toHaveAttribute('aria-selected', 'true');

  await page.goBack();
  await expect.poll(() => searchParam(page, 'layer')).toBeNull();
  await expect(page.getByRole('radio', { name: 'Stance' })).toBeChecked();

  await page.goBack();
  await expect.poll(() => searchParam(page, 'stance')).toBeNull();
  await expect(page.locator('.legend__item[data-stance="declined"]')).toHaveAttribute('aria-pressed', 'true');
});

test('a whole drag of the slider is one history entry', async ({ page }) => {
  await openDashboard(page, '/en?layer=spending');
  const thumb = page.getByRole('slider');
  const track = await page.locator('.timeline__track').boundingBox();
  const box = await thumb.boundingBox();
  if (!track || !box) throw new Error('slider not laid out');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  for (const f of [0.8, 0.6, 0.4, 0.2]) await page.mouse.move(track.x + track.width * f, track.y + track.height / 2);
  await page.mouse.up();
  await expect.poll(() => searchParam(page, 'time')).not.toBeNull();

  await page.goBack();
  await expect.poll(() => searchParam(page, 'time')).toBeNull();
  await expect(page).toHaveURL(/layer=spending/);
});

test('Back after a keyboard step restores the slider position', async ({ page }) => {
  await openDashboard(page, '/en');
  const slider = page.getByRole('slider');
  const latest = await slider.getAttribute('aria-valuetext');
  await slider.focus();
  await page.keyboard.press('ArrowLeft');
  await expect(slider).not.toHaveAttribute('aria-valuetext', latest ?? '');
  // The URL is written a moment after the state changes; Back before that would leave the page.
  await expect.poll(() => searchParam(page, 'time')).not.toBeNull();
  await page.goBack();
  await expect(slider).toHaveAttribute('aria-valuetext', latest ?? '');
});
