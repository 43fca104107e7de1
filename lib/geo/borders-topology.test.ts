import { booleanPointInPolygon, polygon as turfPolygon } from '@turf/turf';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  buildBordersTopology,
  protectFrame,
  protectRing,
  type BorderProperties,
  type BordersTopology,
} from './borders-topology';
import { collectCountryShapes, type CountryShape } from './country-collection';
import { mainPolygon } from './label-point';
import { signedArea, toRing } from './ring';
import { loadWorldAtlasCountries } from './world-atlas';

const SMALL_STATES = ['LUX', 'AND', 'MLT', 'SGP', 'LIE', 'MCO', 'SMR', 'VAT', 'BHR', 'NRU', 'KIR', 'MDV'];

let shapes: CountryShape[];
let topology: BordersTopology;
let decoded: FeatureCollection<Polygon | MultiPolygon, BorderProperties>;

beforeAll(() => {
  shapes = collectCountryShapes(loadWorldAtlasCountries());
  topology = buildBordersTopology(shapes);
  decoded = feature(topology, topology.objects.countries) as FeatureCollection<
    Polygon | MultiPolygon,
    BorderProperties
  >;
});

function polygonsOf(geometry: Polygon | MultiPolygon) {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polygons.map((rings) => rings.map(toRing));
}

describe('protectRing', () => {
  it('raises the weight of the most important vertices so the ring keeps the minimum', () => {
    const arc = [
      [0, 0, Infinity],
      [1, 0, 5],
      [1, 1, 1],
      [0, 1, 9],
      [0, 0.5, 2],
      [0, 0, Infinity],
    ];
    protectRing([arc], [0], 4);
    expect(arc.map((point) => point[2])).toEqual([Infinity, Infinity, 1, Infinity, Infinity, Infinity]);
  });

  it('leaves a ring alone when its arc junctions already give enough vertices', () => {
    const arcs = [
      [
        [0, 0, Infinity],
        [1, 0, 3],
        [1, 1, Infinity],
      ],
      [
        [1, 1, Infinity],
        [0, 0, Infinity],
      ],
    ];
    protectRing(arcs, [0, 1], 2);
    expect(arcs[0]![1]![2]).toBe(3);
  });
});

describe('protectFrame', () => {
  it('keeps vertices on the ±180° cuts and on the pole, and only those', () => {
    const arc = [
      [170, 0, 1],
      [180, 5, 1],
      [-180, 6, 1],
      [0, -90, 1],
      [10, -89, 1],
    ];
    protectFrame([arc]);
    expect(arc.map((point) => point[2])).toEqual([1, Infinity, Infinity, Infinity, 1]);
  });
});

describe('buildBordersTopology on Natural Earth 1:50m', () => {
  it('keeps every country, under its iso3 as id', () => {
    const ids = decoded.features.map((f) => f.id);
    expect(ids).toEqual(shapes.map((s) => s.iso3));
    for (const f of decoded.features) expect(f.properties.iso3).toBe(f.id);
  });

  it.each(SMALL_STATES)('keeps a real polygon for the small state %s', (iso3) => {
    const country = decoded.features.find((f) => f.id === iso3);
    expect(country, `${iso3} is in the source`).toBeDefined();
    const exteriors = polygonsOf(country!.geometry).map((polygon) => polygon[0]!);
    const areas = exteriors.filter((ring) => ring.length >= 4).map((ring) => Math.abs(signedArea(ring)));
    expect(Math.max(0, ...areas)).toBeGreaterThan(0);
  });

  it('keeps the holes of enclaves open, however small (San Marino and the Vatican in Italy, Lesotho)', () => {
    const holes = (iso3: string) =>
      polygonsOf(decoded.features.find((f) => f.id === iso3)!.geometry).reduce(
        (n, polygon) => n + polygon.length - 1,
        0,
      );
    expect(holes('ITA')).toBe(2);
    expect(holes('ZAF')).toBe(1);
  });

  it('draws no segment across the map after quantisation', () => {
    for (const country of decoded.features) {
      for (const ring of polygonsOf(country.geometry).flat()) {
        for (let i = 1; i < ring.length; i++) {
          if (Math.abs(ring[i]![0] - ring[i - 1]![0]) >= 180)
            throw new Error(`${country.id} has a segment across the map`);
        }
      }
    }
  });

  it('drops neither side of the antimeridian for Russia', () => {
    const lons = polygonsOf(decoded.features.find((f) => f.id === 'RUS')!.geometry)
      .flat(2)
      .map(([lon]) => lon);
    expect(Math.min(...lons)).toBeLessThan(-170);
    expect(Math.max(...lons)).toBeGreaterThan(179);
    for (const lon of lons) expect(Math.abs(lon)).toBeLessThanOrEqual(180.0001);
  });

  it('stores names, a label point inside the main polygon, and the area in km²', () => {
    for (const shape of shapes) {
      const props = decoded.features.find((f) => f.id === shape.iso3)!.properties;
      expect(props).toMatchObject({ iso3: shape.iso3, en: shape.en, ar: shape.ar });
      expect(props.area).toBeGreaterThan(0);
      const inside = booleanPointInPolygon([props.lon, props.lat], turfPolygon(mainPolygon(shape.polygons)));
      if (!inside)
        throw new Error(`${shape.iso3} label point [${props.lon}, ${props.lat}] is outside its main polygon`);
    }
  });

  it('measures countries in km² (France, with its overseas parts, is over 600,000)', () => {
    const france = decoded.features.find((f) => f.id === 'FRA')!.properties.area;
    expect(france).toBeGreaterThan(600_000);
    expect(france).toBeLessThan(700_000);
  });

  it('fits the 120 KB gzip budget', () => {
    expect(gzipSync(JSON.stringify(topology)).length).toBeLessThanOrEqual(120 * 1024);
  });
});
