import { changesStrings } from '@/lib/i18n/changes-strings';
import type { Lang } from '@/lib/i18n/langs';
import type { StanceChange } from './derive';
import { changeFilterSearch, type ChangeFilter } from './filter';
import { presentChange, type ChangeView } from './present';

export const ATOM_TYPE = 'application/atom+xml; charset=utf-8';
export const JSON_FEED_TYPE = 'application/feed+json; charset=utf-8';

/** Everything a feed document says, in the feed's language, with absolute URLs. */
export type FeedContext = {
  lang: Lang;
  title: string;
  description: string;
  author: string;
  /** The page that lists the same changes, and the two feeds of them (same filter). */
  pageUrl: string;
  atomUrl: string;
  jsonUrl: string;
  /** When the data was last written (ISO 8601): the feed's own updated time. */
  updated: string;
  /** The authority of tag: ids (RFC 4151), the site's host name. */
  idAuthority: string;
  entries: ChangeView[];
};

export function changesPaths(lang: Lang, filter: ChangeFilter): { page: string; atom: string; json: string } {
  const search = changeFilterSearch(filter);
  return {
    page: `/${lang}/changes${search}`,
    atom: `/${lang}/changes.atom${search}`,
    json: `/${lang}/changes.json${search}`,
  };
}

/**
 * The ids of entries are tag: URIs made of the change's own key (country, date, article, new stance), so an
 * entry keeps its id wherever it moves in the list, under any filter and in either language's feed.
 */
export function entryId(authority: string, key: string): string {
  return `tag:${authority},2025:willing-atlas/change/${key}`;
}

export function feedContext(
  lang: Lang,
  filter: ChangeFilter,
  changes: readonly StanceChange[],
  origin: string,
  generated: string | null,
): FeedContext {
  const strings = changesStrings(lang);
  const paths = changesPaths(lang, filter);
  const newest = changes.reduce((max, c) => (c.date > max ? c.date : max), '2025-01-01');
  return {
    lang,
    title: strings.feedTitle,
    description: strings.feedDescription,
    author: strings.author,
    pageUrl: `${origin}${paths.page}`,
    atomUrl: `${origin}${paths.atom}`,
    jsonUrl: `${origin}${paths.json}`,
    updated: generated ?? `${newest}T00:00:00Z`,
    idAuthority: new URL(origin).hostname,
    entries: changes.map((c) => presentChange(c, lang, origin)),
  };
}

/** A change's date as a timestamp: the change is known to the day. */
export const dayTimestamp = (date: string) => `${date}T00:00:00Z`;
