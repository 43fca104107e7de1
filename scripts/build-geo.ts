/**
 * Builds the country geometry from world-atlas (Natural Earth 1:50m):
 *   data/countries.geojson        full-detail countries with empty positions/spending, for the extractor
 *   public/geo/borders.topo.json  simplified, quantised outlines for the browser map
 *   lib/geo/countries.generated.json  [{ iso3, en, ar }] for code that needs names but not shapes
 *
 * Usage: npm run geo            (writes the files)
 *        npm run geo -- --check (fails if the committed files differ from a fresh build)
 */
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildBordersTopology } from '@/lib/geo/borders-topology';
import { collectCountryShapes, toPositionsCollection } from '@/lib/geo/country-collection';
import { formatLinePerEntry, formatLinePerItem } from '@/lib/geo/format-output';
import { loadWorldAtlasCountries } from '@/lib/geo/world-atlas';
import { positionsCollectionSchema } from '@/lib/schema/positions';

const root = join(dirname(new URL(import.meta.url).pathname), '..');
const outputs = {
  countries: join(root, 'data/countries.geojson'),
  borders: join(root, 'public/geo/borders.topo.json'),
  index: join(root, 'lib/geo/countries.generated.json'),
};

function sizes(text: string): string {
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  return `${kb(Buffer.byteLength(text))} raw, ${kb(gzipSync(text, { level: 9 }).length)} gzip`;
}

function main(): void {
  const check = process.argv.includes('--check');
  const started = performance.now();

  const shapes = collectCountryShapes(loadWorldAtlasCountries());
  const countries = positionsCollectionSchema.parse(toPositionsCollection(shapes));
  const borders = buildBordersTopology(shapes);
  const index = shapes.map(({ iso3, en, ar }) => ({ iso3, en, ar }));

  const files: Array<[string, string]> = [
    [outputs.countries, formatLinePerItem(countries, 'features')],
    [outputs.borders, `${JSON.stringify(borders)}\n`],
    [outputs.index, formatLinePerEntry(index)],
  ];

  if (check) {
    const stale = files.filter(([path, text]) => !existsSync(path) || readFileSync(path, 'utf8') !== text);
    if (stale.length > 0) {
      console.error(`out of date (run npm run geo): ${stale.map(([path]) => path).join(', ')}`);
      process.exit(1);
    }
    console.log(`geo outputs are up to date (${shapes.length} countries)`);
    return;
  }

  for (const [path, text] of files) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
    console.log(`${path.slice(root.length + 1)}: ${sizes(text)}`);
  }
  console.log(`${shapes.length} countries in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

main();
