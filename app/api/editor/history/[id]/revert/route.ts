import { noteBody } from '@/lib/editor/contract';
import { editorRoute, json, numericId, readBody } from '@/lib/editor/http';
import { revert } from '@/lib/store/history';

export const dynamic = 'force-dynamic';

export const POST = editorRoute<{ id: string }>('write', async ({ request, store, session, params }) => {
  const id = numericId(params.id, 'history entry');
  const { note } = await readBody(request, noteBody);
  return json(await revert(store, id, session.username, note));
});
