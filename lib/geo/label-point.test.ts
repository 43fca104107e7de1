import { booleanPointInPolygon, polygon as turfPolygon } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { countryAreaKm2, labelPoint, mainPolygon, polygonAreaKm2 } from './label-point';
import type { PolygonRings } from './ring';

const square = (west: number, south: number, size: number): PolygonRings => [
  [
    [west, south],
    [west + size, south],
    [west + size, south + size],
    [west, south + size],
    [west, south],
  ],
];

/** A "C" open to the east: its centre of mass lies in the gap, outside the land. */
const cShape: PolygonRings = [
  [
    [0, 0],
    [10, 0],
    [10, 2],
    [2, 2],
    [2, 8],
    [10, 8],
    [10, 10],
    [0, 10],
    [0, 0],
  ],
];

describe('polygonAreaKm2', () => {
  it('measures a 1° square on the equator as about 12,364 km²', () => {
    expect(polygonAreaKm2(square(0, 0, 1))).toBeGreaterThan(12_300);
    expect(polygonAreaKm2(square(0, 0, 1))).toBeLessThan(12_400);
  });

  it('adds up every polygon of a country', () => {
    const one = polygonAreaKm2(square(0, 0, 1));
    expect(countryAreaKm2([square(0, 0, 1), square(0, 0, 1)])).toBeCloseTo(2 * one, 6);
  });
});

describe('mainPolygon', () => {
  it('picks the largest polygon wherever it is listed', () => {
    const big = square(20, 0, 5);
    expect(mainPolygon([square(0, 0, 1), big, square(40, 0, 2)])).toBe(big);
  });
});

describe('labelPoint', () => {
  it('uses the centre of a convex polygon', () => {
    const [lon, lat] = labelPoint(square(10, 20, 2));
    expect(lon).toBeCloseTo(11, 1);
    expect(lat).toBeCloseTo(21, 1);
  });

  it('moves the point onto the land when the centre of mass falls in a bay', () => {
    const point = labelPoint(cShape);
    expect(booleanPointInPolygon(point, turfPolygon(cShape), { ignoreBoundary: true })).toBe(true);
  });
});
