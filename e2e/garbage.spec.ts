import { expect, test } from './fixtures';
import { searchParam, openDashboard } from './helpers';

test('garbage parameters show the default view and are cleaned from the URL', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', (dialog) => {
    dialogs += 1;
    void dialog.dismiss();
  });
  const script = encodeURIComponent('<script>window.__injected=1;alert(1)</script>');
  await openDashboard(page, `/en?time=banana&country=XXX~${script}`);

  await expect(page.getByRole('heading', { level: 1, name: 'Willing Atlas' })).toBeVisible();
  await expect(page.getByRole('slider')).toBeVisible();
  expect(searchParam(page, 'time')).toBeNull();
  expect(searchParam(page, 'country')).toBeNull();
  expect(new URL(page.url()).pathname).toBe('/en');
  await expect(page.getByText('Click a country on the map or in the table, or search for it.')).toBeVisible();
  await expect(page.getByRole('slider')).toHaveAttribute(
    'aria-valuenow',
    (await page.getByRole('slider').getAttribute('aria-valuemax')) ?? '',
  );
  expect(await page.evaluate(() => 'injected' in window || '__injected' in window)).toBe(false);
  expect(dialogs).toBe(0);
});

test('each invalid value falls back on its own and valid ones are kept', async ({ page }) => {
  await openDashboard(
    page,
    '/en?time=2025-02-30&country=GBR~XXX&stance=declined~nonsense&layer=3d&tab=chart&view=999,1,2&utm_source=mail',
  );
  await expect(page.getByRole('slider')).toBeVisible();
  const params = new URL(page.url()).searchParams;
  expect(params.get('time')).toBeNull();
  expect(params.get('country')).toBe('GBR');
  expect(params.get('stance')).toBe('declined');
  expect(params.get('layer')).toBeNull();
  expect(params.get('tab')).toBeNull();
  expect(params.get('view')).toBeNull();
  expect(params.get('utm_source'), 'parameters the app does not own are left alone').toBe('mail');
  await expect(page.getByRole('tab', { name: 'Map' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.locator('.chips .chip__name')).toHaveText(['United Kingdom']);
});

test('an unknown language or article is a 404 page, not a crash', async ({ page }) => {
  const language = await page.goto('/xx');
  expect(language?.status()).toBe(404);
  const article = await page.goto('/en/articles/does-not-exist');
  expect(article?.status()).toBe(404);
  await expect(page.getByRole('link', { name: 'Go to the dashboard' })).toBeVisible();
});
