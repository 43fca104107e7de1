import { bboxPolygon, featureCollection, intersect, polygon as turfPolygon } from '@turf/turf';
import type { LonLat, PolygonRings, Ring } from './ring';

/** Rings entirely this close to a pole are hairlines left where the source stops short of ±90°. */
const POLE_CAP_MIN_ABS_LAT = 89.99;
/** Longest step along a pole when closing a ring there, so no segment spans 180° or more. */
const POLE_STEP_DEG = 45;

function lonOf(point: LonLat | undefined): number {
  if (!point) throw new Error('empty ring');
  return point[0];
}

/** Rewrites longitudes so that consecutive points differ by less than 180°; the result may leave [-180, 180]. */
export function unwrapRing(ring: Ring): Ring {
  const out: Ring = [];
  let previous: number | undefined;
  for (const [lon, lat] of ring) {
    let x = lon;
    if (previous !== undefined) {
      const delta = lon - previous;
      x = previous + delta - 360 * Math.round(delta / 360);
    }
    out.push([x, lat]);
    previous = x;
  }
  return out;
}

/** How many times a closed ring winds around the pole: 0 for an ordinary ring, ±1 for one like Antarctica's coast. */
export function poleTurns(ring: Ring): number {
  const unwrapped = unwrapRing(ring);
  return Math.round((lonOf(unwrapped[unwrapped.length - 1]) - lonOf(unwrapped[0])) / 360);
}

export function isPoleCap(ring: Ring): boolean {
  return ring.length > 0 && ring.every(([, lat]) => Math.abs(lat) >= POLE_CAP_MIN_ABS_LAT);
}

/**
 * Opens a ring that goes around a pole exactly where it crosses the antimeridian, unwraps it into one
 * 360°-wide strip and closes it along the pole, so that it becomes an ordinary planar ring.
 * The pole is the one on the ring's side of the equator: no land ring circles the whole globe at low latitude.
 */
export function closeAroundPole(ring: Ring): Ring {
  const open = ring.slice(0, -1);
  const jump = open.findIndex((point, i) => {
    const previous = open[(i - 1 + open.length) % open.length]!;
    return Math.abs(point[0] - previous[0]) > 180;
  });
  if (jump < 0) throw new Error('a ring around a pole must cross the antimeridian');

  const after = open[jump]!;
  const before = open[(jump - 1 + open.length) % open.length]!;
  const beforeLon = before[0] + 360 * Math.round((after[0] - before[0]) / 360);
  // Consecutive points on -180 and +180 are one place: the ring crosses right there.
  const onMeridian = beforeLon === after[0];
  const meridian = onMeridian ? after[0] : beforeLon < after[0] ? -180 : 180;
  const crossingLat = onMeridian
    ? after[1]
    : before[1] + ((after[1] - before[1]) * (meridian - beforeLon)) / (after[0] - beforeLon);

  const rotated = [...open.slice(jump), ...open.slice(0, jump)];
  const strip = unwrapRing([[meridian, crossingLat], ...rotated]);
  const endLon = meridian + 360 * Math.round((lonOf(strip[strip.length - 1]) - meridian) / 360);
  const meanLat = open.reduce((sum, [, lat]) => sum + lat, 0) / open.length;
  const pole = meanLat < 0 ? -90 : 90;

  const closing: Ring = [[endLon, crossingLat]];
  const steps = Math.ceil(Math.abs(endLon - meridian) / POLE_STEP_DEG);
  for (let i = 0; i <= steps; i++) closing.push([endLon + ((meridian - endLon) * i) / steps, pole]);
  closing.push([meridian, crossingLat]);
  return [...strip, ...closing];
}

function lonExtent(rings: Ring[]): [number, number] {
  let min = Infinity;
  let max = -Infinity;
  for (const ring of rings) {
    for (const [lon] of ring) {
      min = Math.min(min, lon);
      max = Math.max(max, lon);
    }
  }
  return [min, max];
}

function shiftRing(ring: Ring, dLon: number): Ring {
  return ring.map(([lon, lat]) => [lon + dLon, lat]);
}

/** Moves a hole by whole turns so it sits next to its unwrapped exterior. */
function alignTo(hole: Ring, exterior: Ring): Ring {
  const [eMin, eMax] = lonExtent([exterior]);
  const [hMin, hMax] = lonExtent([hole]);
  const turns = Math.round((eMin + eMax - hMin - hMax) / 2 / 360);
  return turns === 0 ? hole : shiftRing(hole, 360 * turns);
}

function clampLon(ring: Ring): Ring {
  return ring.map(([lon, lat]) => [Math.min(180, Math.max(-180, lon)), lat]);
}

function clipToLonRange(polygon: PolygonRings, west: number, east: number): PolygonRings[] {
  const window = bboxPolygon([west, -91, east, 91]);
  const clipped = intersect(featureCollection([turfPolygon(polygon), window]));
  if (!clipped) return [];
  const geometry = clipped.geometry;
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polygons.map((rings) => rings.map((ring) => ring.map(([lon, lat]) => [lon ?? NaN, lat ?? NaN] as LonLat)));
}

/**
 * Splits a polygon whose rings jump across ±180° into pieces that each stay inside [-180, 180],
 * so planar renderers (MapLibre, SVG) no longer draw a band across the whole map.
 * Polygons that never cross come back unchanged (as a single piece).
 */
export function splitAtAntimeridian(polygon: PolygonRings): PolygonRings[] {
  const rings = polygon.filter((ring) => !isPoleCap(ring));
  const [exteriorRing, ...holeRings] = rings;
  if (!exteriorRing) return [];

  const planar = (ring: Ring): Ring => (poleTurns(ring) === 0 ? unwrapRing(ring) : closeAroundPole(ring));
  const exterior = planar(exteriorRing);
  const unwrapped: PolygonRings = [exterior, ...holeRings.map((hole) => alignTo(planar(hole), exterior))];

  const [minLon, maxLon] = lonExtent(unwrapped);
  if (minLon >= -180 && maxLon <= 180) return [unwrapped];

  const pieces: PolygonRings[] = [];
  const firstTurn = Math.floor((minLon + 180) / 360);
  const lastTurn = Math.ceil((maxLon - 180) / 360);
  for (let turn = firstTurn; turn <= lastTurn; turn++) {
    const offset = 360 * turn;
    for (const piece of clipToLonRange(unwrapped, offset - 180, offset + 180)) {
      pieces.push(piece.map((ring) => clampLon(shiftRing(ring, -offset))));
    }
  }
  return pieces;
}
