import type { Page } from '@playwright/test';
import { XMLValidator } from 'fast-xml-parser';
import { changeFilterSearch, parseChangeFilter } from '@/lib/changes/filter';

const short = (text: string) => (text.length > 160 ? `${text.slice(0, 160)}…` : text);

export const isChangesPath = (path: string) => /^\/[a-z]{2}\/changes(?:\.atom|\.json)?$/.test(path);
export const isFeedPath = (path: string) => /\.(?:atom|json)$/.test(path);

/** The oracle: what lib/changes makes of the asked URL's query. */
function expected(asked: URL) {
  const { filter, problems } = parseChangeFilter(asked.searchParams);
  return { canonical: changeFilterSearch(filter), problems };
}

/** A feed: 200 with a document of its type when the filter is usable as given, else 400 saying why. */
export async function checkFeed(url: string, problems: string[]): Promise<number> {
  const asked = new URL(url);
  const response = await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(30_000) });
  const text = await response.text();
  const { status } = response;
  if (status === 431 || status === 414) return status;
  const want = expected(asked).problems.length > 0 ? 400 : 200;
  if (status !== want) problems.push(`answered ${status}, expected ${want}`);
  const type = response.headers.get('content-type') ?? '';
  if (status === 200) {
    if (asked.pathname.endsWith('.atom')) {
      if (!type.startsWith('application/atom+xml')) problems.push(`content type ${type}`);
      const valid = XMLValidator.validate(text);
      if (valid !== true) problems.push(`not well-formed XML: ${short(JSON.stringify(valid))}`);
    } else {
      if (!type.startsWith('application/feed+json')) problems.push(`content type ${type}`);
      try {
        JSON.parse(text);
      } catch {
        problems.push('not JSON');
      }
    }
  } else if (status === 400) {
    if (!/Invalid filter: /.test(text)) problems.push(`400 without a message: ${short(text)}`);
    if (/[<>]/.test(text)) problems.push(`the message echoes markup: ${short(text)}`);
  }
  return status;
}

/**
 * The change page: it shows exactly the changes of the usable part of the filter (the JSON feed of the canonical
 * filter is the reference), and a notice in the main content exactly when part of the query was not usable.
 */
export async function checkChangesPage(page: Page, asked: URL, base: string, problems: string[]): Promise<void> {
  const { canonical, problems: issues } = expected(asked);
  const lang = asked.pathname.slice(1, 3);
  const feed = (await (await fetch(`${base}/${lang}/changes.json${canonical}`)).json()) as { items: { id: string }[] };
  const want = feed.items.map((i) => i.id.replace(/^.*\/change\//, ''));
  const got = await page.locator('main ol > li').evaluateAll((els) => els.map((e) => e.getAttribute('data-key')));
  if (JSON.stringify(got) !== JSON.stringify(want)) {
    problems.push(`lists ${got.length} changes where the filter "${canonical}" has ${want.length}`);
  }
  const notice = await page.locator('main [role="alert"]').count();
  if (notice > 0 !== issues.length > 0) {
    problems.push(issues.length > 0 ? 'no notice for the unusable part of the query' : 'a notice for a valid query');
  }
  if ((await page.getByRole('heading', { level: 1 }).count()) !== 1) problems.push('not one h1');
}
