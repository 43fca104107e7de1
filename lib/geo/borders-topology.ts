import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { GeometryObject, Topology } from 'topojson-specification';
import { feature as topoFeature, quantize } from 'topojson-client';
import { topology as buildTopology } from 'topojson-server';
import { filter, filterAttached, planarRingArea, presimplify, simplify, type Filter } from 'topojson-simplify';
import { countryAreaKm2, labelPoint, mainPolygon } from './label-point';
import { shapeGeometry, type CountryShape } from './country-collection';

/** What the browser map needs per country besides its outline: names for search, a dot position, a size. */
export interface BorderProperties {
  iso3: string;
  en: string;
  ar: string;
  lon: number;
  lat: number;
  /** km² */
  area: number;
}

export interface BordersOptions {
  /** Visvalingam weight (square degrees) below which a vertex is removed. */
  minWeight: number;
  /** Islands and holes smaller than this (square degrees) are dropped, except each country's main polygon. */
  minRingArea: number;
  /** Vertices every country's main outline keeps, however small the country. */
  minMainRingPoints: number;
  /** Grid size of the TopoJSON quantisation. */
  quantization: number;
}

export const DEFAULT_BORDERS_OPTIONS: BordersOptions = {
  minWeight: 6e-3,
  minRingArea: 1e-2,
  minMainRingPoints: 8,
  quantization: 5e4,
};

export const BORDERS_OBJECT = 'countries';

type Arc = number[][];
type BorderGeometry = GeometryObject<BorderProperties> & { arcs: number[][] | number[][][] };
export type BordersTopology = Topology<{ countries: { type: 'GeometryCollection'; geometries: BorderGeometry[] } }>;

const round = (value: number, decimals: number) => Math.round(value * 10 ** decimals) / 10 ** decimals;

export function borderProperties(shape: CountryShape): BorderProperties {
  const [lon, lat] = labelPoint(mainPolygon(shape.polygons));
  return {
    iso3: shape.iso3,
    en: shape.en,
    ar: shape.ar,
    lon: round(lon, 4),
    lat: round(lat, 4),
    area: round(countryAreaKm2(shape.polygons), 1),
  };
}

function mainExteriorArcs(geometry: BorderGeometry, mainIndex: number): number[] | undefined {
  if (geometry.type === 'Polygon') return (geometry.arcs as number[][])[0];
  if (geometry.type === 'MultiPolygon') return (geometry.arcs as number[][][])[mainIndex]?.[0];
  return undefined;
}

/**
 * Raises the Visvalingam weight of the most significant vertices of a ring so that simplification
 * cannot shrink it below `minPoints` vertices: the ring's arc junctions are always kept, the rest come
 * from its own vertices in order of importance.
 */
export function protectRing(arcs: Arc[], ringArcs: number[], minPoints: number): void {
  const needed = minPoints - ringArcs.length;
  if (needed <= 0) return;
  const candidates: number[][] = [];
  for (const index of ringArcs) {
    const arc = arcs[index < 0 ? ~index : index];
    if (arc) candidates.push(...arc.slice(1, -1));
  }
  candidates.sort((a, b) => (b[2] ?? 0) - (a[2] ?? 0));
  for (const point of candidates.slice(0, needed)) point[2] = Infinity;
}

/**
 * Vertices on the map's frame (the ±180° cuts and the pole line Antarctica is closed along) are collinear,
 * so simplification would drop them: the pole edge would become one 360° segment and cut coastlines would
 * pull away from ±180°, opening a gap between the two halves of Chukotka or Taveuni.
 */
export function protectFrame(arcs: Arc[]): void {
  for (const arc of arcs) {
    for (const point of arc) {
      if (Math.abs(point[0] ?? 0) === 180 || Math.abs(point[1] ?? 0) === 90) point[2] = Infinity;
    }
  }
}

function ringKey(arcs: number[]): string {
  return arcs.join(',');
}

function ringCoordinates(topology: Topology, arcs: number[]): Array<[number, number]> {
  const polygon = topoFeature(topology, { type: 'Polygon', arcs: [arcs] }).geometry as Polygon;
  return (polygon.coordinates[0] ?? []) as Array<[number, number]>;
}

/**
 * Drops rings that collapsed below a triangle, and islands and holes smaller than minArea unless they are
 * protected or share a border with another country (an enclave's hole must stay open: San Marino in Italy).
 */
function keepRings(topology: BordersTopology, protectedRings: Set<string>, minArea: number): BordersTopology {
  // topojson-simplify hands filters a ring's arc indexes, not its coordinates as its typings claim.
  const attached = filterAttached(topology) as unknown as (arcs: number[]) => boolean;
  const keep = (arcs: number[]): boolean => {
    const ring = ringCoordinates(topology, arcs);
    const area = ring.length >= 4 ? planarRingArea(ring) : 0;
    if (area === 0) return false;
    return area >= minArea || protectedRings.has(ringKey(arcs)) || attached(arcs);
  };
  return filter(topology, keep as unknown as Filter) as unknown as BordersTopology;
}

/**
 * The browser's country outlines: one shared-border topology, simplified and quantised to stay small,
 * in which every country keeps at least its main polygon.
 */
export function buildBordersTopology(
  shapes: CountryShape[],
  options: BordersOptions = DEFAULT_BORDERS_OPTIONS,
): BordersTopology {
  const features: Array<Feature<Polygon | MultiPolygon, BorderProperties>> = shapes.map((shape) => ({
    type: 'Feature',
    id: shape.iso3,
    properties: borderProperties(shape),
    geometry: shapeGeometry(shape),
  }));
  const collection: FeatureCollection<Polygon | MultiPolygon, BorderProperties> = {
    type: 'FeatureCollection',
    features,
  };

  const raw = buildTopology({ [BORDERS_OBJECT]: collection }) as unknown as BordersTopology;
  const weighted = presimplify(raw) as BordersTopology;
  const arcs = weighted.arcs as Arc[];

  protectFrame(arcs);
  const protectedRings = new Set<string>();
  weighted.objects.countries.geometries.forEach((geometry, i) => {
    const shape = shapes[i]!;
    const ring = mainExteriorArcs(geometry, shape.polygons.indexOf(mainPolygon(shape.polygons)));
    if (!ring) throw new Error(`${shape.iso3} has no exterior ring in the topology`);
    protectRing(arcs, ring, options.minMainRingPoints);
    protectedRings.add(ringKey(ring));
  });

  const simplified = keepRings(
    simplify(weighted, options.minWeight) as BordersTopology,
    protectedRings,
    options.minRingArea,
  );
  const quantized = quantize(simplified, options.quantization) as BordersTopology;
  // Quantisation can still flatten a tiny island; losing a whole country is an error.
  const cleaned = keepRings(quantized, new Set(), 0);
  assertEveryCountryPresent(cleaned, shapes);
  return cleaned;
}

function assertEveryCountryPresent(topology: BordersTopology, shapes: CountryShape[]): void {
  const present = new Set(
    topology.objects.countries.geometries.filter((g) => g.type !== null).map((g) => String(g.id)),
  );
  const missing = shapes.map((s) => s.iso3).filter((iso3) => !present.has(iso3));
  if (missing.length > 0) throw new Error(`simplification lost every polygon of: ${missing.join(', ')}`);
}
