import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { articleMeta, tempDataDir, writeArticles } from './__fixtures__/files';
import { createArticlesStore } from './articles-store';

let dir: Awaited<ReturnType<typeof tempDataDir>>;
beforeEach(async () => {
  dir = await tempDataDir();
});
afterEach(() => dir.remove());

const store = () => createArticlesStore(() => dir.articlesDir);

describe('the articles store', () => {
  it('lists articles oldest first', async () => {
    await writeArticles(dir.articlesDir, [articleMeta('b', '2025-04-10'), articleMeta('a', '2025-02-12')]);
    const { value } = await store().list();
    expect(value.articles.map((a) => a.id)).toEqual(['a', 'b']);
  });

  it('returns an article with its full text', async () => {
    await writeArticles(dir.articlesDir, [{ ...articleMeta('a', '2025-02-12'), text: 'قال ستارمر' }]);
    expect(await store().get('a')).toMatchObject({ meta: { id: 'a' }, text: 'قال ستارمر' });
  });

  it('returns null for an id it does not know', async () => {
    await writeArticles(dir.articlesDir, [articleMeta('a', '2025-02-12')]);
    expect(await store().get('zzz')).toBeNull();
  });

  it('reports a missing index as missing', async () => {
    await expect(store().list()).rejects.toMatchObject({ problem: 'missing' });
  });

  it('reports a corrupt index as corrupt', async () => {
    await writeFile(path.join(dir.articlesDir, 'index.json'), '[{"id":');
    await expect(store().list()).rejects.toMatchObject({ problem: 'corrupt' });
  });

  it('refuses an index whose file names try to leave the folder', async () => {
    await writeArticles(dir.articlesDir, [articleMeta('a', '2025-02-12', { file: '../positions.geojson' })]);
    await expect(store().list()).rejects.toMatchObject({ problem: 'invalid' });
  });

  it('reports a listed article whose text file is missing as unavailable, not unknown', async () => {
    await writeArticles(dir.articlesDir, [articleMeta('a', '2025-02-12')]);
    await expect(store().get('a')).rejects.toMatchObject({ problem: 'missing' });
  });
});
