import { createHash } from 'node:crypto';
import { dataVersion } from '@/lib/data/positions-payload';
import { encodeBody, pickEncoding } from '@/lib/view-cache/encodings';
import { pageCsp } from '@/lib/security/csp';
import { SHARED_CACHE_CONTROL, notModified } from '@/lib/view-cache/cache-policy';
import { inlineScriptHashes } from '@/lib/view-cache/inline-scripts';
import { RENDER_HEADER, VIEW_HEADER, renderToken } from '@/lib/view-cache/render-token';
import { ViewCache, type RenderedView } from '@/lib/view-cache/view-cache';
import { isCacheablePath } from '@/lib/view-cache/view-key';

export const dynamic = 'force-dynamic';

/** Next.js answers an HTML page and its RSC payload at one URL; a shared cache must keep them apart. */
const VARY = 'RSC, Next-Router-State-Tree, Next-Router-Prefetch, Next-Router-Segment-Prefetch, Accept-Encoding';
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
  const framing = /^\/[a-z]{2}\/embed(?:[/?]|$)/.test(path) ? 'any' : 'none';
  headers['content-security-policy'] = pageCsp({ scripts: { hashes: inlineScriptHashes(body) }, framing });
  const etag = `"${createHash('sha1')
    .update(`${response.status}\n${location ?? ''}\n${body}`)
    .digest('base64url')}"`;
  return { status: response.status, body, encoded: body ? encodeBody(body) : undefined, headers, etag };
}

const cache = new ViewCache(LIMIT, render);

/**
 * Every page request reaches this handler (proxy.ts rewrites it here and names the page in a header): the page is rendered once per
 * normalised URL and data version and then served from memory, with headers that let the proxy in front and any
 * CDN keep it too, and a strong ETag for revalidation.
 */
export async function GET(request: Request): Promise<Response> {
  // The renderer's own request must never come back here (it would render forever).
  if (request.headers.has(RENDER_HEADER)) return new Response('Loop detected', { status: 508 });
  // The proxy names the normalised page in a header (a route handler sees the address as requested).
  const url = new URL(request.url);
  const path = request.headers.get(VIEW_HEADER) ?? url.searchParams.get('path') ?? '';
  const pathname = path.split('?')[0]!;
  if (!path.startsWith('/') || !isCacheablePath(pathname)) return new Response('Not found', { status: 404 });
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
  if (!view.encoded) return new Response(null, { status: view.status, headers });
  const encoding = pickEncoding(request.headers.get('accept-encoding'));
  if (encoding !== 'identity') headers.set('content-encoding', encoding);
  return new Response(view.encoded[encoding], { status: view.status, headers });
}
