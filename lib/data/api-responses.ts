import { createHash } from 'node:crypto';
import type { ApiErrorBody } from './payloads';
import { DataUnavailableError } from './data-unavailable-error';
import { SHARED_CACHE_CONTROL, notModified } from '@/lib/view-cache/cache-policy';

/**
 * The data can change under a running server: browsers revalidate every time and get a 304 when nothing
 * changed; shared caches (the proxy, a CDN) keep answers as they keep shared views. Errors are never stored.
 */
const REVALIDATE = SHARED_CACHE_CONTROL;
const NEVER_STORE = 'no-store';

export function etagFor(version: string): string {
  return `"${createHash('sha1').update(version).digest('base64url').slice(0, 27)}"`;
}

export function jsonWithEtag(request: Request, body: unknown, version: string): Response {
  const etag = etagFor(version);
  const headers = { 'cache-control': REVALIDATE, etag, vary: 'accept-encoding' };
  if (notModified(request.headers.get('if-none-match'), etag)) return new Response(null, { status: 304, headers });
  return Response.json(body, { headers });
}

export function jsonError(status: 400 | 404 | 500 | 501 | 503, error: string, extra: HeadersInit = {}): Response {
  const body: ApiErrorBody = { error };
  return Response.json(body, { status, headers: { 'cache-control': NEVER_STORE, ...extra } });
}

/** Data problems become a 503 the UI can retry; anything else is a bug, logged and kept vague. */
export function errorResponse(error: unknown): Response {
  if (error instanceof DataUnavailableError) {
    return jsonError(503, `Data temporarily unavailable: ${error.message}`, { 'retry-after': '5' });
  }
  console.error('[api] unexpected error', error);
  return jsonError(500, 'Internal error');
}
