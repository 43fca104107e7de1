import type { Geometry } from 'geojson';
import type { Stance } from '@/lib/schema/stance';
import { viewRows, type ViewExportInput, type ViewRow } from './view-rows';

export type ViewFeatureCollection = {
  type: 'FeatureCollection';
  /** Foreign members (RFC 7946 §6.1) recording which view this is. */
  as_of: string;
  /** The start of the compared range, when two dates are compared. */
  from?: string;
  stances: Stance[];
  features: { type: 'Feature'; id: string; properties: ViewRow; geometry: Geometry | null }[];
};

/**
 * The current view as GeoJSON. Geometry comes from the caller (the browser has the simplified borders,
 * never the full-resolution file); a country without one gets a null geometry, which GeoJSON allows.
 */
export function viewToGeoJSON(
  input: ViewExportInput & { geometryOf: (iso3: string) => Geometry | null | undefined },
): ViewFeatureCollection {
  return {
    type: 'FeatureCollection',
    as_of: input.date,
    ...(input.from ? { from: input.from.date } : {}),
    stances: [...input.stances],
    features: viewRows(input).map((properties) => ({
      type: 'Feature',
      id: properties.iso3,
      properties,
      geometry: input.geometryOf(properties.iso3) ?? null,
    })),
  };
}
