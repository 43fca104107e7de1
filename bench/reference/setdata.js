// Reference (a): the same choropleth as the product, but each step rebuilds the GeoJSON with a
// colour property per country and hands it to MapLibre with setData, the usual way to recolour.
import { Map as MapLibreMap, setWorkerUrl } from '/node_modules/maplibre-gl/dist/maplibre-gl.mjs';
import { COLORS, EUROPE_BOUNDS, loadChoropleth, startSlider } from './common.js';

const { shapes, dots, plan, colorAt, container } = await loadChoropleth();
setWorkerUrl('/node_modules/maplibre-gl/dist/maplibre-gl-worker.mjs');

const colored = (collection, stop) => ({
  type: 'FeatureCollection',
  features: collection.features.map((f) => ({
    ...f,
    properties: { iso3: f.properties.iso3, color: colorAt(stop, f.properties.iso3) },
  })),
});

const first = plan.stops.length - 1;
const color = ['get', 'color'];
const map = new MapLibreMap({
  container,
  bounds: EUROPE_BOUNDS,
  fitBoundsOptions: { padding: 8 },
  attributionControl: { compact: true },
  renderWorldCopies: false,
  style: {
    version: 8,
    sources: {
      countries: { type: 'geojson', data: colored(shapes, first) },
      'small-countries': { type: 'geojson', data: colored(dots, first) },
    },
    // The product's layers (components/map/map-style.ts) with the colour read from the feature.
    layers: [
      { id: 'sea', type: 'background', paint: { 'background-color': COLORS.sea } },
      { id: 'country-fill', type: 'fill', source: 'countries', paint: { 'fill-color': color } },
      {
        id: 'country-outline',
        type: 'line',
        source: 'countries',
        paint: { 'line-color': COLORS.border, 'line-width': ['interpolate', ['linear'], ['zoom'], 1, 0.3, 6, 1.2] },
      },
      {
        id: 'small-country-dots',
        type: 'circle',
        source: 'small-countries',
        maxzoom: 6.5,
        paint: {
          'circle-color': color,
          'circle-radius': ['interpolate', ['linear'], ['zoom'], 1, 3, 3, 5, 6, 7],
          'circle-stroke-color': COLORS.border,
          'circle-stroke-width': 1,
        },
      },
    ],
  },
});

map.once('idle', () => {
  startSlider(plan, (stop) => {
    map.getSource('countries').setData(colored(shapes, stop));
    map.getSource('small-countries').setData(colored(dots, stop));
    // 'idle' comes at the end of the first frame drawn once both sources hold the new data.
    map.once('idle', () => window.__benchProbe?.drawn());
  });
  document.body.dataset.ready = 'true';
});
