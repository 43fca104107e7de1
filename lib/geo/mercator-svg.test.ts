import { describe, expect, it } from 'vitest';
import { mercator, polygonPath, viewBoxAttribute, viewBoxFor, WORLD_SIZE } from './mercator-svg';

describe('mercator', () => {
  it('puts (0, 0) at the centre of the world and the antimeridian on its edges', () => {
    expect(mercator(0, 0)).toEqual([WORLD_SIZE / 2, WORLD_SIZE / 2]);
    expect(mercator(-180, 0)[0]).toBe(0);
    expect(mercator(180, 0)[0]).toBe(WORLD_SIZE);
  });

  it('stretches latitudes towards the poles and clamps at the Mercator limit', () => {
    const [, y60] = mercator(0, 60);
    const [, y30] = mercator(0, 30);
    expect(WORLD_SIZE / 2 - y60).toBeGreaterThan(2 * (WORLD_SIZE / 2 - y30));
    expect(mercator(0, 90)[1]).toBeCloseTo(0, 3);
    expect(mercator(0, -90)[1]).toBeCloseTo(WORLD_SIZE, 3);
  });
});

describe('polygonPath', () => {
  it('draws each ring of a polygon with a hole as its own closed subpath', () => {
    const square = [
      [0, 0],
      [10, 0],
      [10, 10],
      [0, 10],
      [0, 0],
    ];
    const hole = [
      [2, 2],
      [2, 8],
      [8, 8],
      [8, 2],
      [2, 2],
    ];
    const path = polygonPath({ type: 'Polygon', coordinates: [square, hole] });
    expect(path.match(/M/g)).toHaveLength(2);
    expect(path.match(/Z/g)).toHaveLength(2);
    expect(path.startsWith('M500,500L527.8,500')).toBe(true);
  });

  it('drops points that round onto the one before and rings that collapse to a point', () => {
    const tiny = [
      [5, 5],
      [5.00001, 5],
      [5, 5.00001],
      [5, 5],
    ];
    const big = [
      [0, 0],
      [0.00001, 0],
      [20, 0],
      [20, 20],
      [0, 0],
    ];
    const path = polygonPath({ type: 'MultiPolygon', coordinates: [[tiny], [big]] });
    expect(path.match(/M/g)).toHaveLength(1);
    expect(path.split('L')).toHaveLength(4);
  });
});

describe('viewBoxFor', () => {
  it('frames a box of degrees in world units, north up, padding on every side', () => {
    const box = viewBoxFor(
      [
        [-10, 40],
        [10, 60],
      ],
      0.1,
    );
    const [west, north] = mercator(-10, 60);
    const [east, south] = mercator(10, 40);
    expect(box.x).toBeCloseTo(west - (east - west) * 0.1, 6);
    expect(box.width).toBeCloseTo((east - west) * 1.2, 6);
    expect(box.y).toBeCloseTo(north - (south - north) * 0.1, 6);
    expect(box.height).toBeGreaterThan(0);
    expect(viewBoxAttribute(box).split(' ')).toHaveLength(4);
  });
});
