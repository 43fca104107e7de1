import { clientAddress, isCrossSite, sessionCookie } from '@/lib/auth/request';
import { login } from '@/lib/auth/sessions';
import { loginBody } from '@/lib/editor/contract';
import { errorAnswer, json, jsonProblem, readBody } from '@/lib/editor/http';
import { serverStore } from '@/lib/store/open';

export const dynamic = 'force-dynamic';

/** Logs in: checks the origin (no CSRF token exists yet), the rate limits and the password; sets the cookie. */
export async function POST(request: Request): Promise<Response> {
  if (isCrossSite(request)) return jsonProblem(403, 'Cross-site login refused');
  try {
    const body = await readBody(request, loginBody);
    const store = await serverStore();
    const { token, session } = await login(store, { ...body, address: clientAddress(request) });
    return json(session, 200, { 'set-cookie': sessionCookie(request, token) });
  } catch (error) {
    return errorAnswer(error);
  }
}
