import { editorRoute, json } from '@/lib/editor/http';
import { publishStatus } from '@/lib/store/publish';

export const dynamic = 'force-dynamic';

export const GET = editorRoute('read', async ({ store }) => json(await publishStatus(store)));
