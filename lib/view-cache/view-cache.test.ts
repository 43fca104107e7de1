import { describe, expect, it } from 'vitest';
import { inlineScriptHashes, inlineScripts } from './inline-scripts';
import { notModified } from './cache-policy';
import { ViewCache, type RenderedView } from './view-cache';
import { pageResponse } from './page-cache';
import { isCacheablePath, viewKey } from './view-key';
import { createHash } from 'node:crypto';

const view = (body: string, status = 200): RenderedView => ({ status, body, headers: {}, etag: `"${body}"` });

describe('the view cache', () => {
  it('renders a view once, however many ask for it at the same moment', async () => {
    let renders = 0;
    const cache = new ViewCache(10, async (key) => {
      renders++;
      await new Promise((r) => setTimeout(r, 5));
      return view(key);
    });
    const answers = await Promise.all(Array.from({ length: 50 }, () => cache.get('/en?time=2025-04-15')));
    expect(renders).toBe(1);
    expect(new Set(answers.map((a) => a.body))).toEqual(new Set(['/en?time=2025-04-15']));
    await cache.get('/en?time=2025-04-15');
    expect(renders).toBe(1);
  });

  it('keeps at most its limit, dropping the least recently used', async () => {
    const rendered: string[] = [];
    const cache = new ViewCache(2, async (key) => (rendered.push(key), view(key)));
    await cache.get('a');
    await cache.get('b');
    await cache.get('a');
    await cache.get('c');
    await cache.get('a');
    await cache.get('b');
    expect(rendered).toEqual(['a', 'b', 'c', 'b']);
    expect(cache.size).toBe(2);
  });

  it("renders with the caller's renderer when it brings one, still once per key, and refuses a miss without one", async () => {
    let renders = 0;
    const cache = new ViewCache<RenderedView>(10);
    const draw = async (key: string) => (renders++, await new Promise((r) => setTimeout(r, 5)), view(key));
    const answers = await Promise.all(Array.from({ length: 20 }, () => cache.get('picture', draw)));
    expect(renders).toBe(1);
    expect(answers.every((a) => a.body === 'picture')).toBe(true);
    expect((await cache.get('picture')).body).toBe('picture');
    await expect(cache.get('other')).rejects.toThrow('no renderer for other');
  });

  it('answers a peek only from what it keeps, never rendering, and a peek keeps an entry recent', async () => {
    const rendered: string[] = [];
    const cache = new ViewCache(2, async (key) => (rendered.push(key), view(key)));
    expect(cache.peek('a')).toBeUndefined();
    await cache.get('a');
    await cache.get('b');
    expect(cache.peek('a')?.body).toBe('a');
    await cache.get('c');
    expect(cache.peek('b')).toBeUndefined();
    expect(cache.peek('a')?.body).toBe('a');
    expect(rendered).toEqual(['a', 'b', 'c']);
  });

  it('answers 304 for a matching validator and shared-cache headers otherwise', () => {
    const page = { ...view('<p>x</p>'), bytes: new TextEncoder().encode('<p>x</p>') as Uint8Array<ArrayBuffer> };
    const fresh = pageResponse(page, null);
    expect(fresh.status).toBe(200);
    expect(fresh.headers.get('etag')).toBe('"<p>x</p>"');
    expect(fresh.headers.get('cache-control')).toMatch(/^public, .*s-maxage=/);
    expect(pageResponse(page, 'W/"<p>x</p>"').status).toBe(304);
    expect(pageResponse({ ...page, status: 503 }, null).headers.get('cache-control')).toBe('no-store');
  });

  it('does not keep a failed render', async () => {
    let renders = 0;
    const cache = new ViewCache(10, async () => (renders++, view('oops', 503)));
    await cache.get('x');
    await cache.get('x');
    expect(renders).toBe(2);
  });
});

describe('cache keys', () => {
  it('are the same for the same view with its parameters in another order', () => {
    expect(viewKey('/en', '?time=2025-04-15&country=POL~DEU')).toBe(
      viewKey('/en', '?country=POL%7EDEU&time=2025-04-15'),
    );
  });

  it('keep the order of values within a parameter (the first country is the one shown in detail)', () => {
    expect(viewKey('/en', '?country=POL~DEU')).not.toBe(viewKey('/en', '?country=DEU~POL'));
  });

  it('cover the pages of both languages and nothing else', () => {
    expect(isCacheablePath('/en')).toBe(true);
    expect(isCacheablePath('/ar/embed')).toBe(true);
    expect(isCacheablePath('/en/articles/x')).toBe(true);
    expect(isCacheablePath('/')).toBe(false);
    expect(isCacheablePath('/cached-view')).toBe(false);
    expect(isCacheablePath('/api/positions')).toBe(false);
    expect(isCacheablePath('/en/changes')).toBe(true);
    expect(isCacheablePath('/en/changes.atom')).toBe(false);
    expect(isCacheablePath('/ar/changes.json')).toBe(false);
    expect(isCacheablePath('/en/articles/changes.json')).toBe(true);
    for (const editor of ['/en/editor', '/ar/editor', '/en/editor/', '/ar/editor/queue', '/en/editor/articles/x']) {
      expect(isCacheablePath(editor)).toBe(false);
    }
    expect(isCacheablePath('/en/editorial')).toBe(true);
  });
});

describe('inline script hashes', () => {
  const html =
    '<html><head><script src="/a.js" async></script><script>self.__next_f=[]</script>' +
    '<script type="application/ld+json">{"a":1}</script></head><body><script>self.__next_f.push([1,"x"])</script>' +
    '<script>self.__next_f=[]</script></body></html>';

  it('finds the inline scripts, not script files or data blocks', () => {
    expect(inlineScripts(html)).toEqual(['self.__next_f=[]', 'self.__next_f.push([1,"x"])', 'self.__next_f=[]']);
  });

  it('hashes each distinct script as the browser does (SHA-256 of its text, base64)', () => {
    const expected = createHash('sha256').update('self.__next_f.push([1,"x"])').digest('base64');
    expect(inlineScriptHashes(html)).toHaveLength(2);
    expect(inlineScriptHashes(html)).toContain(expected);
  });
});

describe('revalidation', () => {
  it('matches strong and weak validators and *', () => {
    expect(notModified('"abc"', '"abc"')).toBe(true);
    expect(notModified('W/"abc", "def"', '"abc"')).toBe(true);
    expect(notModified('*', '"abc"')).toBe(true);
    expect(notModified('"abd"', '"abc"')).toBe(false);
    expect(notModified(null, '"abc"')).toBe(false);
  });
});
