/**
 * Renders the geometry build to PNGs for a visual check of both outputs:
 *   - planar SVG (lon/lat straight to x/y, no projection, no antimeridian cutting) of data/countries.geojson
 *     and public/geo/borders.topo.json: any ring that jumps across ±180° shows as a band across the map;
 *   - MapLibre (as the app renders it) of both, centred on the antimeridian and zoomed on Fiji and Europe.
 * Red dots mark the label points of small countries (area < 25,000 km²).
 *
 * Usage: npx tsx scripts/render-geo-preview.ts [output dir]   (default: $TMPDIR/willing-atlas-geo-preview)
 * Serves files on 127.0.0.1 only; nothing is fetched from the network.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import type { FeatureCollection } from 'geojson';
import type { Topology } from 'topojson-specification';
import { feature } from 'topojson-client';
import type { BorderProperties } from '@/lib/geo/borders-topology';
import { colourFor, plateCarreeSvg, type LonLatBox } from '@/lib/geo/plate-carree-svg';

const root = join(dirname(new URL(import.meta.url).pathname), '..');
const outDir = process.argv[2] ?? join(tmpdir(), 'willing-atlas-geo-preview');
const SMALL_STATE_KM2 = 25_000;

const svgViews: Array<{ name: string; box: LonLatBox; width: number }> = [
  { name: 'world', box: [-180, -90, 180, 90], width: 2000 },
  { name: 'east-edge', box: [150, -30, 180, 75], width: 500 },
  { name: 'west-edge', box: [-180, -30, -150, 75], width: 500 },
  { name: 'antarctica', box: [-180, -90, 180, -55], width: 2000 },
  { name: 'europe', box: [-10, 34, 30, 56], width: 1400 },
];

const mapViews = [
  { name: 'map-antimeridian', center: [180, 20], zoom: 0.9 },
  { name: 'map-fiji', center: [179.5, -17], zoom: 6 },
  { name: 'map-europe', center: [10, 45], zoom: 4 },
  { name: 'map-chukotka', center: [180, 66], zoom: 3 },
  { name: 'map-san-marino', center: [12.2, 43.4], zoom: 7 },
];

function loadSources() {
  const countries = JSON.parse(readFileSync(join(root, 'data/countries.geojson'), 'utf8')) as FeatureCollection;
  const topology = JSON.parse(readFileSync(join(root, 'public/geo/borders.topo.json'), 'utf8')) as Topology;
  const object = topology.objects.countries;
  if (!object) throw new Error('borders.topo.json has no "countries" object');
  const borders = feature(topology, object) as FeatureCollection;
  const dots = borders.features
    .map((f) => f.properties as BorderProperties)
    .filter((p) => p.area < SMALL_STATE_KM2)
    .map(({ lon, lat }) => ({ lon, lat }));
  return { countries, borders, dots };
}

function mapPage(): string {
  return `<!doctype html><html><head><meta charset="utf-8">
<link rel="stylesheet" href="/maplibre/maplibre-gl.css">
<style>html,body,#map{margin:0;width:100%;height:100%}</style></head>
<body><div id="map"></div><script type="module">
import * as maplibregl from '/maplibre/maplibre-gl.mjs';
const params = new URLSearchParams(location.search);
const data = await (await fetch('/source/' + params.get('source'))).json();
const map = new maplibregl.Map({
  container: 'map', attributionControl: false, fadeDuration: 0,
  center: JSON.parse(params.get('center')), zoom: Number(params.get('zoom')),
  style: { version: 8, sources: { c: { type: 'geojson', data } }, layers: [
    { id: 'sea', type: 'background', paint: { 'background-color': '#dbe7f0' } },
    { id: 'fill', type: 'fill', source: 'c', paint: { 'fill-color': ['get', 'colour'], 'fill-opacity': 0.9 } },
    { id: 'line', type: 'line', source: 'c', paint: { 'line-color': '#223', 'line-width': 0.6 } },
  ] },
});
map.once('idle', () => { window.mapReady = true; });
map.on('error', (e) => { window.mapError = String(e.error?.message ?? e); });
</script></body></html>`;
}

async function serve(files: Record<string, () => { type: string; body: string | Buffer }>): Promise<Server> {
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const file = files[path];
    if (!file) {
      res.writeHead(404).end();
      return;
    }
    const { type, body } = file();
    res.writeHead(200, { 'content-type': type }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}

function withColours(collection: FeatureCollection): FeatureCollection {
  return {
    ...collection,
    features: collection.features.map((f) => ({
      ...f,
      properties: { ...f.properties, colour: colourFor(String(f.id ?? '')) },
    })),
  };
}

async function renderSvgs(browser: Browser, sources: ReturnType<typeof loadSources>): Promise<string[]> {
  const written: string[] = [];
  const page = await browser.newPage();
  for (const [label, collection] of [
    ['countries', sources.countries],
    ['borders', sources.borders],
  ] as const) {
    for (const view of svgViews) {
      const svg = plateCarreeSvg(collection, { box: view.box, width: view.width, dots: sources.dots });
      await page.setContent(`<!doctype html><body style="margin:0">${svg}</body>`);
      const path = join(outDir, `svg-${label}-${view.name}.png`);
      await page.locator('svg').screenshot({ path });
      written.push(path);
    }
  }
  await page.close();
  return written;
}

async function renderMaps(browser: Browser, sources: ReturnType<typeof loadSources>): Promise<string[]> {
  const dist = join(root, 'node_modules/maplibre-gl/dist');
  const js = (name: string) => () => ({ type: 'text/javascript', body: readFileSync(join(dist, name)) });
  const json = (collection: FeatureCollection) => () => ({
    type: 'application/json',
    body: JSON.stringify(withColours(collection)),
  });
  const server = await serve({
    '/': () => ({ type: 'text/html', body: mapPage() }),
    '/maplibre/maplibre-gl.mjs': js('maplibre-gl.mjs'),
    '/maplibre/maplibre-gl-worker.mjs': js('maplibre-gl-worker.mjs'),
    '/maplibre/maplibre-gl.css': () => ({ type: 'text/css', body: readFileSync(join(dist, 'maplibre-gl.css')) }),
    '/source/countries': json(sources.countries),
    '/source/borders': json(sources.borders),
  });
  const { port } = server.address() as AddressInfo;
  const written: string[] = [];
  try {
    const page = await browser.newPage({ viewport: { width: 1200, height: 700 } });
    for (const source of ['countries', 'borders']) {
      for (const view of mapViews) {
        const query = new URLSearchParams({ source, center: JSON.stringify(view.center), zoom: String(view.zoom) });
        await page.goto(`http://127.0.0.1:${port}/?${query}`);
        await page.waitForFunction(() => 'mapReady' in window || 'mapError' in window, undefined, { timeout: 60_000 });
        const error = await page.evaluate(() => (window as unknown as { mapError?: string }).mapError);
        if (error) throw new Error(`MapLibre failed on ${source}/${view.name}: ${error}`);
        const path = join(outDir, `${view.name}-${source}.png`);
        await page.screenshot({ path });
        written.push(path);
      }
    }
  } finally {
    server.close();
  }
  return written;
}

async function main(): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  const sources = loadSources();
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
  try {
    const written = [...(await renderSvgs(browser, sources)), ...(await renderMaps(browser, sources))];
    writeFileSync(join(outDir, 'index.txt'), `${written.join('\n')}\n`);
    console.log(written.join('\n'));
  } finally {
    await browser.close();
  }
}

await main();
