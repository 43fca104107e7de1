import type { MapOptions } from 'maplibre-gl';
import type { Borders } from '@/lib/geo/borders';
import { HATCH_COLOR } from '@/lib/colors/hatch';

export const SOURCES = { shapes: 'countries', dots: 'small-countries', labels: 'country-labels' } as const;
export const LAYERS = {
  fill: 'country-fill',
  hatch: 'country-hatch',
  outline: 'country-outline',
  highlight: 'country-highlight',
  dots: 'small-country-dots',
  labels: 'country-labels',
} as const;

/**
 * Label fonts by page language. The style has no `glyphs` URL, so MapLibre draws these families
 * itself from the page's own @font-face files (Noto Sans, Noto Sans Arabic, served locally).
 */
export const LABEL_FONTS: Record<'en' | 'ar', string[]> = {
  en: ['Noto Sans'],
  ar: ['Noto Sans Arabic'],
};

/** Layers a pointer can hit, topmost first: a dot wins over the larger neighbour it sits on. */
export const INTERACTIVE_LAYERS = [LAYERS.dots, LAYERS.fill];

/** Above this zoom every small state is big enough to hit by its outline and the dots would hide it. */
export const DOTS_MAX_ZOOM = 6.5;

export type MapColors = { sea: string; noPosition: string; border: string; highlight: string };

/** Feature-state keys; the only per-step data the map receives. */
export type CountryState = {
  color?: string | null;
  dim?: boolean;
  /** The position in force was extracted automatically with low confidence: drawn hatched. */
  hatch?: boolean;
  selected?: boolean;
  hover?: boolean;
};

/** The name of the hatch image the map style asks for; the map adds it (makeHatchImage) when asked. */
export const HATCH_IMAGE = 'low-confidence-hatch';
export { HATCH_COLOR };
export const HATCH_SPACING = 6;

/** A square tile of diagonal lines (bottom-left to top-right) as RGBA pixels, for map.addImage. */
export function makeHatchImage(size = HATCH_SPACING * 2): { width: number; height: number; data: Uint8Array } {
  const data = new Uint8Array(size * size * 4);
  const spacing = size / 2;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      // Lines where x + y is a multiple of the spacing (wrapping, so tiles join seamlessly), 1.5 px wide.
      const d = (x + y) % spacing;
      const on = d < 1.5 || d > spacing - 0.5;
      if (!on) continue;
      const i = (y * size + x) * 4;
      data[i] = 26;
      data[i + 1] = 31;
      data[i + 2] = 36;
      data[i + 3] = 150;
    }
  }
  return { width: size, height: size, data };
}

type Style = Exclude<MapOptions['style'], string | undefined>;

/**
 * A self-contained style: both sources are inline GeoJSON built once from the TopoJSON, no glyphs,
 * sprites or tiles, so the map never asks the network for anything. Colours come from feature-state
 * so that scrubbing time only calls setFeatureState.
 */
export function buildMapStyle(borders: Borders, colors: MapColors, lang: 'en' | 'ar' = 'en'): Style {
  const fillColor = ['to-color', ['feature-state', 'color'], colors.noPosition];
  const dimmed = ['boolean', ['feature-state', 'dim'], false];
  const selected = ['boolean', ['feature-state', 'selected'], false];
  const hovered = ['boolean', ['feature-state', 'hover'], false];
  const hatched = ['boolean', ['feature-state', 'hatch'], false];
  return {
    version: 8,
    name: 'willing-atlas',
    sources: {
      [SOURCES.shapes]: { type: 'geojson', data: borders.shapes, promoteId: 'iso3' },
      [SOURCES.dots]: { type: 'geojson', data: borders.dots, promoteId: 'iso3' },
      [SOURCES.labels]: { type: 'geojson', data: borders.labels, promoteId: 'iso3' },
    },
    layers: [
      { id: 'sea', type: 'background', paint: { 'background-color': colors.sea } },
      {
        id: LAYERS.fill,
        type: 'fill',
        source: SOURCES.shapes,
        paint: { 'fill-color': fillColor, 'fill-opacity': ['case', dimmed, 0.25, 1] },
      },
      {
        id: LAYERS.hatch,
        type: 'fill',
        source: SOURCES.shapes,
        paint: { 'fill-pattern': HATCH_IMAGE, 'fill-opacity': ['case', hatched, ['case', dimmed, 0.3, 1], 0] },
      },
      {
        id: LAYERS.outline,
        type: 'line',
        source: SOURCES.shapes,
        paint: { 'line-color': colors.border, 'line-width': ['interpolate', ['linear'], ['zoom'], 1, 0.3, 6, 1.2] },
      },
      {
        id: LAYERS.highlight,
        type: 'line',
        source: SOURCES.shapes,
        paint: {
          'line-color': colors.highlight,
          'line-width': ['case', selected, 2.5, hovered, 1.5, 0],
        },
      },
      {
        id: LAYERS.dots,
        type: 'circle',
        source: SOURCES.dots,
        maxzoom: DOTS_MAX_ZOOM,
        paint: {
          'circle-color': fillColor,
          'circle-opacity': ['case', dimmed, 0.35, 1],
          'circle-radius': ['interpolate', ['linear'], ['zoom'], 1, 3, 3, 5, 6, 7],
          'circle-stroke-color': ['case', selected, colors.highlight, hovered, colors.highlight, colors.border],
          'circle-stroke-width': ['case', selected, 2.5, hovered, 2, 1],
        },
      },
      {
        id: LAYERS.labels,
        type: 'symbol',
        source: SOURCES.labels,
        minzoom: 2,
        layout: {
          'text-field': ['get', lang],
          'text-font': LABEL_FONTS[lang],
          'text-size': ['interpolate', ['linear'], ['zoom'], 2, 10, 6, 14],
          // Larger countries claim their place first; the rest appear as the map zooms in.
          'symbol-sort-key': ['-', 0, ['get', 'area']],
          'text-max-width': 8,
          'text-padding': 3,
        },
        paint: { 'text-color': '#1F2933', 'text-halo-color': 'rgba(255,255,255,0.85)', 'text-halo-width': 1.2 },
      },
    ],
  } as Style;
}

/** Europe from Iceland to the Urals' foothills, with all of Ukraine. */
export const EUROPE_BOUNDS: [[number, number], [number, number]] = [
  [-25, 34],
  [45, 71],
];

/**
 * Which countries' feature-state must change to go from one colouring to the next, so a time step
 * touches only the countries whose stance changed.
 */
export function diffStates(
  previous: ReadonlyMap<string, CountryState>,
  next: ReadonlyMap<string, CountryState>,
): Map<string, CountryState> {
  const changes = new Map<string, CountryState>();
  for (const [iso3, state] of next) {
    const before = previous.get(iso3);
    if (!before || before.color !== state.color || before.dim !== state.dim || !before.hatch !== !state.hatch) {
      changes.set(iso3, { color: state.color ?? null, dim: state.dim ?? false, hatch: state.hatch ?? false });
    }
  }
  for (const iso3 of previous.keys()) {
    if (!next.has(iso3)) changes.set(iso3, { color: null, dim: false, hatch: false });
  }
  return changes;
}
