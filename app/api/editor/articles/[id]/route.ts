import { editorRoute, json } from '@/lib/editor/http';
import { articleIdParam } from '@/lib/editor/params';
import { articleDetail } from '@/lib/store/articles';

export const dynamic = 'force-dynamic';

export const GET = editorRoute<{ id: string }>('read', async ({ store, params }) =>
  json(await articleDetail(store, articleIdParam(params.id))),
);
