import { describe, expect, it } from 'vitest';
import { closeAroundPole, isPoleCap, poleTurns, splitAtAntimeridian, unwrapRing } from './antimeridian';
import { toRing, signedArea, type PolygonRings, type Ring } from './ring';
import { loadWorldAtlasCountries } from './world-atlas';

const allPoints = (polygons: PolygonRings[]) => polygons.flat(2);

function longestLonStep(polygons: PolygonRings[]): number {
  let longest = 0;
  for (const ring of polygons.flat()) {
    for (let i = 1; i < ring.length; i++) longest = Math.max(longest, Math.abs(ring[i]![0] - ring[i - 1]![0]));
  }
  return longest;
}

const planarArea = (polygons: PolygonRings[]) =>
  polygons.reduce((sum, [exterior, ...holes]) => {
    const holeArea = holes.reduce((h, ring) => h + Math.abs(signedArea(ring)), 0);
    return sum + Math.abs(signedArea(exterior!)) - holeArea;
  }, 0);

function lonRange(polygon: PolygonRings): [number, number] {
  const lons = polygon.flat().map(([lon]) => lon);
  return [Math.min(...lons), Math.max(...lons)];
}

/** A 20°-wide box from 170°E to 170°W, written the way Natural Earth writes it: jumping from +180 to -180. */
const straddlingBox: Ring = [
  [170, -10],
  [-170, -10],
  [-170, 10],
  [170, 10],
  [170, -10],
];

describe('unwrapRing', () => {
  it('keeps consecutive longitudes less than 180° apart by continuing past the antimeridian', () => {
    expect(
      unwrapRing([
        [179, 0],
        [-179, 1],
        [-178, 2],
      ]),
    ).toEqual([
      [179, 0],
      [181, 1],
      [182, 2],
    ]);
  });

  it('treats +180 followed by -180 as the same meridian', () => {
    expect(
      unwrapRing([
        [180, 0],
        [-180, 1],
      ]),
    ).toEqual([
      [180, 0],
      [180, 1],
    ]);
  });
});

describe('poleTurns', () => {
  it('is zero for a ring that crosses the antimeridian and comes back', () => {
    expect(poleTurns(straddlingBox)).toBe(0);
  });

  it('is one turn for a ring that goes all the way round the globe', () => {
    const around: Ring = [
      [-180, -70],
      [-60, -72],
      [60, -71],
      [179, -70],
      [-180, -70],
    ];
    expect(Math.abs(poleTurns(around))).toBe(1);
  });
});

