// Writes the at-scale dataset of the benchmark: bench/out/synthetic-positions.geojson and the
// articles it cites in bench/out/synthetic-articles/. Deterministic; run by `npm run bench`.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { positionsCollectionSchema } from '@/lib/schema/positions';
import { realSentences } from '@/bench/lib/real-sentences';
import { SCALE, syntheticPositions } from '@/bench/lib/synthetic-positions';

export const SYNTHETIC_POSITIONS = 'bench/out/synthetic-positions.geojson';
export const SYNTHETIC_ARTICLES = 'bench/out/synthetic-articles';

export function writeSynthetic(): { positions: number; countries: number; articles: number } {
  const base = positionsCollectionSchema.parse(JSON.parse(readFileSync('data/countries.geojson', 'utf8')));
  const { collection, articles } = syntheticPositions(base, realSentences(), SCALE);
  rmSync(SYNTHETIC_ARTICLES, { recursive: true, force: true });
  mkdirSync(SYNTHETIC_ARTICLES, { recursive: true });
  for (const article of articles) writeFileSync(join(SYNTHETIC_ARTICLES, article.meta.file), article.text);
  writeFileSync(
    join(SYNTHETIC_ARTICLES, 'index.json'),
    `${JSON.stringify(
      articles.map((a) => a.meta),
      null,
      1,
    )}\n`,
  );
  writeFileSync(SYNTHETIC_POSITIONS, `${JSON.stringify(collection)}\n`);
  const positions = collection.features.reduce((n, f) => n + f.properties.positions.length, 0);
  return { positions, countries: collection.features.length, articles: articles.length };
}

if (process.argv[1]?.endsWith('gen-synthetic.ts')) {
  const made = writeSynthetic();
  console.log(
    `wrote ${SYNTHETIC_POSITIONS}: ${made.positions} positions over ${made.countries} countries, ${made.articles} articles`,
  );
}
