import { NextResponse, type NextRequest } from 'next/server';
import { newNonce, pageCsp } from '@/lib/security/csp';
import { hasUndecodableSegment } from '@/lib/security/path-encoding';

/**
 * A fresh CSP nonce for every page. Next.js reads the policy from the request headers while
 * rendering and puts the nonce on its own script tags; the browser gets the same policy.
 */
export function proxy(request: NextRequest) {
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
  const policy = pageCsp({ nonce: newNonce(), dev: process.env.NODE_ENV === 'development' });
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
