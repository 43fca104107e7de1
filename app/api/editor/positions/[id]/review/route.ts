import { positionReviewBody } from '@/lib/editor/contract';
import { editorRoute, json, numericId, readBody } from '@/lib/editor/http';
import { reviewPosition } from '@/lib/store/reviews';

export const dynamic = 'force-dynamic';

export const POST = editorRoute<{ id: string }>('write', async ({ request, store, session, params }) => {
  const id = numericId(params.id, 'position');
  const body = await readBody(request, positionReviewBody);
  return json(await reviewPosition(store, id, body, session.username));
});
