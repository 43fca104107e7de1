import path from 'node:path';
import { defaultArticlesDir } from '@/lib/data/articles-store';
import { defaultPositionsFile } from '@/lib/data/positions-store';

/** Where the public site reads the published data (the same environment overrides as lib/data/*-store.ts). */
export type PublicFiles = {
  positionsFile: string;
  articlesDir: string;
  /** The base map (borders and names) the positions are attached to. */
  baseFile: string;
};

export function defaultPublicFiles(): PublicFiles {
  return {
    positionsFile: defaultPositionsFile(),
    articlesDir: defaultArticlesDir(),
    baseFile: process.env.COUNTRIES_FILE ?? path.join(process.cwd(), 'data', 'countries.geojson'),
  };
}
