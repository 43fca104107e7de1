import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCorpus } from '../io/corpus';
import { extractArticle } from '../pipeline';
import { scoreCorpus, type GoldArticle } from './gold-score';

/**
 * Articles written for evaluation by people who had not seen the extractor, about other countries and in other
 * words than the shipped corpus, each set annotated before the extractor was run on it (data/eval/<set>/). Each
 * was scored blind on arrival (README) and then used to improve the rules, so now it guards against regressions:
 * a set may not fall below its floor in data/eval/floors.json.
 */
const SETS = readdirSync('data/eval', { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);
const FLOORS = JSON.parse(readFileSync('data/eval/floors.json', 'utf8')) as {
  sets: Record<string, { positions: number; spending: number }>;
};

describe('every held-out set has a floor', () => {
  it('lists each set of data/eval in floors.json', () => {
    expect(SETS.filter((s) => !FLOORS.sets[s])).toEqual([]);
  });
});

describe.each(SETS)('held-out set %s', (set) => {
  const dir = join('data/eval', set);
  const gold = JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8')) as { articles: Record<string, GoldArticle> };
  const extracted = readCorpus(join(dir, 'articles')).map((a) => ({
    id: a.meta.id,
    ...extractArticle(a.meta, a.text),
  }));
  const { positions, spending } = scoreCorpus(gold.articles, extracted);
  const floor = FLOORS.sets[set] ?? { positions: 1, spending: 1 };

  it(`finds positions with an F1 of at least its floor (${floor.positions})`, () => {
    expect(positions.f1, positions.errors.join('\n')).toBeGreaterThanOrEqual(floor.positions);
  });

  it('gives no position to a country that holds none', () => {
    expect(positions.forbidden).toEqual([]);
  });

  it(`finds defence-spending figures with an F1 of at least its floor (${floor.spending})`, () => {
    expect(spending.f1, spending.errors.join('\n')).toBeGreaterThanOrEqual(floor.spending);
  });
});
