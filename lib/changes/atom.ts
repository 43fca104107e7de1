import { entryHtml, escapeMarkup as e } from './entry-html';
import { dayTimestamp, entryId, type FeedContext } from './feed-context';

/** The changes as an Atom 1.0 document (RFC 4287). */
export function atomFeed(feed: FeedContext): string {
  const entries = feed.entries.map((entry) =>
    [
      '  <entry>',
      `    <id>${e(entryId(feed.idAuthority, entry.key))}</id>`,
      `    <title>${e(entry.title)}</title>`,
      `    <published>${dayTimestamp(entry.date)}</published>`,
      `    <updated>${dayTimestamp(entry.date)}</updated>`,
      `    <link rel="alternate" type="text/html" href="${e(entry.mapUrl)}"/>`,
      `    <link rel="related" type="text/html" href="${e(entry.articleUrl)}"/>`,
      `    <category term="${entry.stance}" label="${e(entry.to)}"/>`,
      entry.reason ? `    <summary>${e(`${entry.reasonLabel}: ${entry.reason}`)}</summary>` : null,
      `    <content type="html">${e(entryHtml(entry, feed.lang))}</content>`,
      '  </entry>',
    ]
      .filter((line): line is string => line !== null)
      .join('\n'),
  );
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${feed.lang}">`,
    `  <id>${e(feed.atomUrl)}</id>`,
    `  <title>${e(feed.title)}</title>`,
    `  <subtitle>${e(feed.description)}</subtitle>`,
    `  <updated>${e(feed.updated)}</updated>`,
    `  <author><name>${e(feed.author)}</name></author>`,
    `  <link rel="self" type="application/atom+xml" href="${e(feed.atomUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${e(feed.pageUrl)}"/>`,
    `  <link rel="alternate" type="application/feed+json" href="${e(feed.jsonUrl)}"/>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
