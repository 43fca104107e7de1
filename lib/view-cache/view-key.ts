/**
 * The cache key of a page request: its path and its query with the parameters in a fixed order, so the same
 * view shared as `?country=POL&time=…` or `?time=…&country=POL` is rendered once. Values keep their order
 * within a parameter (the first selected country is the one in the detail panel).
 */
export function viewKey(pathname: string, search: string): string {
  const params = new URLSearchParams(search);
  const keys = [...new Set(params.keys())].sort();
  const sorted = new URLSearchParams();
  for (const key of keys) for (const value of params.getAll(key)) sorted.append(key, value);
  const query = sorted.toString().replace(/%7E/gi, '~').replace(/%2C/gi, ',');
  return query ? `${pathname}?${query}` : pathname;
}

/** The change feeds (/en/changes.atom, /ar/changes.json): route handlers with their own type, ETag and cache policy. */
export function isFeedPath(pathname: string): boolean {
  return /^\/[a-z]{2}\/changes\.(?:atom|json)$/.test(pathname);
}

/** The editor's pages (/en/editor…, /ar/editor…): per user, behind a login, never cached anywhere. */
export function isEditorPath(pathname: string): boolean {
  return /^\/[a-z]{2}\/editor(?:\/|$)/.test(pathname);
}

/** Paths whose page the cache may serve: the dashboard, embeds, reader and change pages in either language. */
export function isCacheablePath(pathname: string): boolean {
  return (
    /^\/[a-z]{2}(?:\/[^?#]*)?$/.test(pathname) &&
    !isEditorPath(pathname) &&
    !pathname.startsWith('/api/') &&
    !pathname.startsWith('/_next/') &&
    !isFeedPath(pathname)
  );
}
