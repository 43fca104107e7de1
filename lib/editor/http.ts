import type { z } from 'zod';
import { csrfMatches, isCrossSite, sessionToken } from '@/lib/auth/request';
import { InvalidCredentialsError, RateLimitedError, sessionFor } from '@/lib/auth/sessions';
import { ConflictError, NotFoundError, ValidationError } from '@/lib/store/errors';
import { serverStore } from '@/lib/store/open';
import type { Store } from '@/lib/store/store';
import { CSRF_HEADER, type EditorSession } from './contract';

export const NO_STORE = { 'cache-control': 'no-store' };

/** Largest request body accepted: an article of the CLI's 4 MB limit, escaped as JSON, with its fields. */
export const MAX_BODY_BYTES = 10 * 1024 * 1024;

export function json(body: unknown, status = 200, headers: HeadersInit = {}): Response {
  return Response.json(body, { status, headers: { ...NO_STORE, ...headers } });
}

export function jsonProblem(
  status: number,
  error: string,
  extra: Record<string, unknown> = {},
  headers: HeadersInit = {},
) {
  return json({ error, ...extra }, status, headers);
}

/** Turns the store's and the login's errors into the contract's answers; anything else is a logged 500. */
export function errorAnswer(error: unknown): Response {
  if (error instanceof ValidationError) return jsonProblem(400, error.message, { problems: error.problems });
  if (error instanceof NotFoundError) return jsonProblem(404, error.message);
  if (error instanceof ConflictError) return jsonProblem(409, error.message, { current: error.current });
  if (error instanceof RateLimitedError) {
    return jsonProblem(429, error.message, {}, { 'retry-after': String(error.retryAfterSeconds) });
  }
  if (error instanceof InvalidCredentialsError) return jsonProblem(401, error.message);
  console.error('[editor api] unexpected error', error);
  return jsonProblem(500, 'Internal error');
}

/** Reads a JSON body and checks it against a contract schema; every problem names its field. */
export async function readBody<S extends z.ZodType>(request: Request, schema: S): Promise<z.infer<S>> {
  const type = request.headers.get('content-type') ?? '';
  if (!/^application\/json\b/i.test(type))
    throw new ValidationError(['the body must be JSON (Content-Type: application/json)']);
  const length = Number(request.headers.get('content-length') ?? 0);
  if (length > MAX_BODY_BYTES) throw new ValidationError([`the body is over the ${MAX_BODY_BYTES / 1048576} MB limit`]);
  const text = await request.text();
  if (Buffer.byteLength(text) > MAX_BODY_BYTES) {
    throw new ValidationError([`the body is over the ${MAX_BODY_BYTES / 1048576} MB limit`]);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new ValidationError([`the body is not valid JSON (${(error as Error).message})`]);
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    throw new ValidationError(
      parsed.error.issues.map((i) => `${i.path.map(String).join('.') || 'body'}: ${i.message}`),
    );
  }
  return parsed.data;
}

/** A path id of a position, figure or history entry: a positive integer. */
export function numericId(raw: string, what: string): number {
  if (!/^[1-9]\d{0,15}$/.test(raw)) throw new ValidationError([`${what} id: expected a positive integer`]);
  return Number(raw);
}

export type EditorContext<P> = { request: Request; store: Store; session: EditorSession; token: string; params: P };

/**
 * Wraps an editor route: 503 without a store, 401 without a session, and for writes 403 when the request comes
 * from another site or its x-csrf-token is not the session's; the store's errors become 400/404/409. Every answer
 * is `Cache-Control: no-store`.
 */
export function editorRoute<P = Record<string, never>>(
  kind: 'read' | 'write',
  handler: (context: EditorContext<P>) => Promise<Response>,
) {
  return async (request: Request, route?: { params: Promise<P> }): Promise<Response> => {
    let store: Store;
    try {
      store = await serverStore();
    } catch (error) {
      console.error('[editor api] the store cannot be opened', error);
      return jsonProblem(503, 'The editor store is unavailable', {}, { 'retry-after': '5' });
    }
    try {
      const token = sessionToken(request);
      const session = await sessionFor(store, token);
      if (!session || !token) return jsonProblem(401, 'Log in first');
      if (kind === 'write') {
        if (isCrossSite(request)) return jsonProblem(403, 'Cross-site request refused');
        if (!csrfMatches(request.headers.get(CSRF_HEADER), session.csrf)) {
          return jsonProblem(403, `Missing or wrong ${CSRF_HEADER} header`);
        }
      }
      const params = route ? await route.params : ({} as P);
      return await handler({ request, store, session, token, params });
    } catch (error) {
      return errorAnswer(error);
    }
  };
}

/** A bounded integer query parameter (limit=…), or the default; anything else is a 400 naming it. */
export function intParam(url: URL, name: string, fallback: number, max: number): number {
  const raw = url.searchParams.get(name);
  if (raw === null) return fallback;
  if (!/^\d{1,9}$/.test(raw) || Number(raw) < 1 || Number(raw) > max) {
    throw new ValidationError([`${name}: expected a whole number from 1 to ${max}`]);
  }
  return Number(raw);
}
