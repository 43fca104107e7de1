import { cookies } from 'next/headers';
import { sessionFor } from '@/lib/auth/sessions';
import { serverStore } from '@/lib/store/open';
import { SESSION_COOKIE, type EditorSession } from './contract';

/**
 * The editor logged in on this request, or null (no cookie, unknown or expired session, or no store). For the
 * editor pages: they read the cookie, so they are rendered per request and never cached.
 */
export async function currentEditor(): Promise<EditorSession | null> {
  const token = (await cookies()).get(SESSION_COOKIE)?.value;
  if (!token) return null;
  try {
    return await sessionFor(await serverStore(), token);
  } catch (error) {
    console.error('[editor] the store cannot be opened', error);
    return null;
  }
}
