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
  const context = await browser.newContext({
    locale: 'ar-EG',
    extraHTTPHeaders: { 'accept-language': 'ar-EG,ar;q=0.9,en;q=0.5' },
  });
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

test('the Arabic dashboard and reader show no English outside what is marked as English', async ({ page }) => {
  const latinOnArabic = () =>
    page.evaluate(() => {
      const found: string[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        const element = node.parentElement;
        if (!element || !/[A-Za-z]{2,}/.test(text)) continue;
        // The article's own text is the source as published (it may quote a Latin word): only the interface is checked.
        if (
          element.closest('[lang]:not([lang="ar"])') ||
          element.closest('script, style, noscript, .maplibregl-ctrl-attrib, .reader__text, .evidence__text')
        )
          continue;
        // Text a reader can see, or that a screen reader reads out (visually hidden text included).
        if (
          element.closest('[hidden]') ||
          (element.getClientRects().length === 0 && !element.closest('.visually-hidden, .sr-only'))
        )
          continue;
        found.push(text.trim().slice(0, 60));
      }
      return found;
    });
  await page.goto('/ar?country=POL');
  await expect(page.locator('main[data-ready="true"]')).toBeVisible({ timeout: 30_000 });
  expect(await latinOnArabic()).toEqual([]);
  await page.locator('a[href^="/ar/articles/"]').first().click();
  await expect(page.locator('article.reader')).toBeVisible();
  expect(await latinOnArabic()).toEqual([]);
});
