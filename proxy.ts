import { NextResponse, type NextRequest } from 'next/server';
import { newNonce, pageCsp } from '@/lib/security/csp';
import { isEmbedPath } from '@/lib/embed/embed';
import { hasUndecodableSegment } from '@/lib/security/path-encoding';
import { RENDER_HEADER, VIEW_HEADER, renderToken } from '@/lib/view-cache/render-token';
import { isCacheablePath, isEditorPath, viewKey } from '@/lib/view-cache/view-key';
import { pageCache, pageKey, pageResponse } from '@/lib/view-cache/page-cache';
import { EDITOR_CACHE_CONTROL } from '@/lib/view-cache/cache-policy';

const HTML = 'text/html; charset=utf-8';

/** Requests for a page's RSC payload (client navigation, prefetch), which Next.js answers itself. */
const isRscRequest = (request: NextRequest) =>
  request.headers.has('rsc') || request.headers.has('next-router-prefetch') || request.nextUrl.searchParams.has('_rsc');

/**
 * Pages are served from the page cache (lib/view-cache/page-cache): a cached page is answered here, and any
 * other GET for a page is rewritten to app/cached-view with its normalised path, where the cache asks the
 * renderer for it once, with a per-process token this proxy lets through. `next dev` renders every request with a fresh CSP nonce, as Next.js expects.
 */
export async function proxy(request: NextRequest) {
  if (hasUndecodableSegment(request.nextUrl.pathname)) {
    const error = 'the address holds a percent-escape that is not UTF-8 text';
    return request.nextUrl.pathname.startsWith('/api/')
      ? NextResponse.json({ error }, { status: 400, headers: { 'cache-control': 'no-store' } })
      : new NextResponse(`Bad request: ${error}.`, {
          status: 400,
          headers: { 'content-type': 'text/plain; charset=utf-8' },
        });
  }
  // API answers get their fixed policy from next.config.js.
  if (request.nextUrl.pathname.startsWith('/api/')) return NextResponse.next();
  // Pages are read-only. Next.js would render them for a POST or DELETE too, and a POST is also how
  // Server Actions are called; this app has none, so any other method is refused before rendering.
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return new NextResponse(null, { status: 405, headers: { allow: 'GET, HEAD' } });
  }
  const dev = process.env.NODE_ENV === 'development';
  // The editor's pages read the session cookie: rendered for each request with a fresh nonce, kept by no cache
  // (not this server's page cache, not the proxy in front, not the browser's back-forward store).
  if (isEditorPath(request.nextUrl.pathname)) {
    const policy = pageCsp({ scripts: { nonce: newNonce() }, dev, framing: 'none' });
    const headers = new Headers(request.headers);
    headers.set('content-security-policy', policy);
    headers.delete(RENDER_HEADER);
    const response = NextResponse.next({ request: { headers } });
    response.headers.set('content-security-policy', policy);
    response.headers.set('cache-control', EDITOR_CACHE_CONTROL);
    return response;
  }
  if (!dev) {
    const inner = request.headers.get(RENDER_HEADER);
    if (inner !== null) {
      return inner === renderToken() ? NextResponse.next() : new NextResponse(null, { status: 400 });
    }
    const { pathname, search } = request.nextUrl;
    if (!isRscRequest(request) && isCacheablePath(pathname)) {
      const path = viewKey(pathname, search);
      // A page already rendered is answered here, without the rewrite and route handler a miss goes through.
      const cached = pageCache().peek(await pageKey(path));
      // Not a redirect: Next.js refuses a proxy answer whose Location is relative (a 500), and it stays relative
      // on purpose (app/route.ts); app/cached-view answers those from the same cache.
      const redirect = cached && cached.status >= 300 && cached.status < 400;
      if (cached && !redirect) return pageResponse(cached, request.headers.get('if-none-match'));
      const headers = new Headers(request.headers);
      headers.set(VIEW_HEADER, path);
      // The content type is set here, once: Next.js appends a route handler's headers as lists, and its
      // compression then takes the page for an unknown type and sends it uncompressed.
      return NextResponse.rewrite(new URL('/cached-view', request.url), {
        request: { headers },
        headers: { 'content-type': HTML },
      });
    }
    return NextResponse.next();
  }
  const framing = isEmbedPath(request.nextUrl.pathname) ? 'any' : 'none';
  const policy = pageCsp({ scripts: { nonce: newNonce() }, dev, framing });
  const headers = new Headers(request.headers);
  headers.set('content-security-policy', policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set('content-security-policy', policy);
  return response;
}

export const config = {
  // Pages (prefetches included, so no header gets past the method check) and the one API route
  // with a path parameter; static files need none of this.
  matcher: ['/((?!api/|_next/|geo/|maplibre-gl-worker\\.mjs|icon\\.svg|favicon\\.ico).*)', '/api/articles/:id+'],
};
