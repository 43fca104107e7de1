import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { Topology } from 'topojson-specification';
import { feature } from 'topojson-client';

export type SourceCountries = FeatureCollection<Polygon | MultiPolygon | null, { name?: string }>;

/** Natural Earth 1:50m countries as shipped by world-atlas: ids are zero-padded ISO numeric codes. Node only. */
export function loadWorldAtlasCountries(): SourceCountries {
  const require = createRequire(import.meta.url);
  const path = require.resolve('world-atlas/countries-50m.json');
  const topology = JSON.parse(readFileSync(path, 'utf8')) as Topology;
  const countries = topology.objects.countries;
  if (!countries) throw new Error('world-atlas has no "countries" object');
  return feature(topology, countries) as SourceCountries;
}
