import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { positionsCollectionSchema } from '@/lib/schema/positions';
import { COUNTRY_INDEX } from './country-index';

/** The committed build outputs the app and the extractor read at run time (regenerate with `npm run geo`). */
const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

describe('committed geometry outputs', () => {
  const countries = positionsCollectionSchema.parse(JSON.parse(read('data/countries.geojson')));
  const bordersText = read('public/geo/borders.topo.json');
  const borders = JSON.parse(bordersText) as Topology;
  const codes = countries.features.map((f) => f.properties.iso3);

  it('data/countries.geojson validates against the shared schema, one feature per unique code', () => {
    expect(codes.length).toBeGreaterThan(200);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('public/geo/borders.topo.json holds the same countries under the object "countries"', () => {
    const object = borders.objects.countries;
    expect(object?.type).toBe('GeometryCollection');
    const ids = object?.type === 'GeometryCollection' ? object.geometries.map((g) => g.id) : [];
    expect(ids).toEqual(codes);
  });

  it('public/geo/borders.topo.json stays within 120 KB gzip', () => {
    expect(gzipSync(bordersText).length).toBeLessThanOrEqual(120 * 1024);
  });

  it('lib/geo/countries.generated.json lists the same countries with the same names', () => {
    expect(COUNTRY_INDEX).toEqual(
      countries.features.map(({ properties: { iso3, name } }) => ({ iso3, en: name.en, ar: name.ar })),
    );
  });
});
