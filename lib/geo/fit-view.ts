/** MapLibre's tile size: the world is 512 px wide at zoom 0. */
const WORLD_PX = 512;

export type FitViewport = { lon: number; lat: number; zoom: number };
type Bounds = [[number, number], [number, number]];

const mercatorX = (lon: number) => (lon + 180) / 360;
const mercatorY = (lat: number) => {
  const clamped = Math.max(-85, Math.min(85, lat));
  return (1 - Math.log(Math.tan(Math.PI / 4 + (clamped * Math.PI) / 360)) / Math.PI) / 2;
};
const lonOf = (x: number) => x * 360 - 180;
const latOf = (y: number) => (360 / Math.PI) * Math.atan(Math.exp(Math.PI * (1 - 2 * y))) - 90;

/**
 * The centre and zoom at which every point fits a map of `width` × `height` px with `padding` px to spare, in
 * Web Mercator as MapLibre draws it; rounded so the URL stays short. Null without points.
 */
export function fitViewport(
  points: readonly [number, number][],
  width: number,
  height: number,
  padding = 40,
  maxZoom = 5,
): FitViewport | null {
  if (points.length === 0 || width <= 2 * padding || height <= 2 * padding) return null;
  const xs = points.map(([lon]) => mercatorX(lon));
  const ys = points.map(([, lat]) => mercatorY(lat));
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const fit = Math.min(
    (width - 2 * padding) / Math.max((x1 - x0) * WORLD_PX, 1e-9),
    (height - 2 * padding) / Math.max((y1 - y0) * WORLD_PX, 1e-9),
  );
  const zoom = Math.max(0, Math.min(maxZoom, Math.log2(fit)));
  const round = (v: number, d: number) => Math.round(v * 10 ** d) / 10 ** d;
  return { lon: round(lonOf((x0 + x1) / 2), 2), lat: round(latOf((y0 + y1) / 2), 2), zoom: round(zoom, 2) };
}

/** How many of the points lie outside the bounds. */
export function countOutside(points: readonly [number, number][], [[west, south], [east, north]]: Bounds): number {
  return points.filter(([lon, lat]) => lon < west || lon > east || lat < south || lat > north).length;
}
