import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readCorpus } from '../io/corpus';
import { extractArticle } from '../pipeline';
import { combine, scoreArticle, type GoldArticle } from './gold-score';

const gold = JSON.parse(readFileSync('data/gold.json', 'utf8')) as { articles: Record<string, GoldArticle> };
const corpus = readCorpus('data/articles');
const results = corpus.map((a) => ({ article: a, extraction: extractArticle(a.meta, a.text) }));

describe('extraction against the hand annotation', () => {
  it('annotates every shipped article', () => {
    expect(Object.keys(gold.articles).sort()).toEqual(corpus.map((a) => a.meta.id).sort());
  });

  const total = combine(
    results.map(({ article, extraction }) =>
      scoreArticle(article.meta.id, gold.articles[article.meta.id]!, extraction.positions),
    ),
  );

  it('gets every position right: country, stance and reason (F1 1.0)', () => {
    console.log(
      `positions: precision ${total.precision.toFixed(3)}, recall ${total.recall.toFixed(3)}, F1 ${total.f1.toFixed(3)} (tp ${total.truePositives}, fp ${total.falsePositives}, fn ${total.falseNegatives})`,
    );
    for (const e of total.errors) console.log(`  ${e}`);
    expect(total.f1).toBe(1);
  });

  it('never gives a position to a country the annotation says holds none', () => {
    expect(total.forbidden).toEqual([]);
  });

  it('finds exactly the annotated defence-spending figures', () => {
    for (const { article, extraction } of results) {
      const expected = gold.articles[article.meta.id]!.spending;
      const got = extraction.spending.map((s) => ({
        iso3: s.iso3,
        kind: s.spending.kind,
        value: s.spending.value,
        unit: s.spending.unit,
        year: s.spending.year,
      }));
      expect(got, article.meta.id).toEqual(expected);
    }
  });

  it('quotes evidence that round-trips to the article text', () => {
    for (const { article, extraction } of results) {
      for (const p of extraction.positions)
        expect(article.text.slice(p.position.evidence.start, p.position.evidence.end)).toBe(p.position.evidence.text);
      for (const s of extraction.spending)
        expect(article.text.slice(s.spending.evidence.start, s.spending.evidence.end)).toBe(s.spending.evidence.text);
    }
  });
});
