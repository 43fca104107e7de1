import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { positionsCollectionSchema } from '@/lib/schema/positions';
import { runExtraction } from './run';

const result = runExtraction({
  articlesDir: 'data/articles',
  baseFile: 'data/countries.geojson',
  correctionsFile: 'data/corrections.json',
});
const collection = positionsCollectionSchema.parse(JSON.parse(result.geojson));

describe('the extraction output', () => {
  it('is the committed data/positions.geojson, byte for byte', () => {
    expect(result.geojson).toBe(readFileSync('data/positions.geojson', 'utf8'));
  });

  it('keeps one feature per map country with its geometry', () => {
    const base = JSON.parse(readFileSync('data/countries.geojson', 'utf8'));
    expect(collection.features.map((f) => f.properties.iso3)).toEqual(
      base.features.map((f: { properties: { iso3: string } }) => f.properties.iso3),
    );
    expect(collection.features.find((f) => f.properties.iso3 === 'LUX')?.geometry.type).toMatch(/Polygon/);
  });

  it('quotes evidence that round-trips to the article text, for every position and figure', () => {
    const texts = new Map<string, string>();
    const index = JSON.parse(readFileSync('data/articles/index.json', 'utf8')) as { id: string; file: string }[];
    for (const a of index) texts.set(a.id, readFileSync(`data/articles/${a.file}`, 'utf8'));
    let checked = 0;
    for (const f of collection.features) {
      for (const item of [...f.properties.positions, ...f.properties.spending]) {
        expect(texts.get(item.article)!.slice(item.evidence.start, item.evidence.end)).toBe(item.evidence.text);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(20);
  });
});
