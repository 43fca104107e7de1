import type { BrowserContext, Page } from '@playwright/test';
import type { ArticlesPayload } from '@/lib/data/payloads';
import { dateRange } from '@/lib/timeline/as-of';
import { correctedSearchParams, type DataBounds } from '@/lib/url/corrections';
import { cleanedSearchParams, parseShareState, serializeShareState } from '@/lib/url/share-state';
import { checkChangesPage, checkFeed, isChangesPath, isFeedPath } from './check-changes';
import { urlOf, type UrlCase } from './url-cases';

/**
 * What one fuzzed URL did: `shown` (a page rendered and was checked) or `refused` (431/414 for a
 * request over Node's 16 KB header limit, before any page) — and every problem found, which fails it.
 */
export type UrlOutcome = { kind: 'shown' | 'refused'; statuses: number[]; problems: string[] };

const short = (text: string) => (text.length > 160 ? `${text.slice(0, 160)}…` : text);

/** Follows the redirects over plain HTTP, as a crawler would, and returns every status on the way. */
async function httpChain(url: string): Promise<number[]> {
  const statuses: number[] = [];
  let next = url;
  for (let hop = 0; hop < 5; hop++) {
    const response = await fetch(next, {
      redirect: 'manual',
      headers: { 'accept-language': 'en-GB' },
      signal: AbortSignal.timeout(30_000),
    });
    await response.arrayBuffer();
    statuses.push(response.status);
    const location = response.headers.get('location');
    if (response.status < 300 || response.status >= 400 || !location) break;
    next = new URL(location, next).href;
  }
  return statuses;
}

async function hydrated(page: Page): Promise<void> {
  // React marks the DOM nodes it has hydrated with __reactFiber$… keys.
  await page.waitForFunction(
    () => {
      const main = document.querySelector('#main');
      return main !== null && Object.keys(main).some((k) => k.startsWith('__react'));
    },
    null,
    { timeout: 30_000 },
  );
}

/** A date outside the data is moved to the nearest end of it. */
let bounds: Promise<DataBounds | null> | null = null;
function dataBounds(base: string): Promise<DataBounds | null> {
  // The same bounds the page computes (app/[lang]/page.tsx): the first and last publication dates.
  bounds ??= fetch(`${base}/api/articles`)
    .then((r) => r.json() as Promise<ArticlesPayload>)
    .then(({ articles }) => dateRange(articles));
  return bounds;
}

/** Dashboard checks: the address holds exactly the valid part of what was asked (dates in range), and the page shows it. */
async function checkDashboard(page: Page, asked: URL, base: string, problems: string[]): Promise<void> {
  const final = new URL(page.url());
  const shown = parseShareState(final.searchParams).state;
  if (cleanedSearchParams(final.searchParams) !== null)
    problems.push(`the address still holds invalid state: ${short(final.search)}`);
  const expected = correctedSearchParams(asked.searchParams, await dataBounds(base)) ?? asked.searchParams;
  const want = serializeShareState(parseShareState(expected).state).toString();
  const got = serializeShareState(shown).toString();
  if (got !== want) problems.push(`shows state "${got}" where the valid part of the URL is "${want}"`);
  const tab = await page.getByRole('tab', { selected: true }).getAttribute('id');
  if (tab !== `tab-${shown.tab}`) problems.push(`selected tab ${tab} is not ${shown.tab}`);
  const layer = await page.getByRole('radio', { checked: true }).getAttribute('value');
  if (layer !== shown.layer) problems.push(`checked layer ${layer} is not ${shown.layer}`);
  const first = shown.country[0];
  if (first && !(await page.locator(`section.detail[data-iso3="${first}"]`).isVisible()))
    problems.push(`no detail panel for ${first}`);
  if (await page.locator('.status--error').isVisible()) problems.push('an error message is shown');
}

/** Runs one case in a fresh page of `context`, so nothing a previous case left running can interfere. */
export async function checkUrlCase(context: BrowserContext, base: string, c: UrlCase): Promise<UrlOutcome> {
  const url = `${base}${urlOf(c)}`;
  const problems: string[] = [];
  if (isChangesPath(c.path) && isFeedPath(c.path)) {
    try {
      const status = await checkFeed(url, problems);
      return { kind: status === 431 || status === 414 ? 'refused' : 'shown', statuses: [status], problems };
    } catch (error) {
      return { kind: 'shown', statuses: [], problems: [`no HTTP answer: ${short((error as Error).message)}`] };
    }
  }
  let statuses: number[];
  try {
    statuses = await httpChain(url);
  } catch (error) {
    return { kind: 'shown', statuses: [], problems: [`no HTTP answer: ${short((error as Error).message)}`] };
  }
  const status = statuses.at(-1) ?? 0;
  if (statuses.some((s) => s >= 500)) problems.push(`answered ${statuses.join(' → ')}`);
  if (status === 431 || status === 414) return { kind: 'refused', statuses, problems };
  if (status !== 200) return { kind: 'shown', statuses, problems: [...problems, `ended on ${statuses.join(' → ')}`] };

  const page = await context.newPage();
  // The browser sends more headers than fetch, so a URL just under the limit over plain HTTP may be
  // just over it here: the last document status tells a refusal from a failure.
  let documentStatus = 0;
  page.on('response', (r) => {
    if (r.request().isNavigationRequest() && r.frame() === page.mainFrame()) documentStatus = r.status();
  });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  try {
    const response = await page.goto(url, { waitUntil: 'load', timeout: 45_000 });
    if ((response?.status() ?? 0) >= 500) problems.push(`the browser got ${response?.status()}`);
    await hydrated(page);
    // The server already redirected to the cleaned URL; a moment more for any client-side rewrite.
    await page.waitForTimeout(250);
    if (isChangesPath(c.path)) {
      await checkChangesPage(page, new URL(url), base, problems);
    } else if (c.path.includes('/articles/')) {
      if (!(await page.locator('article.reader').isVisible())) problems.push('the article text is not shown');
    } else {
      await checkDashboard(page, new URL(url), base, problems);
    }
  } catch (error) {
    if (documentStatus === 431 || documentStatus === 414) {
      await page.close();
      return { kind: 'refused', statuses: [...statuses, documentStatus], problems };
    }
    problems.push(short((error as Error).message.split('\n')[0] ?? 'failed'));
  } finally {
    if (!page.isClosed()) await page.close();
  }
  problems.push(...errors.map((e) => `page error: ${short(e)}`));
  return { kind: 'shown', statuses, problems };
}
