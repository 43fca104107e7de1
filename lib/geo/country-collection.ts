import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { CountryFeature, PositionsCollection } from '@/lib/schema/positions';
import { splitAtAntimeridian } from './antimeridian';
import { identifyCountry, type CountryIdentity } from './country-codes';
import { toRing, tidyPolygon, type PolygonRings } from './ring';

/** 5 decimals is about a metre: far below the 1:50m source's own precision. */
export const COORDINATE_DECIMALS = 5;

export interface CountryShape extends CountryIdentity {
  polygons: PolygonRings[];
}

type SourceFeature = Feature<Polygon | MultiPolygon | null, { name?: string } | null>;

function sourcePolygons(geometry: Polygon | MultiPolygon): PolygonRings[] {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polygons.map((rings) => rings.map(toRing));
}

/** Antimeridian-safe, rounded, RFC 7946-wound polygons; anything that collapses is dropped. */
export function fixPolygons(polygons: PolygonRings[]): PolygonRings[] {
  return polygons
    .flatMap(splitAtAntimeridian)
    .map((polygon) => tidyPolygon(polygon, COORDINATE_DECIMALS))
    .filter((polygon): polygon is PolygonRings => polygon !== null);
}

/**
 * One shape per 3-letter code, sorted by code. Features that share a code are merged
 * (world-atlas gives Ashmore and Cartier Is. Australia's numeric id).
 */
export function collectCountryShapes(source: FeatureCollection<Polygon | MultiPolygon | null>): CountryShape[] {
  const byIso3 = new Map<string, CountryShape>();
  for (const feature of source.features as SourceFeature[]) {
    if (!feature.geometry) continue;
    const name = feature.properties?.name ?? '';
    const identity = identifyCountry(feature.id, name);
    const polygons = fixPolygons(sourcePolygons(feature.geometry));
    const existing = byIso3.get(identity.iso3);
    if (existing) existing.polygons.push(...polygons);
    else byIso3.set(identity.iso3, { ...identity, polygons });
  }
  return [...byIso3.values()]
    .filter((shape) => shape.polygons.length > 0)
    .sort((a, b) => (a.iso3 < b.iso3 ? -1 : a.iso3 > b.iso3 ? 1 : 0));
}

export function shapeGeometry(shape: CountryShape): Polygon | MultiPolygon {
  const [only] = shape.polygons;
  return shape.polygons.length === 1 && only
    ? { type: 'Polygon', coordinates: only }
    : { type: 'MultiPolygon', coordinates: shape.polygons };
}

/** The empty country collection the extractor fills with positions and spending. */
export function toPositionsCollection(shapes: CountryShape[]): PositionsCollection {
  const features: CountryFeature[] = shapes.map((shape) => ({
    type: 'Feature',
    id: shape.iso3,
    properties: { iso3: shape.iso3, name: { en: shape.en, ar: shape.ar }, positions: [], spending: [] },
    geometry: shapeGeometry(shape),
  }));
  return { type: 'FeatureCollection', features };
}
