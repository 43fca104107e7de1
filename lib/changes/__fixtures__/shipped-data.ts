import { readFileSync } from 'node:fs';
import path from 'node:path';
import { positionsCollectionSchema, type CountryProperties } from '@/lib/schema/positions';

/** The published data/positions.geojson, for tests that check real values. */
export function shippedCountries(): CountryProperties[] {
  const file = path.join(import.meta.dirname, '..', '..', '..', 'data', 'positions.geojson');
  return positionsCollectionSchema.parse(JSON.parse(readFileSync(file, 'utf8'))).features.map((f) => f.properties);
}
