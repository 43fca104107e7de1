import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { bordersFromTopology } from '@/lib/geo/borders';
import type { PreviewGeometry } from './preview-svg';

let loaded: Promise<PreviewGeometry> | null = null;

/** The dashboard's own borders (public/geo/borders.topo.json), read once per process. */
export function previewGeometry(): Promise<PreviewGeometry> {
  loaded ??= readFile(join(process.cwd(), 'public', 'geo', 'borders.topo.json'), 'utf8')
    .then((text) => {
      const borders = bordersFromTopology(JSON.parse(text));
      return {
        shapes: borders.shapes.features.map((f) => ({ iso3: f.properties.iso3, geometry: f.geometry })),
        dots: borders.dots.features.map((f) => ({
          iso3: f.properties.iso3,
          lon: f.geometry.coordinates[0]!,
          lat: f.geometry.coordinates[1]!,
        })),
      };
    })
    .catch((error: unknown) => {
      loaded = null;
      throw error;
    });
  return loaded;
}
