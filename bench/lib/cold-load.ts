import type { Browser } from '@playwright/test';
import { newProbedPage, VIEWPORT } from './step-latency';

/** ms from navigation start: first contentful paint, and the first frame of the map with data colours done. */
export type ColdLoad = { fcp: number; painted: number };

type ProbeWindow = Window & { __benchProbe: { firstColorFrame: { drawAt: number; end: number | null } | null } };

/** Each run in a fresh browser context: empty cache, new connections, nothing warm but the server. */
export async function coldLoads(browser: Browser, url: string, runs: number): Promise<ColdLoad[]> {
  const loads: ColdLoad[] = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ viewport: VIEWPORT });
    try {
      const page = await newProbedPage(context);
      await page.goto(url);
      await page.waitForFunction(() => (window as unknown as ProbeWindow).__benchProbe.firstColorFrame?.end, null, {
        timeout: 60_000,
      });
      loads.push(
        await page.evaluate(() => ({
          fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
          painted: (window as unknown as ProbeWindow).__benchProbe.firstColorFrame!.end!,
        })),
      );
    } finally {
      await context.close();
    }
  }
  return loads;
}
