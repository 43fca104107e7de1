import type { BrowserContext, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import type { StepPlan } from './step-plan';

export const PROBE_SCRIPT = readFileSync('bench/browser/probe.js', 'utf8');
export const VIEWPORT = { width: 1400, height: 1000 };

/**
 * One timed step, in ms from the keydown: to the frame that draws the colours, to that frame done on
 * the main thread, and (Event Timing) to the next frame presented, null when under 16 ms, the least
 * the browser reports. Only meaningful where the colours come in the first frame after the key.
 */
export type StepSample = { draw: number; frame: number; presented: number | null };

type ProbeStep = { key: string; start: number; drawAt: number; end: number };
type ProbeWindow = Window & {
  __benchProbe: { results: ProbeStep[]; presented: { start: number; duration: number }[] };
};

export async function newProbedPage(context: BrowserContext): Promise<Page> {
  await context.addInitScript({ content: PROBE_SCRIPT });
  return context.newPage();
}

const resultCount = (page: Page) => page.evaluate(() => (window as unknown as ProbeWindow).__benchProbe.results.length);

/** Lets the previous step's trailing work (deferred renders, worker replies) finish before the next. */
async function settle(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((done) =>
        requestAnimationFrame(() => requestAnimationFrame(() => requestIdleCallback(() => done(), { timeout: 1000 }))),
      ),
  );
}

async function press(page: Page, key: string, expectFrame: boolean): Promise<ProbeStep | null> {
  const before = await resultCount(page);
  await page.keyboard.press(key);
  if (expectFrame) {
    await page.waitForFunction((n) => (window as unknown as ProbeWindow).__benchProbe.results.length > n, before, {
      timeout: 15_000,
    });
  }
  await settle(page);
  const results = await page.evaluate(() => (window as unknown as ProbeWindow).__benchProbe.results);
  if (!expectFrame && results.length > before)
    throw new Error(`${key} drew new colours where the plan expected none: the page and the plan disagree`);
  return expectFrame ? results[before]! : null;
}

/**
 * Walks the timeline with the keyboard on a page whose slider and map report to the probe, from the
 * first stop on and back with Home at the end, until `count` colour-changing ArrowRight steps are timed.
 */
export async function timeSteps(page: Page, plan: StepPlan, count: number): Promise<StepSample[]> {
  await page.locator('[role="slider"]').first().focus();
  const last = plan.stops.length - 1;
  let stop = last;
  const steps: ProbeStep[] = [];
  while (steps.length < count) {
    if (stop === last) {
      await press(page, 'Home', plan.changed[0]!);
      stop = 0;
      continue;
    }
    stop += 1;
    const step = await press(page, 'ArrowRight', plan.changed[stop]!);
    if (step) steps.push(step);
  }
  const presented = await page.evaluate(() => (window as unknown as ProbeWindow).__benchProbe.presented);
  return steps.map((step) => ({
    draw: step.drawAt - step.start,
    frame: step.end - step.start,
    presented: presented.find((p) => Math.abs(p.start - step.start) < 1)?.duration ?? null,
  }));
}
