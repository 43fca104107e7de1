import { isLang, type Lang } from '@/lib/i18n/langs';
import { parseShareState, type ShareState } from '@/lib/url/share-state';
import { EMBED_DEFAULT_HEIGHT, embedSnippet } from './embed';

export const OEMBED_WIDTH = 900;

export type OembedRequest = {
  url: string | null;
  maxwidth: string | null;
  maxheight: string | null;
  format: string | null;
};

export type OembedTarget = { lang: Lang; state: ShareState };

export type OembedProblem = { status: 400 | 404 | 501; error: string };

/**
 * Which view of this site a pasted link shows, or why it is no view: oEmbed answers 404 for a URL it does not
 * serve and 501 for a format other than JSON. Links to the dashboard and to its embed both qualify.
 */
export function oembedTarget(request: OembedRequest, origin: string): OembedTarget | OembedProblem {
  if (request.format !== null && request.format !== 'json') return { status: 501, error: 'Only format=json is served' };
  if (!request.url) return { status: 400, error: 'The "url" parameter is required' };
  let url: URL;
  try {
    url = new URL(request.url);
  } catch {
    return { status: 400, error: '"url" is not an absolute URL' };
  }
  if (url.origin !== origin) return { status: 404, error: `"url" is not a page of ${origin}` };
  const match = /^\/([a-z]{2})(?:\/embed)?\/?$/.exec(url.pathname);
  const lang = match?.[1];
  if (!isLang(lang)) return { status: 404, error: '"url" is not a view of the dashboard (/en or /ar)' };
  for (const key of ['maxwidth', 'maxheight'] as const) {
    const value = request[key];
    if (value !== null && !/^[1-9]\d{0,4}$/.test(value))
      return { status: 400, error: `"${key}" must be a positive integer` };
  }
  return { lang, state: parseShareState(url.searchParams).state };
}

export function isOembedProblem(value: OembedTarget | OembedProblem): value is OembedProblem {
  return 'status' in value;
}

/** The oEmbed "rich" answer: the iframe snippet of the view, within the size asked for, and its picture. */
export function oembedResponse(
  target: OembedTarget,
  request: OembedRequest,
  origin: string,
  text: { title: string; provider: string; thumbnail: string },
) {
  const width = Math.min(OEMBED_WIDTH, Number(request.maxwidth ?? OEMBED_WIDTH));
  const height = Math.min(EMBED_DEFAULT_HEIGHT, Number(request.maxheight ?? EMBED_DEFAULT_HEIGHT));
  const html = embedSnippet(origin, target.lang, target.state, text.title, { width, height });
  return {
    version: '1.0',
    type: 'rich',
    title: text.title,
    provider_name: text.provider,
    provider_url: `${origin}/`,
    html,
    width,
    height,
    thumbnail_url: `${origin}${text.thumbnail}`,
    thumbnail_width: 1200,
    thumbnail_height: 630,
    cache_age: 60,
  };
}
