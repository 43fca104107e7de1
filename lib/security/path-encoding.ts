/**
 * True when a path segment holds a percent-escape that does not decode to UTF-8 text ("%zz",
 * "%C0%AF", a lone "%"). Next.js 16 answers 500 for such a segment in a dynamic route
 * (vercel/next.js#92527); the proxy refuses it first with a 400.
 */
export function hasUndecodableSegment(pathname: string): boolean {
  return pathname.split('/').some((segment) => {
    if (!segment.includes('%')) return false;
    try {
      decodeURIComponent(segment);
      return false;
    } catch {
      return true;
    }
  });
}
