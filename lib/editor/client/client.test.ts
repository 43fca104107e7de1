import { describe, expect, it } from 'vitest';
import type { ReviewItem } from '@/lib/editor/contract';
import { fieldChanges, flatten, isTimestamp } from './diff';
import { itemAnchor, itemSpans } from './highlights';
import { loginPath } from './paths';
import { editorApi } from './queries';
import { EditorApiError, editorRequest, retryAfterSeconds, safeNext } from './request';

type Call = { url: string; init: RequestInit };

function fakeFetch(status: number, body: unknown, headers: Record<string, string> = {}) {
  const calls: Call[] = [];
  const fetcher = (async (url: string, init: RequestInit) => {
    calls.push({ url, init });
    return new Response(body === undefined ? null : JSON.stringify(body), { status, headers });
  }) as unknown as typeof fetch;
  return { calls, fetcher };
}

describe('editorRequest', () => {
  it('sends JSON with the CSRF token on writes', async () => {
    const { calls, fetcher } = fakeFetch(200, { ok: 1 });
    const answer = await editorRequest('/api/editor/publish', { method: 'POST', body: {}, csrf: 'tok', fetcher });
    expect(answer).toEqual({ ok: 1 });
    const headers = calls[0]!.init.headers as Record<string, string>;
    expect(headers['x-csrf-token']).toBe('tok');
    expect(headers['content-type']).toBe('application/json');
    expect(calls[0]!.init.body).toBe('{}');
    expect(calls[0]!.init.method).toBe('POST');
  });

  it('never sends the token on reads', async () => {
    const { calls, fetcher } = fakeFetch(200, { items: [] });
    await editorRequest('/api/editor/queue', { csrf: 'tok', fetcher });
    expect((calls[0]!.init.headers as Record<string, string>)['x-csrf-token']).toBeUndefined();
  });

  it('answers null for 204', async () => {
    const { fetcher } = fakeFetch(204, undefined);
    await expect(editorRequest('/api/editor/logout', { method: 'POST', fetcher })).resolves.toBeNull();
  });

  it('carries the message, the problems and the current version of an error', async () => {
    const { fetcher } = fakeFetch(409, { error: 'changed', current: { version: 3 }, problems: ['a', 7, 'b'] });
    const error = await editorRequest('/x', { method: 'POST', body: {}, fetcher }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EditorApiError);
    const apiError = error as EditorApiError;
    expect(apiError.status).toBe(409);
    expect(apiError.message).toBe('changed');
    expect(apiError.problems).toEqual(['a', 'b']);
    expect(apiError.current).toEqual({ version: 3 });
  });

  it('reads the wait of a 429 from Retry-After', async () => {
    const { fetcher } = fakeFetch(429, { error: 'slow down' }, { 'retry-after': '120' });
    const error = (await editorRequest('/x', { method: 'POST', body: {}, fetcher }).catch((e) => e)) as EditorApiError;
    expect(error.retryAfter).toBe(120);
  });

  it('turns a network failure into status 0 and an unreadable error body into a generic message', async () => {
    const failing = (async () => {
      throw new TypeError('fetch failed');
    }) as unknown as typeof fetch;
    const offline = (await editorRequest('/x', { fetcher: failing }).catch((e) => e)) as EditorApiError;
    expect(offline.status).toBe(0);
    const fetcher = (async () => new Response('<html>', { status: 502 })) as unknown as typeof fetch;
    const bad = (await editorRequest('/x', { fetcher }).catch((e) => e)) as EditorApiError;
    expect(bad.status).toBe(502);
    expect(bad.message).toMatch(/502/);
  });
});

describe('retryAfterSeconds', () => {
  it('reads seconds, an HTTP date, or the body', () => {
    expect(retryAfterSeconds('30', null)).toBe(30);
    expect(retryAfterSeconds('0', null)).toBe(1);
    const now = Date.parse('2025-01-01T00:00:00Z');
    expect(retryAfterSeconds('Wed, 01 Jan 2025 00:01:00 GMT', null, now)).toBe(60);
    expect(retryAfterSeconds(null, { retryAfter: 12.2 })).toBe(13);
    expect(retryAfterSeconds(null, { error: 'x' })).toBeNull();
    expect(retryAfterSeconds('soon', null)).toBeNull();
  });
});

describe('safeNext and loginPath', () => {
  it('follows only paths inside the same language editor', () => {
    expect(safeNext('/en/editor/articles/abc', 'en')).toBe('/en/editor/articles/abc');
    expect(safeNext('/en/editor?tab=history', 'en')).toBe('/en/editor?tab=history');
    expect(safeNext(undefined, 'en')).toBe('/en/editor');
    expect(safeNext('https://evil.example/en/editor', 'en')).toBe('/en/editor');
    expect(safeNext('//evil.example', 'en')).toBe('/en/editor');
    expect(safeNext('/en/editorial', 'en')).toBe('/en/editor');
    expect(safeNext('/ar/editor', 'en')).toBe('/en/editor');
    expect(safeNext('/en/editor/login?next=/en/editor', 'en')).toBe('/en/editor');
    expect(safeNext('/en/editor/\\evil', 'en')).toBe('/en/editor');
    expect(safeNext(['/en/editor/articles/x', '/y'], 'en')).toBe('/en/editor/articles/x');
  });

  it('builds the login path with the way back', () => {
    expect(loginPath('ar')).toBe('/ar/editor/login');
    expect(loginPath('en', '/en/editor/articles/a b')).toBe('/en/editor/login?next=%2Fen%2Feditor%2Farticles%2Fa%20b');
  });
});

