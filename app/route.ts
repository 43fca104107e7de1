import type { NextRequest } from 'next/server';
import { preferredLang } from '@/lib/i18n/langs';
import { readableQuery } from '@/lib/url/share-state';

// `/` has no page of its own: send the visitor to their language and keep any shared view state.
// The Location is relative: nextUrl names the server's own hostname (localhost behind a proxy).
// Next.js hands the query over re-encoded ("~" as "%7E"), which would make a long shared link three
// times longer, past what clients accept in a header; the app's own separators go back to plain.
export function GET(request: NextRequest) {
  const lang = preferredLang(request.headers.get('accept-language'));
  const search = readableQuery(new URL(request.url).search);
  return new Response(null, { status: 307, headers: { location: `/${lang}${search}` } });
}
