import { editorRoute, intParam, json } from '@/lib/editor/http';
import { ValidationError } from '@/lib/store/errors';
import { reviewQueue } from '@/lib/store/reviews';

export const dynamic = 'force-dynamic';

export const GET = editorRoute('read', async ({ request, store }) => {
  const url = new URL(request.url);
  const kind = url.searchParams.get('kind') ?? 'position';
  if (kind !== 'position' && kind !== 'figure') throw new ValidationError(['kind: expected "position" or "figure"']);
  const limit = intParam(url, 'limit', 50, 500);
  return json({ items: await reviewQueue(store, kind, limit) });
});
