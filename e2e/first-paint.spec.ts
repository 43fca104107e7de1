import { expect, test } from './fixtures';

// A shared link's first paint, before any script runs: the server's HTML (served from the view cache) already
// shows the shared state, so no frame of the default view appears first.

test('the HTML of a shared view shows its date, selection and filter before any script runs', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/en?time=2025-04-15&country=POL&stance=declined~troops_offered');
  await expect(page.getByRole('slider').first()).toHaveAttribute('aria-valuetext', /15 April 2025/);
  await expect(page.getByRole('heading', { name: 'Poland', level: 2 })).toBeVisible();
  await expect(page.locator('.legend')).toContainText('Declined');
  // The default view would show the latest date: it is not there, even for a moment.
  await expect(page.getByText('As of 4 September 2025')).toHaveCount(0);

  await page.goto('/ar?time=2025-03-01');
  await expect(page.getByRole('slider').first()).toHaveAttribute('aria-valuetext', /١ مارس ٢٠٢٥/);
  await context.close();
});
