import { utimes, writeFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QueryClient } from '@tanstack/react-query';
import { country, position } from '@/lib/data/__fixtures__/factories';
import { articleMeta, positionsGeoJson, tempDataDir, writeArticles } from '@/lib/data/__fixtures__/files';
import { articleQueryOptions } from './articles';
import { positionsQueryOptions } from './positions';
import { prefetchArticle, prefetchPositions, prefetchedState } from './prefetch';

let dir: Awaited<ReturnType<typeof tempDataDir>>;

beforeAll(async () => {
  dir = await tempDataDir();
  process.env.POSITIONS_FILE = dir.positionsFile;
  process.env.ARTICLES_DIR = dir.articlesDir;
  await writeArticles(dir.articlesDir, [{ ...articleMeta('a1', '2025-02-17'), text: 'نص المقال' }]);
});
afterAll(async () => {
  delete process.env.POSITIONS_FILE;
  delete process.env.ARTICLES_DIR;
  await dir.remove();
});

describe('server prefetch', () => {
  it('leaves no data, and does not throw, while the positions file is missing', async () => {
    const client = new QueryClient();
    await prefetchPositions(client);
    expect(client.getQueryData(positionsQueryOptions().queryKey)).toBeUndefined();
    expect(client.getQueryState(positionsQueryOptions().queryKey)?.status).toBe('error');
  });

  it('stores the positions under the key the browser reads', async () => {
    await writeFile(dir.positionsFile, positionsGeoJson([country('GBR', [position('2025-02-17', 'troops_offered')])]));
    const t = new Date(Date.now() + 60_000);
    await utimes(dir.positionsFile, t, t);
    const client = new QueryClient();
    await prefetchPositions(client);
    expect(client.getQueryData(positionsQueryOptions().queryKey)?.countries[0]?.iso3).toBe('GBR');
  });

  it('stores an article under its own key', async () => {
    const client = new QueryClient();
    await prefetchArticle(client, 'a1');
    expect(client.getQueryData(articleQueryOptions('a1').queryKey)?.text).toBe('نص المقال');
  });

  it('dehydrates only successful queries, so the browser refetches failed ones', async () => {
    const state = await prefetchedState(prefetchPositions, (c) => prefetchArticle(c, 'missing'));
    expect(state.queries.map((q) => q.queryKey)).toEqual([positionsQueryOptions().queryKey]);
  });
});
