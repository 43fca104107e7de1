import { createHash } from 'node:crypto';
import { dataVersion } from '@/lib/data/positions-payload';
import { isEmbedPath } from '@/lib/embed/embed';
import { pageCsp } from '@/lib/security/csp';
import { SHARED_CACHE_CONTROL, notModified } from './cache-policy';
import { inlineScriptHashes } from './inline-scripts';
import { RENDER_HEADER, renderToken } from './render-token';
import { ownBytes, ViewCache, type RenderedView } from './view-cache';

/**
 * Next.js answers an HTML page and its RSC payload at one URL and adds its own Vary for that (RSC and the router
 * headers); the encoding is the other thing a response varies by. Together they stay under the 128 bytes past
 * which nginx refuses to cache a response.
 */
const VARY = 'Accept-Encoding';
/** Views kept per server process: a few thousand distinct shared links, a few MB each at most. */
const LIMIT = 2000;

/** Asks this server's own renderer for a page (the proxy lets the request through by its token). */
async function renderPage(key: string): Promise<RenderedView> {
  const path = key.slice(key.indexOf(' ') + 1);
  const origin = `http://127.0.0.1:${process.env.PORT ?? '3000'}`;
  const response = await fetch(`${origin}${path}`, {
    headers: { [RENDER_HEADER]: renderToken(), accept: 'text/html', 'accept-encoding': 'identity' },
    redirect: 'manual',
    cache: 'no-store',
  });
  const body = response.status >= 300 && response.status < 400 ? '' : await response.text();
  const headers: Record<string, string> = {
    'content-type': response.headers.get('content-type') ?? 'text/html; charset=utf-8',
  };
  const location = response.headers.get('location');
  if (location) headers.location = location;
  const framing = isEmbedPath(path.split('?')[0]!) ? 'any' : 'none';
  headers['content-security-policy'] = pageCsp({ scripts: { hashes: inlineScriptHashes(body) }, framing });
  const etag = `"${createHash('sha1')
    .update(`${response.status}\n${location ?? ''}\n${body}`)
    .digest('base64url')}"`;
  return { status: response.status, body, bytes: body ? ownBytes(body) : undefined, headers, etag };
}

const GLOBAL = Symbol.for('willing-atlas.page-cache');

/**
 * The process's one cache of rendered pages. Next.js bundles the proxy and the route handlers apart, so a
 * module-level cache would be two caches; the process-wide slot makes it one, which lets the proxy answer a
 * cached page at once and leave only misses to the route handler (app/cached-view).
 */
export function pageCache(): ViewCache {
  const slot = globalThis as { [GLOBAL]?: ViewCache };
  slot[GLOBAL] ??= new ViewCache(LIMIT, renderPage);
  return slot[GLOBAL];
}

/** The cache key of a normalised page path: the data version comes first, so new data misses every old entry. */
export async function pageKey(path: string): Promise<string> {
  let version = 'unavailable';
  try {
    version = await dataVersion();
  } catch {
    // Without data the page renders its error state; it is cached under its own key until the data returns.
  }
  return `${version} ${path}`;
}

/** The answer for a cached page: shared-cache headers, a strong ETag, and a 304 when the client has it. */
export function pageResponse(view: RenderedView, ifNoneMatch: string | null): Response {
  const headers = new Headers(view.headers);
  headers.set('etag', view.etag);
  headers.set('vary', VARY);
  headers.set('cache-control', view.status >= 500 ? 'no-store' : SHARED_CACHE_CONTROL);
  if (view.status < 300 && notModified(ifNoneMatch, view.etag)) {
    headers.delete('content-type');
    return new Response(null, { status: 304, headers });
  }
  // Compressed per request by Next.js (gzip), or once by the proxy or CDN that keeps it.
  return new Response(view.bytes ?? null, { status: view.status, headers });
}
