import type { ApiErrorBody } from '@/lib/data/payloads';

/** A failed API call, with the server's message when it sent one. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** Worth retrying: the server or the network had a problem, not the request. */
  get transient(): boolean {
    return this.status === 0 || this.status >= 500;
  }
}

function isErrorBody(body: unknown): body is ApiErrorBody {
  return typeof body === 'object' && body !== null && typeof (body as ApiErrorBody).error === 'string';
}

export async function fetchJson<T>(url: string, signal?: AbortSignal): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, { signal, headers: { accept: 'application/json' } });
  } catch (cause) {
    if (signal?.aborted) throw cause;
    throw new ApiError(0, 'The server could not be reached.');
  }
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    throw new ApiError(response.status, isErrorBody(body) ? body.error : `Request failed (${response.status}).`);
  }
  if (body === null) throw new ApiError(response.status, 'The server sent an unreadable answer.');
  return body as T;
}

/** Retry transient failures a couple of times; a 400 or 404 will not get better. */
export function retryTransient(failureCount: number, error: unknown): boolean {
  const transient = !(error instanceof ApiError) || error.transient;
  return transient && failureCount < 2;
}

/**
 * The `retry` of every query: in the browser, retryTransient; on the server never, because a failed
 * prefetch should hand over to the browser at once rather than hold the page through back-offs.
 */
export function queryRetry(failureCount: number, error: unknown): boolean {
  return typeof window !== 'undefined' && retryTransient(failureCount, error);
}
