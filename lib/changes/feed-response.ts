import { errorResponse, etagFor } from '@/lib/data/api-responses';
import { DataUnavailableError } from '@/lib/data/data-unavailable-error';
import { isLang } from '@/lib/i18n/langs';
import { siteOrigin } from '@/lib/site-url';
import { SHARED_CACHE_CONTROL, notModified } from '@/lib/view-cache/cache-policy';
import { atomFeed } from './atom';
import { ATOM_TYPE, JSON_FEED_TYPE, feedContext } from './feed-context';
import { changeFilterSearch, filterChanges, parseChangeFilter } from './filter';
import { jsonFeed } from './json-feed';
import { loadChanges } from './load';

export type FeedFormat = 'atom' | 'json';

/** A feed is a document, not a page: it runs no script and loads nothing. */
const FEED_CSP = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'";

function problem(format: FeedFormat, status: 400 | 404, message: string): Response {
  const headers = { 'cache-control': 'no-store' };
  return format === 'json'
    ? Response.json({ error: message }, { status, headers })
    : new Response(`${message}\n`, { status, headers: { ...headers, 'content-type': 'text/plain; charset=utf-8' } });
}

/**
 * GET /{lang}/changes.atom and /{lang}/changes.json: the change list under the URL's filter, with the API's
 * shared-cache policy and an ETag over the data version, the format, the language, the filter and the origin.
 * A filter that cannot be used as given is a 400 that says why (a feed reader cannot show a notice).
 */
export async function feedResponse(request: Request, lang: string, format: FeedFormat): Promise<Response> {
  if (!isLang(lang)) return problem(format, 404, `No feed in language "${lang.slice(0, 8)}"; try en or ar`);
  const { filter, problems } = parseChangeFilter(new URL(request.url).searchParams);
  if (problems.length > 0) {
    return problem(format, 400, `Invalid filter: ${problems.map((p) => `${p.key}: ${p.reason}`).join('; ')}`);
  }
  try {
    const loaded = await loadChanges();
    const origin = siteOrigin();
    const etag = etagFor(`${loaded.version}|${format}|${lang}|${changeFilterSearch(filter)}|${origin}`);
    const type = format === 'atom' ? ATOM_TYPE : JSON_FEED_TYPE;
    const headers = {
      'content-type': type,
      'cache-control': SHARED_CACHE_CONTROL,
      etag,
      vary: 'accept-encoding',
      'content-security-policy': FEED_CSP,
    };
    if (notModified(request.headers.get('if-none-match'), etag)) return new Response(null, { status: 304, headers });
    const feed = feedContext(lang, filter, filterChanges(loaded.changes, filter), origin, loaded.generated);
    const body = format === 'atom' ? atomFeed(feed) : `${JSON.stringify(jsonFeed(feed), null, 1)}\n`;
    return new Response(body, { headers });
  } catch (error) {
    if (format === 'atom' && error instanceof DataUnavailableError) {
      return new Response(`Data temporarily unavailable: ${error.message}\n`, {
        status: 503,
        headers: { 'cache-control': 'no-store', 'retry-after': '5', 'content-type': 'text/plain; charset=utf-8' },
      });
    }
    return errorResponse(error);
  }
}
