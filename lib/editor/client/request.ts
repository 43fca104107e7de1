import { CSRF_HEADER } from '@/lib/editor/contract';

/**
 * A failed editor API call: the status, the server's message and problems, and for a 409 the version that
 * stands now (`current`); for a 429, how many seconds to wait when the server said so.
 */
export class EditorApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly problems: readonly string[] = [],
    readonly current: unknown = undefined,
    readonly retryAfter: number | null = null,
  ) {
    super(message);
    this.name = 'EditorApiError';
  }
}

export function isEditorApiError(error: unknown, status?: number): error is EditorApiError {
  return error instanceof EditorApiError && (status === undefined || error.status === status);
}

type ErrorBody = { error?: unknown; problems?: unknown; current?: unknown; retryAfter?: unknown };

/** Seconds to wait from a Retry-After header (seconds or an HTTP date) or a `retryAfter` number in the body. */
export function retryAfterSeconds(header: string | null, body: unknown, now = Date.now()): number | null {
  if (header) {
    const trimmed = header.trim();
    if (/^\d+$/.test(trimmed)) return Math.max(1, Number(trimmed));
    const at = Date.parse(trimmed);
    if (!Number.isNaN(at)) return Math.max(1, Math.ceil((at - now) / 1000));
  }
  const fromBody = (body as ErrorBody | null)?.retryAfter;
  if (typeof fromBody === 'number' && Number.isFinite(fromBody) && fromBody > 0) return Math.ceil(fromBody);
  return null;
}

export type RequestOptions = {
  method?: 'GET' | 'POST';
  body?: unknown;
  /** The session's CSRF token, sent on every write. */
  csrf?: string;
  signal?: AbortSignal;
  fetcher?: typeof fetch;
};

/** Calls /api/editor/*: JSON in, JSON out (null for 204), errors as EditorApiError. */
export async function editorRequest<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const { method = 'GET', body, csrf, signal, fetcher = fetch } = options;
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrf) headers[CSRF_HEADER] = csrf;
  let response: Response;
  try {
    response = await fetcher(path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      signal,
      credentials: 'same-origin',
      cache: 'no-store',
    });
  } catch (cause) {
    if (signal?.aborted) throw cause;
    throw new EditorApiError(0, 'The server could not be reached.');
  }
  if (response.status === 204) return null as T;
  const parsed: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const errorBody = (parsed ?? {}) as ErrorBody;
    const message = typeof errorBody.error === 'string' ? errorBody.error : `Request failed (${response.status}).`;
    const problems = Array.isArray(errorBody.problems)
      ? errorBody.problems.filter((p): p is string => typeof p === 'string')
      : [];
    throw new EditorApiError(
      response.status,
      message,
      problems,
      errorBody.current,
      response.status === 429 ? retryAfterSeconds(response.headers.get('retry-after'), parsed) : null,
    );
  }
  if (parsed === null) throw new EditorApiError(response.status, 'The server sent an unreadable answer.');
  return parsed as T;
}

/** Only paths inside this language's editor are followed after a login; anything else goes to the editor. */
export function safeNext(raw: string | string[] | null | undefined, lang: string): string {
  const value = Array.isArray(raw) ? raw[0] : raw;
  const home = `/${lang}/editor`;
  if (!value || !value.startsWith(`${home}`) || value.startsWith('//') || value.includes('\\')) return home;
  const rest = value.slice(home.length);
  if (rest !== '' && !/^[/?#]/.test(rest)) return home;
  if (rest.startsWith('/login')) return home;
  return value;
}
