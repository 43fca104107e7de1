import { versionBody } from '@/lib/editor/contract';
import { editorRoute, json, readBody } from '@/lib/editor/http';
import { articleIdParam } from '@/lib/editor/params';
import { markPublished } from '@/lib/store/articles';
import { publish } from '@/lib/store/publish';

export const dynamic = 'force-dynamic';

/** Publishes an article, and with it everything pending: the public files are rewritten from the store. */
export const POST = editorRoute<{ id: string }>('write', async ({ request, store, session, params }) => {
  const id = articleIdParam(params.id);
  const { version } = await readBody(request, versionBody);
  await markPublished(store, id, version, session.username);
  return json(await publish(store, session.username));
});
