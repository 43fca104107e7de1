import { entryHtml, entryText } from './entry-html';
import { dayTimestamp, entryId, type FeedContext } from './feed-context';

export type JsonFeedItem = {
  id: string;
  url: string;
  external_url: string;
  title: string;
  summary?: string;
  content_html: string;
  content_text: string;
  date_published: string;
  tags: string[];
  language: string;
};

export type JsonFeed = {
  version: 'https://jsonfeed.org/version/1.1';
  title: string;
  home_page_url: string;
  feed_url: string;
  description: string;
  language: string;
  authors: { name: string }[];
  items: JsonFeedItem[];
};

/** The changes as a JSON Feed 1.1 object (https://jsonfeed.org/version/1.1). */
export function jsonFeed(feed: FeedContext): JsonFeed {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: feed.title,
    home_page_url: feed.pageUrl,
    feed_url: feed.jsonUrl,
    description: feed.description,
    language: feed.lang,
    authors: [{ name: feed.author }],
    items: feed.entries.map((entry) => ({
      id: entryId(feed.idAuthority, entry.key),
      url: entry.mapUrl,
      external_url: entry.articleUrl,
      title: entry.title,
      ...(entry.reason ? { summary: `${entry.reasonLabel}: ${entry.reason}` } : {}),
      content_html: entryHtml(entry, feed.lang),
      content_text: entryText(entry, feed.lang),
      date_published: dayTimestamp(entry.date),
      tags: [entry.stance],
      language: feed.lang,
    })),
  };
}
