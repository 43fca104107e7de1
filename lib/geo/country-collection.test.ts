import { beforeAll, describe, expect, it } from 'vitest';
import { positionsCollectionSchema } from '@/lib/schema/positions';
import { collectCountryShapes, toPositionsCollection, type CountryShape } from './country-collection';
import { signedArea } from './ring';
import { loadWorldAtlasCountries } from './world-atlas';

let shapes: CountryShape[];
beforeAll(() => {
  shapes = collectCountryShapes(loadWorldAtlasCountries());
});

const shape = (iso3: string) => shapes.find((s) => s.iso3 === iso3);

describe('collectCountryShapes on Natural Earth 1:50m', () => {
  it('gives every country a unique three-letter code, sorted', () => {
    const codes = shapes.map((s) => s.iso3);
    for (const code of codes) expect(code).toMatch(/^[A-Z]{3}$/);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes).toEqual([...codes].sort());
  });

  it('keeps one feature per world-atlas feature except the duplicated "036"', () => {
    expect(shapes).toHaveLength(loadWorldAtlasCountries().features.length - 1);
  });

  it('names Luxembourg LUX in English and Arabic', () => {
    expect(shape('LUX')).toMatchObject({ en: 'Luxembourg', ar: 'لوكسمبورغ' });
  });

  it('folds Ashmore and Cartier Is. into a single Australia', () => {
    const australia = shape('AUS')!;
    expect(shapes.filter((s) => s.iso3 === 'AUS')).toHaveLength(1);
    const nearAshmore = australia.polygons.some((polygon) =>
      polygon[0]!.every(([lon, lat]) => lon > 122.5 && lon < 124 && lat > -13 && lat < -12),
    );
    expect(nearAshmore).toBe(true);
  });

  it('includes the countries without an ISO code under their documented codes', () => {
    for (const code of ['XKX', 'SOL', 'CYN']) expect(shape(code)).toBeDefined();
  });

  it('keeps every coordinate on the map and every segment shorter than half the globe', () => {
    for (const { iso3, polygons } of shapes) {
      for (const ring of polygons.flat()) {
        for (let i = 0; i < ring.length; i++) {
          const [lon, lat] = ring[i]!;
          if (lon < -180 || lon > 180 || lat < -90 || lat > 90) throw new Error(`${iso3} has [${lon}, ${lat}]`);
          if (i > 0 && Math.abs(lon - ring[i - 1]![0]) >= 180) throw new Error(`${iso3} has a segment across the map`);
        }
      }
    }
  });

  it('winds exteriors counter-clockwise and holes clockwise, with no empty rings', () => {
    for (const { polygons } of shapes) {
      for (const [exterior, ...holes] of polygons) {
        expect(signedArea(exterior!)).toBeGreaterThan(0);
        for (const hole of holes) expect(signedArea(hole)).toBeLessThan(0);
      }
    }
  });

  it('closes Antarctica along the south pole', () => {
    const lats = shape('ATA')!
      .polygons.flat(2)
      .map(([, lat]) => lat);
    expect(Math.min(...lats)).toBe(-90);
  });
});

describe('toPositionsCollection', () => {
  it('validates against the shared positions schema with empty positions and spending', () => {
    const collection = positionsCollectionSchema.parse(toPositionsCollection(shapes));
    expect(collection.features).toHaveLength(shapes.length);
    for (const feature of collection.features) {
      expect(Object.keys(feature.properties)).toEqual(['iso3', 'name', 'positions', 'spending']);
      expect(feature.properties.positions).toEqual([]);
      expect(feature.id).toBe(feature.properties.iso3);
    }
  });
});
