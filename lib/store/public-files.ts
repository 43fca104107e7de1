import path from 'node:path';

/** Where the public site reads the published data (the same environment overrides as lib/data/*-store.ts). */
export type PublicFiles = {
  positionsFile: string;
  articlesDir: string;
  /** The base map (borders and names) the positions are attached to. */
  baseFile: string;
};

export function defaultPublicFiles(): PublicFiles {
  const data = path.join(process.cwd(), 'data');
  return {
    positionsFile: process.env.POSITIONS_FILE ?? path.join(data, 'positions.geojson'),
    articlesDir: process.env.ARTICLES_DIR ?? path.join(data, 'articles'),
    baseFile: process.env.COUNTRIES_FILE ?? path.join(data, 'countries.geojson'),
  };
}
