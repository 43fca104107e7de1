import { clearedSessionCookie } from '@/lib/auth/request';
import { logout } from '@/lib/auth/sessions';
import { editorRoute, NO_STORE } from '@/lib/editor/http';

export const dynamic = 'force-dynamic';

export const POST = editorRoute('write', async ({ request, store, token }) => {
  await logout(store, token);
  return new Response(null, { status: 204, headers: { ...NO_STORE, 'set-cookie': clearedSessionCookie(request) } });
});
