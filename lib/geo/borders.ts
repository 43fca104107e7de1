import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { feature } from 'topojson-client';

/** Properties the geo build writes on every country of public/geo/borders.topo.json. */
export type BorderCountry = { iso3: string; en: string; ar: string; lon: number; lat: number; area: number };

export type Borders = {
  shapes: FeatureCollection<Polygon | MultiPolygon, { iso3: string }>;
  /** A dot at the centre of every country too small to find by its outline at European zoom levels. */
  dots: FeatureCollection<Point, { iso3: string }>;
  /** Where each country's name is written, with its names and area (larger countries win a clash). */
  labels: FeatureCollection<Point, CountryLabel>;
  countries: BorderCountry[];
};

export type CountryLabel = { iso3: string; en: string; ar: string; area: number };

export const BORDERS_URL = '/geo/borders.topo.json';

/**
 * Below this area (km²) a country gets a dot. Chosen so that Luxembourg, Estonia, Belgium, the
 * Netherlands, Denmark, Switzerland, Moldova and the Baltic states are all easy to hover at zoom 3.
 */
export const SMALL_COUNTRY_KM2 = 70_000;

type BordersTopology = Topology<{ countries: GeometryCollection<BorderCountry> }>;

function isBorderCountry(value: unknown): value is BorderCountry {
  if (!value || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.iso3 === 'string' &&
    typeof v.en === 'string' &&
    typeof v.ar === 'string' &&
    typeof v.lon === 'number' &&
    typeof v.lat === 'number' &&
    typeof v.area === 'number'
  );
}

/** Turns the TopoJSON into what the map draws: outlines keyed by iso3, dots for small states, and the country list. */
export function bordersFromTopology(topology: BordersTopology, smallKm2 = SMALL_COUNTRY_KM2): Borders {
  const object = topology.objects.countries;
  if (!object || object.type !== 'GeometryCollection')
    throw new Error('borders topology has no "countries" collection');
  const collection = feature(topology, object) as FeatureCollection<Polygon | MultiPolygon | null, BorderCountry>;

  const shapes: Borders['shapes'] = { type: 'FeatureCollection', features: [] };
  const dots: Borders['dots'] = { type: 'FeatureCollection', features: [] };
  const labels: Borders['labels'] = { type: 'FeatureCollection', features: [] };
  const countries: BorderCountry[] = [];

  for (const country of collection.features) {
    const props = country.properties;
    if (!isBorderCountry(props)) continue;
    countries.push(props);
    labels.features.push({
      type: 'Feature',
      properties: { iso3: props.iso3, en: props.en, ar: props.ar, area: props.area },
      geometry: { type: 'Point', coordinates: [props.lon, props.lat] },
    });
    if (country.geometry) {
      shapes.features.push({ type: 'Feature', properties: { iso3: props.iso3 }, geometry: country.geometry });
    }
    if (props.area < smallKm2) {
      const dot: Feature<Point, { iso3: string }> = {
        type: 'Feature',
        properties: { iso3: props.iso3 },
        geometry: { type: 'Point', coordinates: [props.lon, props.lat] },
      };
      dots.features.push(dot);
    }
  }
  return { shapes, dots, labels, countries };
}

export async function fetchBorders(signal?: AbortSignal): Promise<Borders> {
  const response = await fetch(BORDERS_URL, { signal });
  if (!response.ok) throw new Error(`borders: HTTP ${response.status}`);
  return bordersFromTopology((await response.json()) as BordersTopology);
}
