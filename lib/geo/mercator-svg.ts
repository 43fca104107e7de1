import type { MultiPolygon, Polygon } from 'geojson';

/**
 * Web Mercator onto a square "world" of WORLD_SIZE units, the projection MapLibre uses, so the
 * overview map (SVG) and the interactive map (MapLibre) draw countries the same shape.
 */
export const WORLD_SIZE = 1000;

/** Mercator cannot reach the poles; MapLibre stops at the same latitude. */
export const MAX_LATITUDE = 85.051129;

export type Point = [x: number, y: number];

export function mercator(lon: number, lat: number): Point {
  const clamped = Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, lat));
  const x = ((lon + 180) / 360) * WORLD_SIZE;
  const y = ((1 - Math.log(Math.tan(Math.PI / 4 + (clamped * Math.PI) / 360)) / Math.PI) / 2) * WORLD_SIZE;
  return [x, y];
}

const round = (value: number, factor: number) => Math.round(value * factor) / factor;

/**
 * SVG path data of a (multi)polygon in world units, `decimals` after the point: every ring closed,
 * points that round onto the previous one dropped. Use with fill-rule="evenodd" so holes stay holes
 * whatever the rings' winding.
 */
export function polygonPath(geometry: Polygon | MultiPolygon, decimals = 1): string {
  const factor = 10 ** decimals;
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  let path = '';
  for (const polygon of polygons) {
    for (const ring of polygon) {
      let previous = '';
      let points = 0;
      let ringPath = '';
      for (const position of ring) {
        const [x, y] = mercator(position[0] ?? 0, position[1] ?? 0);
        const point = `${round(x, factor)},${round(y, factor)}`;
        if (point === previous) continue;
        ringPath += (points === 0 ? 'M' : 'L') + point;
        previous = point;
        points += 1;
      }
      // A ring that rounds to fewer than three points draws nothing at any zoom the overview shows.
      if (points >= 3) path += `${ringPath}Z`;
    }
  }
  return path;
}

export type ViewBox = { x: number; y: number; width: number; height: number };

/** The world-unit box around a [[west, south], [east, north]] box of degrees, with `padding` (a fraction) on each side. */
export function viewBoxFor(bounds: [[number, number], [number, number]], padding = 0): ViewBox {
  const [[west, south], [east, north]] = bounds;
  const [x0, y0] = mercator(west, north);
  const [x1, y1] = mercator(east, south);
  const padX = (x1 - x0) * padding;
  const padY = (y1 - y0) * padding;
  return { x: x0 - padX, y: y0 - padY, width: x1 - x0 + 2 * padX, height: y1 - y0 + 2 * padY };
}

export function viewBoxAttribute({ x, y, width, height }: ViewBox): string {
  return [x, y, width, height].map((n) => round(n, 100)).join(' ');
}
