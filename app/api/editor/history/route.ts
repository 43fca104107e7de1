import { editorRoute, intParam, json } from '@/lib/editor/http';
import { history } from '@/lib/store/history';

export const dynamic = 'force-dynamic';

export const GET = editorRoute('read', async ({ request, store }) => {
  const url = new URL(request.url);
  const limit = intParam(url, 'limit', 50, 500);
  const before = url.searchParams.has('before') ? intParam(url, 'before', 1, Number.MAX_SAFE_INTEGER) : undefined;
  return json({ entries: await history(store, { limit, before }) });
});
