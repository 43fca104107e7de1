import { NextResponse, type NextRequest } from 'next/server';
import { newNonce, pageCsp } from '@/lib/security/csp';

/**
 * A fresh CSP nonce for every page. Next.js reads the policy from the request headers while
 * rendering and puts the nonce on its own script tags; the browser gets the same policy.
 */
export function proxy(request: NextRequest) {
  const policy = pageCsp({ nonce: newNonce(), dev: process.env.NODE_ENV === 'development' });
  const headers = new Headers(request.headers);
  headers.set('content-security-policy', policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set('content-security-policy', policy);
  return response;
}

export const config = {
  // Pages only: API answers get their fixed policy from next.config.js, static files need none.
  matcher: [
    {
      source: '/((?!api/|_next/|geo/|maplibre-gl-worker\\.mjs|icon\\.svg|favicon\\.ico).*)',
      missing: [
        { type: 'header', key: 'next-router-prefetch' },
        { type: 'header', key: 'purpose', value: 'prefetch' },
      ],
    },
  ],
};
