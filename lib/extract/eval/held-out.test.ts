import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCorpus } from '../io/corpus';
import { extractArticle } from '../pipeline';
import { scoreCorpus, type GoldArticle } from './gold-score';

/**
 * Articles written for evaluation, about other countries and in other words than the shipped corpus, each set
 * annotated by hand before the extractor was run on it (data/eval/<set>/). They were then used to improve the
 * rules, so they now guard against regressions; the README reports the blind score of each before that.
 */
const SETS = readdirSync('data/eval', { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
const MIN_F1 = 0.9;

describe.each(SETS)('held-out set %s', (set) => {
  const dir = join('data/eval', set);
  const gold = JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8')) as { articles: Record<string, GoldArticle> };
  const extracted = readCorpus(join(dir, 'articles')).map((a) => ({ id: a.meta.id, ...extractArticle(a.meta, a.text) }));
  const { positions, spending } = scoreCorpus(gold.articles, extracted);

  it(`finds positions with an F1 of at least ${MIN_F1}`, () => {
    console.log(`${set} positions: P ${positions.precision.toFixed(3)} R ${positions.recall.toFixed(3)} F1 ${positions.f1.toFixed(3)}`);
    for (const e of positions.errors) console.log(`  ${e}`);
    expect(positions.f1).toBeGreaterThanOrEqual(MIN_F1);
  });

  it('gives no position to a country that holds none', () => {
    expect(positions.forbidden).toEqual([]);
  });

  it(`finds defence-spending figures with an F1 of at least ${MIN_F1}`, () => {
    console.log(`${set} spending: P ${spending.precision.toFixed(3)} R ${spending.recall.toFixed(3)} F1 ${spending.f1.toFixed(3)}`);
    for (const e of spending.errors) console.log(`  ${e}`);
    expect(spending.f1).toBeGreaterThanOrEqual(MIN_F1);
  });
});
