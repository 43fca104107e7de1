import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures';

// Cutting the API in the middle of a session: the view on screen is the last good one and must
// stay, however often the app tries to refresh; once the API is back, a refresh succeeds.

/** What react-query does when the browser says it is back online: refetch stale queries. */
const reconnect = (page: Page) =>
  page.evaluate(() => {
    window.dispatchEvent(new Event('offline'));
    window.dispatchEvent(new Event('online'));
  });

test('with the API cut, the last good view stays and keeps working; when it is back, a refresh succeeds', async ({
  page,
  positions,
}) => {
  const country = positions.countries.find((c) => c.positions.length > 0)!;
  await page.clock.install();
  await page.goto(`/en?country=${country.iso3}&tab=table`);
  await expect(page.locator(`section.detail[data-iso3="${country.iso3}"]`)).toBeVisible();
  const rows = await page.locator('tbody tr').count();
  // The last good view is the whole page loaded: on a busy machine the borders may still be on their way, and the
  // clock jump below would time that request out.
  await page.waitForLoadState('networkidle');

  const failed: string[] = [];
  await page.route('**/api/**', (route) => {
    failed.push(route.request().url());
    return route.abort('internetdisconnected');
  });
  // Make the data stale, then let the app try (and retry) to refresh it.
  await page.clock.fastForward('10:00');
  await reconnect(page);
  await expect.poll(() => failed.length, { timeout: 20_000 }).toBeGreaterThanOrEqual(3); // first try + 2 retries
  await page.clock.fastForward('00:10');

  await expect(page.getByRole('alert').filter({ hasText: 'Retry' })).toHaveCount(0);
  await expect(page.locator('tbody tr')).toHaveCount(rows);
  await expect(page.locator(`section.detail[data-iso3="${country.iso3}"]`)).toBeVisible();
  // The view is not frozen either: switching tabs and layers works on the data already loaded.
  await page.getByRole('tab', { name: 'Map' }).click();
  await page.getByRole('radio', { name: 'Defence spending' }).check();
  await expect(page.getByRole('tab', { name: 'Map' })).toHaveAttribute('aria-selected', 'true');

  await page.unroute('**/api/**');
  const refreshed = page.waitForResponse((r) => r.url().endsWith('/api/positions') && r.status() === 200);
  await page.clock.fastForward('10:00');
  await reconnect(page);
  await refreshed;
  await expect(page.locator(`section.detail[data-iso3="${country.iso3}"]`)).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: 'Retry' })).toHaveCount(0);
});
