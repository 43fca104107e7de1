import { devices } from '@playwright/test';
import { expect, test } from './fixtures';
import { openDashboard, waitForMap } from './helpers';

// A journalist on a phone: nothing wider than the screen, targets big enough for a finger, and a swipe over the map
// scrolls the page instead of panning a map that loaded behind their back.

const PHONE = devices['Pixel 7'];
test.use({
  viewport: { width: 390, height: 844 },
  hasTouch: true,
  isMobile: true,
  userAgent: PHONE.userAgent,
  deviceScaleFactor: 2,
});

for (const width of [320, 390, 430]) {
  test(`nothing overflows the screen at ${width} px, in both languages`, async ({ page }) => {
    await page.setViewportSize({ width, height: 844 });
    for (const lang of ['en', 'ar']) {
      await openDashboard(page, `/${lang}?country=GBR`);
      await waitForMap(page);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `${lang} is ${overflow} px wider than the screen`).toBeLessThanOrEqual(0);
    }
  });
}

test('touch targets are at least 24 px, the slider thumb 44 px', async ({ page }) => {
  await openDashboard(page, '/en?country=GBR');
  const thumb = await page.getByRole('slider').boundingBox();
  expect(thumb?.width).toBeGreaterThanOrEqual(44);
  expect(thumb?.height).toBeGreaterThanOrEqual(44);
  for (const radio of await page.getByRole('radio').all()) {
    const box = await radio.boundingBox();
    expect(box?.width, 'radio width').toBeGreaterThanOrEqual(24);
    expect(box?.height, 'radio height').toBeGreaterThanOrEqual(24);
  }
  const read = page.getByRole('link', { name: 'Read in the article' }).first();
  await read.scrollIntoViewIfNeeded();
  expect((await read.boundingBox())?.height).toBeGreaterThanOrEqual(24);
});

test('a one-finger swipe over the map scrolls the page and leaves the map alone', async ({ page }) => {
  await openDashboard(page, '/en');
  const overview = await waitForMap(page);
  const box = await overview.boundingBox();
  if (!box) throw new Error('no map box');
  const session = await page.context().newCDPSession(page);
  const x = box.x + box.width / 2;
  const y = Math.min(box.y + box.height / 2, 600);
  // Real touch input through the browser's input pipeline, so the browser itself decides to scroll or not.
  const swipe = async () => {
    await session.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
    for (let k = 1; k <= 10; k++) {
      await session.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y: y - k * 25 }] });
      await page.waitForTimeout(16);
    }
    await session.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  };
  await swipe();
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(100);
  await page.evaluate(() => window.scrollTo(0, 0));
  await swipe();
  await expect
    .poll(() => page.evaluate(() => window.scrollY), { message: 'the second swipe scrolls too' })
    .toBeGreaterThan(100);
  expect(await page.locator('.atlas-map__canvas canvas').count(), 'no map switched behind the reader').toBe(0);
  expect(new URL(page.url()).searchParams.get('view')).toBeNull();
});
