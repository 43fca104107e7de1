import { area, booleanPointInPolygon, centerOfMass, polygon as turfPolygon } from '@turf/turf';
import type { LonLat, PolygonRings } from './ring';

const SQUARE_METRES_PER_KM2 = 1e6;

export function polygonAreaKm2(polygon: PolygonRings): number {
  return area(turfPolygon(polygon)) / SQUARE_METRES_PER_KM2;
}

export function countryAreaKm2(polygons: PolygonRings[]): number {
  return polygons.reduce((sum, polygon) => sum + polygonAreaKm2(polygon), 0);
}

/** The largest polygon by area: where a country's label and its dot belong (mainland France, not Guiana). */
export function mainPolygon(polygons: PolygonRings[]): PolygonRings {
  let best: PolygonRings | undefined;
  let bestArea = -1;
  for (const polygon of polygons) {
    const a = polygonAreaKm2(polygon);
    if (a > bestArea) {
      best = polygon;
      bestArea = a;
    }
  }
  if (!best) throw new Error('a country needs at least one polygon');
  return best;
}

/** Where a horizontal line at `lat` runs inside the polygon, as [west, east] spans (even-odd over all rings). */
function insideSpans(polygon: PolygonRings, lat: number): Array<[number, number]> {
  const crossings: number[] = [];
  for (const ring of polygon) {
    for (let i = 1; i < ring.length; i++) {
      const [x0, y0] = ring[i - 1]!;
      const [x1, y1] = ring[i]!;
      // Half-open test so a vertex exactly on the line is counted once.
      if (y0 <= lat !== y1 <= lat) crossings.push(x0 + ((lat - y0) * (x1 - x0)) / (y1 - y0));
    }
  }
  crossings.sort((a, b) => a - b);
  const spans: Array<[number, number]> = [];
  for (let i = 0; i + 1 < crossings.length; i += 2) spans.push([crossings[i]!, crossings[i + 1]!]);
  return spans;
}

/**
 * A point inside the polygon for a label or a dot: its centre of mass when that falls inside,
 * otherwise the middle of the widest stretch of land on the centre's latitude (crescent or C-shaped countries).
 */
export function labelPoint(polygon: PolygonRings): LonLat {
  const shape = turfPolygon(polygon);
  const [lon, lat] = centerOfMass(shape).geometry.coordinates;
  if (lon === undefined || lat === undefined) throw new Error('centre of mass without coordinates');
  if (booleanPointInPolygon([lon, lat], shape, { ignoreBoundary: true })) return [lon, lat];

  const widest = insideSpans(polygon, lat).reduce<[number, number] | undefined>(
    (best, span) => (!best || span[1] - span[0] > best[1] - best[0] ? span : best),
    undefined,
  );
  if (!widest) throw new Error('no land on the latitude of the centre of mass');
  return [(widest[0] + widest[1]) / 2, lat];
}
