import { describe, expect, it } from 'vitest';
import type { Position } from '@/lib/schema/positions';
import { confidenceBands } from './bands';
import type { GoldArticle } from './gold-score';

const position = (stance: Position['stance'], confidence: number): Position => ({
  article: 'a',
  date: '2025-01-01',
  stance,
  confidence,
  evidence: { text: 'x', start: 0, end: 1 },
});
const gold: GoldArticle = {
  positions: [
    { iso3: 'FRA', stance: 'troops_offered' },
    { iso3: 'POL', stance: 'declined' },
  ],
  none: [],
  uncertain: [{ iso3: 'ITA' }],
  spending: [],
};

describe('confidence bands', () => {
  it('counts each position in its band, right or wrong, and leaves uncertain countries out', () => {
    const bands = confidenceBands([
      {
        gold,
        predicted: [
          { iso3: 'FRA', position: position('troops_offered', 0.95) },
          { iso3: 'POL', position: position('conditional', 0.85) },
          { iso3: 'ITA', position: position('declined', 0.9) },
        ],
      },
    ]);
    expect(bands.map((b) => `${b.floor}:${b.right}/${b.total}`)).toEqual([
      '0.9:1/1',
      '0.8:0/1',
      '0.7:0/0',
      '0.6:0/0',
      '0:0/0',
    ]);
  });
});
