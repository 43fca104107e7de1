import type { Position } from 'geojson';

/** A longitude/latitude pair; the build works on these instead of loose GeoJSON positions. */
export type LonLat = [number, number];
/** A closed ring: the first and last points are equal. */
export type Ring = LonLat[];
/** Exterior ring first, then holes. */
export type PolygonRings = Ring[];

export function toLonLat(position: Position): LonLat {
  const [lon, lat] = position;
  if (lon === undefined || lat === undefined)
    throw new Error(`position without two coordinates: ${JSON.stringify(position)}`);
  return [lon, lat];
}

export function toRing(positions: Position[]): Ring {
  return positions.map(toLonLat);
}

/** Shoelace area in square degrees; positive when the ring runs counter-clockwise (x east, y north). */
export function signedArea(ring: Ring): number {
  let sum = 0;
  for (let i = 1; i < ring.length; i++) {
    const [x0, y0] = ring[i - 1]!;
    const [x1, y1] = ring[i]!;
    sum += x0 * y1 - x1 * y0;
  }
  return sum / 2;
}

function samePoint(a: LonLat, b: LonLat): boolean {
  return a[0] === b[0] && a[1] === b[1];
}

/** Drops repeated consecutive points and makes sure the ring is closed. */
export function cleanRing(ring: Ring): Ring {
  const out: Ring = [];
  for (const point of ring) {
    const last = out[out.length - 1];
    if (!last || !samePoint(last, point)) out.push(point);
  }
  const first = out[0];
  const last = out[out.length - 1];
  if (first && last && !samePoint(first, last)) out.push([first[0], first[1]]);
  return out;
}

/** A ring that encloses no area cannot be filled and only adds noise to the outline. */
export function isDegenerateRing(ring: Ring): boolean {
  return ring.length < 4 || signedArea(ring) === 0;
}

/** RFC 7946 winding: exterior counter-clockwise, holes clockwise, so renderers agree on which side is inside. */
export function rewindPolygon(polygon: PolygonRings): PolygonRings {
  return polygon.map((ring, index) => {
    const wantCounterClockwise = index === 0;
    const isCounterClockwise = signedArea(ring) > 0;
    return isCounterClockwise === wantCounterClockwise ? ring : [...ring].reverse();
  });
}

export function roundRing(ring: Ring, decimals: number): Ring {
  const factor = 10 ** decimals;
  return ring.map(([lon, lat]) => [Math.round(lon * factor) / factor, Math.round(lat * factor) / factor]);
}

/**
 * Rounds, cleans and rewinds one polygon. Returns null when its exterior does not survive;
 * holes that collapse are dropped on their own.
 */
export function tidyPolygon(polygon: PolygonRings, decimals: number): PolygonRings | null {
  const rings = polygon.map((ring) => cleanRing(roundRing(ring, decimals)));
  const [exterior, ...holes] = rings;
  if (!exterior || isDegenerateRing(exterior)) return null;
  return rewindPolygon([exterior, ...holes.filter((hole) => !isDegenerateRing(hole))]);
}
