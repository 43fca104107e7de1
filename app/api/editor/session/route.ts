import { editorRoute, json } from '@/lib/editor/http';

export const dynamic = 'force-dynamic';

export const GET = editorRoute('read', async ({ session }) => json(session));
