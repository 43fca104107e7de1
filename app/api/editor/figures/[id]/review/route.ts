import { figureReviewBody } from '@/lib/editor/contract';
import { editorRoute, json, numericId, readBody } from '@/lib/editor/http';
import { reviewFigure } from '@/lib/store/reviews';

export const dynamic = 'force-dynamic';

export const POST = editorRoute<{ id: string }>('write', async ({ request, store, session, params }) => {
  const id = numericId(params.id, 'figure');
  const body = await readBody(request, figureReviewBody);
  return json(await reviewFigure(store, id, body, session.username));
});
