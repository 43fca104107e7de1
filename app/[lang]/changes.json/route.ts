import { feedResponse } from '@/lib/changes/feed-response';

// The data file is read per request (cached by mtime), never at build time.
export const dynamic = 'force-dynamic';

export async function GET(request: Request, { params }: RouteContext<'/[lang]/changes.json'>): Promise<Response> {
  return feedResponse(request, (await params).lang, 'json');
}
