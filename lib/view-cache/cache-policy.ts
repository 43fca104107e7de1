/**
 * How long shared views and API answers may be kept. Browsers revalidate every time (max-age=0, with the ETag,
 * answered by a 304); a shared cache (the proxy, a CDN) serves them for a minute and, while it refreshes one in
 * the background, the stale copy for up to a day. When the data changes, the server's ETags change at once
 * and shared caches follow within `s-maxage`.
 */
export const SHARED_CACHE_CONTROL = 'public, max-age=0, s-maxage=60, stale-while-revalidate=86400';

/** Whether a request's If-None-Match names this ETag (weak or strong, or `*`). */
export function notModified(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch
    .split(',')
    .map((t) => t.trim().replace(/^W\//, ''))
    .some((t) => t === etag || t === '*');
}

/** The editor's pages: for the logged-in user only, stored by no cache. */
export const EDITOR_CACHE_CONTROL = 'private, no-store';
