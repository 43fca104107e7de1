import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, fetchJson, queryRetry, retryTransient } from './api-fetch';
import { positionsQueryOptions, positionsKeys } from './positions';
import { articleQueryOptions, articlesQueryOptions } from './articles';

const respond = (status: number, body: string) =>
  vi.fn(async () => new Response(body, { status, headers: { 'content-type': 'application/json' } }));

afterEach(() => vi.unstubAllGlobals());

describe('fetching JSON from the API', () => {
  it('returns the parsed body of a successful answer', async () => {
    vi.stubGlobal('fetch', respond(200, '{"countries":[]}'));
    await expect(fetchJson('/api/positions')).resolves.toEqual({ countries: [] });
  });

  it("throws the server's message with the status for an error answer", async () => {
    vi.stubGlobal('fetch', respond(503, '{"error":"positions file is missing"}'));
    const error = await fetchJson('/api/positions').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 503, message: 'positions file is missing' });
  });

  it('throws a generic message when the error answer is not JSON', async () => {
    vi.stubGlobal('fetch', respond(502, '<html>Bad gateway</html>'));
    await expect(fetchJson('/api/positions')).rejects.toMatchObject({ status: 502, message: 'Request failed (502).' });
  });

  it('reports an unreachable server as status 0', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))),
    );
    await expect(fetchJson('/api/positions')).rejects.toMatchObject({ status: 0 });
  });
});

describe('retrying', () => {
  it('retries server and network failures twice', () => {
    expect(retryTransient(0, new ApiError(503, 'x'))).toBe(true);
    expect(retryTransient(1, new ApiError(0, 'x'))).toBe(true);
    expect(retryTransient(2, new ApiError(503, 'x'))).toBe(false);
  });

  it('never retries on the server, where a failed prefetch should hand over to the browser', () => {
    expect(typeof window).toBe('undefined');
    expect(queryRetry(0, new ApiError(503, 'x'))).toBe(false);
    expect(positionsQueryOptions().retry).toBe(queryRetry);
  });

  it('retries in the browser like retryTransient', () => {
    vi.stubGlobal('window', {});
    expect(queryRetry(0, new ApiError(503, 'x'))).toBe(true);
    expect(queryRetry(0, new ApiError(404, 'x'))).toBe(false);
  });

  it('does not retry a bad request or an unknown id', () => {
    expect(retryTransient(0, new ApiError(400, 'x'))).toBe(false);
    expect(retryTransient(0, new ApiError(404, 'x'))).toBe(false);
  });
});

describe('query options', () => {
  it('use keys that tell resources and articles apart', () => {
    expect(positionsQueryOptions().queryKey).toEqual(positionsKeys.all);
    expect(articleQueryOptions('a').queryKey).not.toEqual(articleQueryOptions('b').queryKey);
    expect(articlesQueryOptions().queryKey).not.toEqual(articleQueryOptions('a').queryKey);
  });

  it('escape article ids in the URL they fetch', async () => {
    const fetchSpy = respond(200, '{}');
    vi.stubGlobal('fetch', fetchSpy);
    const options = articleQueryOptions('../x');
    await options.queryFn?.({ signal: new AbortController().signal } as never);
    expect(fetchSpy).toHaveBeenCalledWith('/api/articles/..%2Fx', expect.anything());
  });
});
