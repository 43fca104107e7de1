import type { FeatureCollection, Geometry } from 'geojson';

/** A window on the map in degrees: [west, south, east, north]. */
export type LonLatBox = [number, number, number, number];

export interface SvgOptions {
  box: LonLatBox;
  width: number;
  /** Extra points drawn as dots, e.g. label points of small states. */
  dots?: Array<{ lon: number; lat: number }>;
}

/** A stable, distinguishable fill per country, so neighbours and split pieces are easy to tell apart. */
export function colourFor(key: string): string {
  let hash = 0;
  for (const char of key) hash = (hash * 31 + char.charCodeAt(0)) | 0;
  const hue = Math.abs(hash) % 360;
  return `hsl(${hue}, 55%, 62%)`;
}

function polygonsOf(geometry: Geometry | null): number[][][][] {
  if (!geometry) return [];
  if (geometry.type === 'Polygon') return [geometry.coordinates];
  if (geometry.type === 'MultiPolygon') return geometry.coordinates;
  return [];
}

/**
 * Longitude and latitude mapped straight to x and -y with no projection and no antimeridian handling,
 * so a ring that jumps across ±180° shows up as a band across the whole map instead of being hidden.
 */
export function pathData(geometry: Geometry | null): string {
  return polygonsOf(geometry)
    .flat()
    .map((ring) => `M${ring.map(([lon, lat]) => `${lon},${-(lat ?? 0)}`).join('L')}Z`)
    .join('');
}

export function plateCarreeSvg(collection: FeatureCollection, { box, width, dots = [] }: SvgOptions): string {
  const [west, south, east, north] = box;
  const height = Math.round((width * (north - south)) / (east - west));
  const dotRadius = ((east - west) / width) * 2.5;
  const paths = collection.features
    .map((feature) => {
      const key = String(feature.id ?? feature.properties?.iso3 ?? '');
      return `<path d="${pathData(feature.geometry)}" fill="${colourFor(key)}" fill-rule="evenodd" stroke="#223" stroke-width="0.6" vector-effect="non-scaling-stroke"><title>${key}</title></path>`;
    })
    .join('\n');
  const circles = dots
    .map(({ lon, lat }) => `<circle cx="${lon}" cy="${-lat}" r="${dotRadius}" fill="#c00"/>`)
    .join('\n');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="${west} ${-north} ${east - west} ${north - south}">`,
    `<rect x="${west}" y="${-north}" width="${east - west}" height="${north - south}" fill="#dbe7f0"/>`,
    paths,
    circles,
    '</svg>',
  ].join('\n');
}
