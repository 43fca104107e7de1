import { editorRoute, json } from '@/lib/editor/http';
import { publish } from '@/lib/store/publish';

export const dynamic = 'force-dynamic';

/** Rewrites the public files from the store (published articles, with every review so far). */
export const POST = editorRoute('write', async ({ store, session }) => json(await publish(store, session.username)));