describe('splitAtAntimeridian', () => {
  it('returns a polygon that does not cross the antimeridian unchanged', () => {
    const square: PolygonRings = [
      [
        [10, 10],
        [20, 10],
        [20, 20],
        [10, 20],
        [10, 10],
      ],
    ];
    expect(splitAtAntimeridian(square)).toEqual([square]);
  });

  it('cuts a box straddling the antimeridian into a western and an eastern half of equal area', () => {
    const pieces = splitAtAntimeridian([straddlingBox]);
    expect(pieces).toHaveLength(2);
    const ranges = pieces.map(lonRange).sort((a, b) => a[0] - b[0]);
    expect(ranges).toEqual([
      [-180, -170],
      [170, 180],
    ]);
    for (const piece of pieces) expect(Math.abs(signedArea(piece[0]!))).toBeCloseTo(200, 6);
  });

  it('cuts a ring that starts on the eastern side and wanders west across the line', () => {
    const pieces = splitAtAntimeridian([
      [
        [-175, 0],
        [-175, 5],
        [175, 5],
        [175, 0],
        [-175, 0],
      ],
    ]);
    expect(pieces.map(lonRange).sort((a, b) => a[0] - b[0])).toEqual([
      [-180, -175],
      [175, 180],
    ]);
  });

  it('keeps a hole with the half of the polygon that contains it', () => {
    const hole: Ring = [
      [-178, -2],
      [-176, -2],
      [-176, 2],
      [-178, 2],
      [-178, -2],
    ];
    const pieces = splitAtAntimeridian([straddlingBox, hole]);
    const eastern = pieces.find((piece) => lonRange(piece)[1] < 0)!;
    const western = pieces.find((piece) => lonRange(piece)[0] > 0)!;
    expect(eastern).toHaveLength(2);
    expect(western).toHaveLength(1);
    expect(Math.abs(signedArea(eastern[1]!))).toBeCloseTo(8, 6);
  });

  it('closes a ring around the south pole along the pole instead of across the map', () => {
    const around: Ring = [
      [-180, -70],
      [-90, -72],
      [0, -71],
      [90, -73],
      [179, -70],
      [-180, -70],
    ];
    const pieces = splitAtAntimeridian([around]);
    expect(pieces).toHaveLength(1);
    const points = allPoints(pieces);
    expect(Math.min(...points.map(([, lat]) => lat))).toBe(-90);
    expect(lonRange(pieces[0]!)).toEqual([-180, 180]);
    expect(longestLonStep(pieces)).toBeLessThan(180);
  });

  it('drops a hairline ring that only circles the pole', () => {
    const cap: Ring = [
      [-180, -89.999],
      [90, -89.999],
      [0, -89.999],
      [-90, -89.999],
      [-180, -89.999],
    ];
    expect(isPoleCap(cap)).toBe(true);
    expect(splitAtAntimeridian([cap])).toEqual([]);
  });
});

describe('closeAroundPole', () => {
  it('starts and ends the strip exactly on the antimeridian, at the latitude where the ring crosses it', () => {
    const around: Ring = [
      [170, -60],
      [-170, -70],
      [0, -65],
      [170, -60],
    ];
    const strip = closeAroundPole(around);
    expect(strip[0]).toEqual([-180, -65]);
    expect(strip).toContainEqual([180, -65]);
    expect(strip[strip.length - 1]).toEqual(strip[0]);
  });
});

describe('splitAtAntimeridian on Natural Earth countries', () => {
  const source = loadWorldAtlasCountries();
  const polygonsOf = (name: string): PolygonRings[] => {
    const geometry = source.features.find((f) => f.properties.name === name)?.geometry;
    if (!geometry) throw new Error(`${name} not in world-atlas`);
    const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
    return polygons.map((rings) => rings.map(toRing));
  };

  for (const name of ['Russia', 'Fiji', 'Antarctica']) {
    it(`leaves no coordinate of ${name} outside [-180, 180] and no segment spanning 180° of longitude`, () => {
      const before = polygonsOf(name);
      expect(longestLonStep(before)).toBeGreaterThan(180);
      const after = before.flatMap(splitAtAntimeridian);
      for (const [lon, lat] of allPoints(after)) {
        expect(lon).toBeGreaterThanOrEqual(-180);
        expect(lon).toBeLessThanOrEqual(180);
        expect(Math.abs(lat)).toBeLessThanOrEqual(90);
      }
      expect(longestLonStep(after)).toBeLessThan(180);
    });
  }

  it('keeps Russia on both sides of the antimeridian with the same planar area', () => {
    const before = polygonsOf('Russia');
    const after = before.flatMap(splitAtAntimeridian);
    const lons = allPoints(after).map(([lon]) => lon);
    expect(Math.max(...lons)).toBe(180);
    expect(Math.min(...lons)).toBe(-180);
    const unwrappedArea = planarArea(before.map((polygon) => polygon.map(unwrapRing)));
    expect(planarArea(after)).toBeCloseTo(unwrappedArea, 3);
  });

  it('keeps every Fijian island, splitting only those that straddle the line', () => {
    const before = polygonsOf('Fiji');
    const after = before.flatMap(splitAtAntimeridian);
    expect(after.length).toBe(before.length + 1);
  });
});
