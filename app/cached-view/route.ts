import { createHash } from 'node:crypto';
import { dataVersion } from '@/lib/data/positions-payload';
import { isEmbedPath } from '@/lib/embed/embed';
import { pageCsp } from '@/lib/security/csp';
import { SHARED_CACHE_CONTROL, notModified } from '@/lib/view-cache/cache-policy';
import { inlineScriptHashes } from '@/lib/view-cache/inline-scripts';
import { RENDER_HEADER, VIEW_HEADER, renderToken } from '@/lib/view-cache/render-token';
import { ownBytes, ViewCache, type RenderedView } from '@/lib/view-cache/view-cache';
import { isCacheablePath } from '@/lib/view-cache/view-key';

export const dynamic = 'force-dynamic';

/**
 * Next.js answers an HTML page and its RSC payload at one URL and adds its own Vary for that (RSC and the router
 * headers); the encoding is the other thing a response varies by. Together they stay under the 128 bytes past
 * which nginx refuses to cache a response.
 */
const VARY = 'Accept-Encoding';
/** Views kept per server process: a few thousand distinct shared links, a few MB each at most. */
const LIMIT = 2000;

async function render(key: string): Promise<RenderedView> {
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

const cache = new ViewCache(LIMIT, render);

/**
 * Every page request reaches this handler (proxy.ts rewrites it here and names the page in a header): the page is rendered once per
 * normalised URL and data version and then served from memory, with headers that let the proxy in front and any
 * CDN keep it too, and a strong ETag for revalidation.
 */
export async function GET(request: Request): Promise<Response> {
  const text = (status: number, message: string) =>
    new Response(message, { status, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  // The renderer's own request must never come back here (it would render forever).
  if (request.headers.has(RENDER_HEADER)) return text(508, 'Loop detected');
  // The proxy names the normalised page in a header (a route handler sees the address as requested).
  const url = new URL(request.url);
  const path = request.headers.get(VIEW_HEADER) ?? url.searchParams.get('path') ?? '';
  const pathname = path.split('?')[0]!;
  if (!path.startsWith('/') || !isCacheablePath(pathname)) return text(404, 'Not found');
  let version = 'unavailable';
  try {
    version = await dataVersion();
  } catch {
    // Without data the page renders its error state; it is cached under its own key until the data returns.
  }
  const view = await cache.get(`${version} ${path}`);
  const headers = new Headers(view.headers);
  headers.set('etag', view.etag);
  headers.set('vary', VARY);
  headers.set('cache-control', view.status >= 500 ? 'no-store' : SHARED_CACHE_CONTROL);
  if (view.status < 300 && notModified(request.headers.get('if-none-match'), view.etag)) {
    headers.delete('content-type');
    return new Response(null, { status: 304, headers });
  }
  // Compressed per request by Next.js (gzip), or once by the proxy or CDN that keeps it.
  return new Response(view.bytes ?? null, { status: view.status, headers });
}
