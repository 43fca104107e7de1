import { versionBody } from '@/lib/editor/contract';
import { editorRoute, json, readBody } from '@/lib/editor/http';
import { articleIdParam } from '@/lib/editor/params';
import { discardArticle } from '@/lib/store/articles';

export const dynamic = 'force-dynamic';

export const POST = editorRoute<{ id: string }>('write', async ({ request, store, session, params }) => {
  const id = articleIdParam(params.id);
  const { version } = await readBody(request, versionBody);
  return json(await discardArticle(store, id, version, session.username));
});
