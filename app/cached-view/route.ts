import { pageCache, pageKey, pageResponse } from '@/lib/view-cache/page-cache';
import { RENDER_HEADER, VIEW_HEADER } from '@/lib/view-cache/render-token';
import { isCacheablePath } from '@/lib/view-cache/view-key';

export const dynamic = 'force-dynamic';

/**
 * Pages the proxy (proxy.ts) did not find in the page cache are rewritten here, named in a header: the page is
 * rendered once per normalised URL and data version and then served from memory, with headers that let the
 * proxy in front and any CDN keep it too, and a strong ETag for revalidation.
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
  const view = await pageCache().get(await pageKey(path));
  return pageResponse(view, request.headers.get('if-none-match'));
}
