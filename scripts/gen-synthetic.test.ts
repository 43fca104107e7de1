import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { positionsCollectionSchema } from '@/lib/schema/positions';
import { realSentences } from '@/bench/lib/real-sentences';
import { syntheticCorpus } from '@/bench/lib/synthetic-corpus';
import { SCALE, syntheticPositions } from '@/bench/lib/synthetic-positions';
import { percentile } from '@/bench/lib/stats';

const base = positionsCollectionSchema.parse(JSON.parse(readFileSync('data/countries.geojson', 'utf8')));
const sentences = realSentences();

describe('synthetic benchmark data', () => {
  const { collection, articles } = syntheticPositions(base, sentences, SCALE);

  it('puts 2,000 valid positions on every country of the map, over two years', () => {
    expect(() => positionsCollectionSchema.parse(collection)).not.toThrow();
    const positions = collection.features.flatMap((f) => f.properties.positions);
    expect(positions).toHaveLength(2000);
    expect(collection.features.every((f) => f.properties.positions.length > 0)).toBe(true);
    const dates = articles.map((a) => a.meta.published).sort();
    expect([dates[0], dates.at(-1)]).toEqual(['2025-01-01', '2026-12-31']);
  });

  it('quotes evidence that is exactly its article text at its offsets', () => {
    const texts = new Map(articles.map((a) => [a.meta.id, a.text]));
    for (const p of collection.features.flatMap((f) => f.properties.positions)) {
      expect(texts.get(p.article)?.slice(p.evidence.start, p.evidence.end)).toBe(p.evidence.text);
    }
  });

  it('is the same on every run', () => {
    expect(JSON.stringify(syntheticPositions(base, sentences, SCALE).collection)).toBe(JSON.stringify(collection));
    const first = [...syntheticCorpus(3, sentences, 8000)].map((a) => a.text);
    expect([...syntheticCorpus(3, sentences, 8000)].map((a) => a.text)).toEqual(first);
  });
});

describe('percentile', () => {
  it('uses the nearest rank', () => {
    const values = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(percentile(values, 50)).toBe(50);
    expect(percentile(values, 95)).toBe(95);
    expect(percentile([7], 95)).toBe(7);
  });
});
