import { test as base, expect, type Browser, type BrowserContext, type Page } from '@playwright/test';
import type { PositionsPayload } from '@/lib/data/payloads';

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** True for URLs that stay on this machine; data: and blob: never touch the network. */
export function isLocal(url: string): boolean {
  const parsed = new URL(url);
  if (parsed.protocol === 'data:' || parsed.protocol === 'blob:' || parsed.protocol === 'about:') return true;
  return LOCAL_HOSTS.has(parsed.hostname);
}

type Guard = { pageErrors: string[]; externalRequests: string[] };

/**
 * Records uncaught page errors and any request to another host, and blocks the latter so a test
 * can never depend on the network. Applied to every context a test opens.
 */
async function guardContext(context: BrowserContext, guard: Guard): Promise<void> {
  await context.route(
    (url) => !isLocal(url.href),
    (route) => {
      guard.externalRequests.push(route.request().url());
      return route.abort('blockedbyclient');
    },
  );
  context.on('request', (request) => {
    if (!isLocal(request.url())) guard.externalRequests.push(request.url());
  });
  context.on('page', (page) => watchPage(page, guard));
}

function watchPage(page: Page, guard: Guard) {
  page.on('pageerror', (error) => guard.pageErrors.push(`${page.url()}: ${error.message}`));
}

type Fixtures = {
  guard: Guard;
  /** Opens a brand-new browser context (no storage, no history), guarded like the main one. */
  freshPage: () => Promise<Page>;
  /** The data the app serves, so tests derive their expectations instead of hard-coding them. */
  positions: PositionsPayload;
};

export const test = base.extend<Fixtures>({
  guard: [
    async ({ context, page }, provide) => {
      const guard: Guard = { pageErrors: [], externalRequests: [] };
      await guardContext(context, guard);
      watchPage(page, guard);
      await provide(guard);
      expect(guard.pageErrors, 'uncaught errors in the page').toEqual([]);
      expect(guard.externalRequests, 'requests that left localhost').toEqual([]);
    },
    { auto: true },
  ],
  freshPage: async ({ browser, guard }, provide) => {
    const contexts: BrowserContext[] = [];
    await provide(async () => {
      const context = await newGuardedContext(browser, guard);
      contexts.push(context);
      return context.newPage();
    });
    for (const context of contexts) await context.close();
  },
  positions: async ({ request }, provide) => {
    const response = await request.get('/api/positions');
    expect(response.ok(), 'the positions API answers').toBe(true);
    await provide((await response.json()) as PositionsPayload);
  },
});

async function newGuardedContext(browser: Browser, guard: Guard): Promise<BrowserContext> {
  const context = await browser.newContext({
    viewport: { width: 1400, height: 1000 },
    locale: 'en-GB',
    timezoneId: 'UTC',
  });
  await guardContext(context, guard);
  return context;
}

export { expect };
