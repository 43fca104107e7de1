import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ArticleMeta } from '@/lib/schema/articles';
import type { CountryProperties } from '@/lib/schema/positions';

/** A throw-away data folder laid out like the real one: positions.geojson and articles/. */
export async function tempDataDir() {
  const root = await mkdtemp(path.join(tmpdir(), 'atlas-data-'));
  const articlesDir = path.join(root, 'articles');
  await mkdir(articlesDir);
  return {
    root,
    positionsFile: path.join(root, 'positions.geojson'),
    articlesDir,
    remove: () => rm(root, { recursive: true, force: true }),
  };
}

const square = (x: number) => ({
  type: 'Polygon' as const,
  coordinates: [[[x, 0], [x + 1, 0], [x + 1, 1], [x, 0]]],
});

export function positionsGeoJson(countries: readonly CountryProperties[]): string {
  return JSON.stringify({
    type: 'FeatureCollection',
    features: countries.map((properties, i) => ({ type: 'Feature', id: properties.iso3, properties, geometry: square(i) })),
  });
}

export function articleMeta(id: string, published: string, extra: Partial<ArticleMeta> = {}): ArticleMeta {
  return {
    id,
    file: `${id}.txt`,
    lang: 'ar',
    published,
    date_precision: 'day',
    source: 'test',
    date_basis: 'test',
    ...extra,
  };
}

export async function writeArticles(dir: string, articles: readonly (ArticleMeta & { text?: string })[]) {
  const index = articles.map((a) => Object.fromEntries(Object.entries(a).filter(([key]) => key !== 'text')));
  await writeFile(path.join(dir, 'index.json'), JSON.stringify(index));
  for (const a of articles) if (a.text !== undefined) await writeFile(path.join(dir, a.file), a.text);
}
