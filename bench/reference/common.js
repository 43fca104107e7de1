// Shared by the two reference choropleths: the product's borders and the product's colours per
// timeline stop (served by the benchmark as /data/steps.json), and a slider that steps like the
// product's: Home to the first stop, ArrowRight to the next.
/* global topojson */

/** Same rule as components/map/borders.ts: below this area a country also gets a dot. */
const SMALL_COUNTRY_KM2 = 70000;
export const EUROPE_BOUNDS = [
  [-25, 34],
  [45, 71],
];
export const COLORS = { sea: '#EAF1F6', border: '#FFFFFF' };

export async function loadChoropleth() {
  const [topology, plan] = await Promise.all([
    fetch('/geo/borders.topo.json').then((r) => r.json()),
    fetch('/data/steps.json').then((r) => r.json()),
  ]);
  const all = topojson.feature(topology, topology.objects.countries).features;
  const shapes = { type: 'FeatureCollection', features: [] };
  const dots = { type: 'FeatureCollection', features: [] };
  for (const country of all) {
    const { iso3, lon, lat, area } = country.properties;
    if (country.geometry) shapes.features.push({ type: 'Feature', properties: { iso3 }, geometry: country.geometry });
    if (area < SMALL_COUNTRY_KM2) {
      dots.features.push({
        type: 'Feature',
        properties: { iso3 },
        geometry: { type: 'Point', coordinates: [lon, lat] },
      });
    }
  }
  const column = new Map(plan.iso3s.map((iso3, i) => [iso3, i]));
  /** Colour of a country at a stop; countries the data does not list get the no-position colour. */
  const colorAt = (stop, iso3) => plan.palette[column.has(iso3) ? plan.colors[stop][column.get(iso3)] : 0];
  const params = new URLSearchParams(location.search);
  const size = { width: Number(params.get('w') ?? 994), height: Number(params.get('h') ?? 618) };
  const container = document.getElementById('map');
  container.style.width = `${size.width}px`;
  container.style.height = `${size.height}px`;
  return { shapes, dots, plan, colorAt, size, container };
}

/** The slider: draws the stop it moves to when that stop's colours differ from the current ones. */
export function startSlider(plan, draw) {
  const slider = document.getElementById('slider');
  let stop = plan.stops.length - 1;
  slider.setAttribute('aria-valuemax', String(plan.stops.length - 1));
  const moveTo = (next) => {
    if (next === stop) return;
    const changed = plan.colors[next].some((c, i) => c !== plan.colors[stop][i]);
    stop = next;
    slider.setAttribute('aria-valuenow', String(stop));
    slider.setAttribute('aria-valuetext', plan.stops[stop]);
    if (changed) draw(stop);
  };
  slider.addEventListener('keydown', (event) => {
    if (event.key === 'Home') moveTo(0);
    else if (event.key === 'ArrowRight') moveTo(Math.min(stop + 1, plan.stops.length - 1));
    else return;
    event.preventDefault();
  });
  return stop;
}
