import { describe, expect, it } from 'vitest';
import { spending } from '@/lib/data/__fixtures__/factories';
import type { Stance } from '@/lib/schema/stance';
import { paintCountries, type PaintInput } from './paint';

const stances = new Map<string, Stance>([
  ['GBR', 'troops_offered'],
  ['POL', 'declined'],
]);

const base: PaintInput = {
  iso3s: ['GBR', 'POL', 'FRA', 'BRA'],
  layer: 'stance',
  stances,
  spending: new Map([['FRA', spending('2025-03-01', 2.1)]]),
  filter: [],
  stanceColor: (s) => `colour-of-${s}`,
  spendingColor: (pct) => `spend-${pct}`,
};

describe('map paint', () => {
  it('colours each country by its stance and leaves the rest to the no-position colour', () => {
    const paint = paintCountries(base);
    expect(Object.fromEntries(paint)).toEqual({
      GBR: { color: 'colour-of-troops_offered', dim: false },
      POL: { color: 'colour-of-declined', dim: false },
    });
  });

  it('dims every country outside the stance filter, including those without a position', () => {
    const paint = paintCountries({ ...base, filter: ['declined'] });
    expect(paint.get('POL')).toEqual({ color: 'colour-of-declined', dim: false });
    expect(paint.get('GBR')?.dim).toBe(true);
    expect(paint.get('BRA')).toEqual({ color: null, dim: true });
  });

  it('colours by share of GDP on the spending layer, where a figure is known', () => {
    const paint = paintCountries({ ...base, layer: 'spending' });
    expect(Object.fromEntries(paint)).toEqual({ FRA: { color: 'spend-2.1', dim: false } });
  });
});

describe('low-confidence hatching', () => {
  it('hatches only countries with a position that the extractor was unsure of, on the stance layer', () => {
    const paint = paintCountries({ ...base, lowConfidence: new Set(['POL', 'BRA']) });
    expect(paint.get('POL')).toEqual({ color: 'colour-of-declined', dim: false, hatch: true });
    expect(paint.get('GBR')?.hatch).toBeUndefined();
    // No position, nothing to doubt.
    expect(paint.has('BRA')).toBe(false);
  });

  it('never hatches the spending layer: its figures are not positions', () => {
    const paint = paintCountries({ ...base, layer: 'spending', lowConfidence: new Set(['FRA']) });
    expect(paint.get('FRA')?.hatch).toBeUndefined();
  });
});