describe('editorApi', () => {
  it('posts reviews to the route of their kind', async () => {
    const calls: string[] = [];
    const original = globalThis.fetch;
    globalThis.fetch = (async (url: string) => {
      calls.push(url);
      return new Response('{}', { status: 200 });
    }) as unknown as typeof fetch;
    try {
      const api = editorApi('t');
      await api.review({ kind: 'position', id: 4 }, { action: 'accept', version: 1 });
      await api.review({ kind: 'figure', id: 9 }, { action: 'reject', version: 2 });
      await api.history(null);
      await api.history(120);
      await api.queue('figure');
      await api.publishArticle('a/b', 3);
    } finally {
      globalThis.fetch = original;
    }
    expect(calls).toEqual([
      '/api/editor/positions/4/review',
      '/api/editor/figures/9/review',
      '/api/editor/history?limit=50',
      '/api/editor/history?limit=50&before=120',
      '/api/editor/queue?kind=figure&limit=50',
      '/api/editor/articles/a%2Fb/publish',
    ]);
  });
});

describe('fieldChanges', () => {
  it('lists only the fields that differ, by dotted path, without bookkeeping', () => {
    const before = { stance: 'declined', reason: { code: 'neutrality', text: 'x' }, date: '2025-03-01', version: 1 };
    const after = { stance: 'conditional', reason: { code: 'neutrality', text: 'y' }, date: '2025-03-01', version: 2 };
    expect(fieldChanges(before, after)).toEqual([
      { field: 'stance', before: 'declined', after: 'conditional' },
      { field: 'reason.text', before: 'x', after: 'y' },
    ]);
  });

  it('shows the whole state when one side is absent or nothing differs', () => {
    expect(fieldChanges(null, { status: 'draft' })).toEqual([{ field: 'status', before: null, after: 'draft' }]);
    expect(fieldChanges(undefined, { a: 1 })).toEqual([{ field: 'a', before: null, after: '1' }]);
    expect(fieldChanges({ a: [1, 2] }, { a: [1, 2] })).toEqual([{ field: 'a', before: '[1,2]', after: '[1,2]' }]);
    expect(fieldChanges('x', 'y')).toEqual([{ field: 'value', before: 'x', after: 'y' }]);
  });

  it('flattens nested objects and keeps arrays whole', () => {
    expect([...flatten({ a: { b: { c: true } }, d: [1], e: {}, f: null, ms: 3 })]).toEqual([
      ['a.b.c', 'true'],
      ['d', '[1]'],
      ['e', '{}'],
    ]);
  });

  it('treats null as an empty field', () => {
    expect(fieldChanges({ note: null, review: 'unreviewed' }, { note: 'ok', review: 'accepted' })).toEqual([
      { field: 'review', before: 'unreviewed', after: 'accepted' },
      { field: 'note', before: null, after: 'ok' },
    ]);
  });

  it('recognises timestamps', () => {
    expect(isTimestamp('2026-12-03T12:10:08.030Z')).toBe(true);
    expect(isTimestamp('2025-09-10')).toBe(false);
    expect(isTimestamp('2026-13-03T12:10:08Z')).toBe(false);
  });
});

describe('itemSpans', () => {
  const text = 'مقدمة. رفضت النمسا إرسال قوات. خاتمة.';
  const evidence = 'رفضت النمسا إرسال قوات.';
  const start = text.indexOf(evidence);
  const item = (id: number, over: Partial<ReviewItem> = {}) =>
    ({
      id,
      kind: 'position',
      review: 'unreviewed',
      evidence: { text: evidence, start, end: start + evidence.length },
      ...over,
    }) as ReviewItem;

  it('locates evidence by offset, or by its text when the offsets are off', () => {
    const spans = itemSpans(text, [item(2), item(1, { evidence: { text: evidence, start: 0, end: evidence.length } })]);
    expect(spans.map((s) => [s.item.id, s.start, s.end])).toEqual([
      [1, start, start + evidence.length],
      [2, start, start + evidence.length],
    ]);
  });

  it('leaves out rejected items and sentences not in the text', () => {
    const missing = item(3, { evidence: { text: 'غير موجود', start: 0, end: 9 } });
    expect(itemSpans(text, [item(1, { review: 'rejected' }), missing])).toEqual([]);
  });

  it('names the anchor of a card by kind and id', () => {
    expect(itemAnchor({ kind: 'figure', id: 7 })).toBe('review-figure-7');
  });
});
