import { createRequire } from 'node:module';
import { expect, test } from './fixtures';
import { countriesWithPositions, openDashboard } from './helpers';

const ARABIC_DIGIT = /[\u0660-\u0669]/;
const isoCountries = createRequire(import.meta.url)('i18n-iso-countries') as typeof import('i18n-iso-countries');
isoCountries.registerLocale(createRequire(import.meta.url)('i18n-iso-countries/langs/ar.json'));

test('the Arabic page is right-to-left with a mirrored layout', async ({ page }) => {
  await openDashboard(page, '/ar');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('أطلس الراغبين');

  const side = await page.locator('.layout__side').boundingBox();
  const main = await page.locator('.layout__main').boundingBox();
  expect(side && main && side.x < main.x, 'the side panel sits on the left in Arabic').toBe(true);
});

test('the Arabic page shows Arabic country names, numerals and dates', async ({ page, positions }) => {
  await openDashboard(page, '/ar?tab=table');
  const slider = page.getByRole('slider');
  await expect(slider).toHaveAttribute('aria-valuetext', ARABIC_DIGIT);
  expect(await slider.getAttribute('aria-valuetext')).not.toMatch(/[0-9]/);

  const country = countriesWithPositions(positions)[0];
  if (!country) throw new Error('no country with a position');
  const row = page.locator(`tr[data-iso3="${country.iso3}"]`);
  await expect(row.locator('th')).toHaveText(isoCountries.getName(country.iso3, 'ar') ?? country.name.ar);
  await expect(row.locator('th')).toHaveText(/[\u0600-\u06FF]/);
  await expect(page.locator('.legend__count').first()).toHaveText(ARABIC_DIGIT);
});

test('a visitor whose browser prefers Arabic is sent to /ar, keeping the view', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'ar-EG', extraHTTPHeaders: { 'accept-language': 'ar-EG,ar;q=0.9,en;q=0.5' } });
  const page = await context.newPage();
  await page.goto('/?layer=spending');
  await expect(page).toHaveURL(/\/ar\?layer=spending$/);
  await context.close();
});

test('the language switch keeps the current view', async ({ page }) => {
  await openDashboard(page, '/en?layer=spending&tab=table');
  await page.getByRole('link', { name: 'العربية' }).click();
  await expect(page).toHaveURL(/\/ar\?layer=spending&tab=table$/);
  await expect(page.getByRole('tab', { name: 'الجدول' })).toHaveAttribute('aria-selected', 'true');
});
