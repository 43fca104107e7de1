import { describe, expect, it } from 'vitest';
import { country, position, spending } from '@/lib/data/__fixtures__/factories';
import { addDays } from './dates';
import { asOfPositions, changeDates, latestSpending, MAP_SPENDING_KINDS } from './as-of';
import { buildTimelineIndex } from './timeline-index';

const countries = [
  country(
    'GBR',
    [position('2025-02-17', 'troops_offered'), position('2025-04-10', 'troops_committed')],
    [spending('2025-02-25', 2.5, { kind: 'target', year: 2027 }), spending('2025-02-25', 2.3)],
  ),
  country('POL', [position('2025-02-17', 'declined'), position('2025-03-05', 'declined')]),
  country('ITA', [position('2025-03-05', 'conditional'), position('2025-06-01', 'declined')]),
  country('EST', [position('2025-04-10', 'troops_offered', { reviewed: true }), position('2025-04-10', 'declined')]),
  country('USA'),
];

const index = buildTimelineIndex(countries);
const everyDay = Array.from({ length: 140 }, (_, i) => addDays('2025-02-10', i));

describe('timeline index', () => {
  it('gives the same stances as asOfPositions on every day', () => {
    for (const day of [...everyDay, null]) {
      const expected = new Map([...asOfPositions(countries, day)].map(([k, v]) => [k, v.stance]));
      expect(new Map(index.stancesAt(day))).toEqual(expected);
    }
  });

  it('gives the same as-of positions as asOfPositions', () => {
    expect(new Map(index.asOfAt('2025-04-10'))).toEqual(asOfPositions(countries, '2025-04-10'));
  });

  it('lists the same change dates as changeDates', () => {
    expect(index.changeDates).toEqual(changeDates(countries));
  });

  it('returns the very same map for two dates between changes, so callers can skip work', () => {
    expect(index.stancesAt('2025-03-06')).toBe(index.stancesAt('2025-04-09'));
  });

  it('returns an empty map before the first position', () => {
    expect(index.stancesAt('2025-01-01').size).toBe(0);
  });

  it('counts countries per stance', () => {
    expect(index.countsAt('2025-04-10')).toMatchObject({
      troops_committed: 1,
      troops_offered: 1,
      declined: 1,
      conditional: 1,
    });
    expect(Object.values(index.countsAt(null)).reduce((a, b) => a + b, 0)).toBe(4);
  });

  it('names only the countries whose stance changed between two dates', () => {
    expect(index.changedBetween('2025-03-05', '2025-04-10')).toEqual(['EST', 'GBR']);
    expect(index.changedBetween('2025-04-10', '2025-04-11')).toEqual([]);
    expect(index.changedBetween('2025-04-10', '2025-03-05')).toEqual(['EST', 'GBR']);
  });

  it('agrees with latestSpending for the map figure on every day', () => {
    for (const day of [...everyDay, null]) {
      for (const c of countries) {
        expect(index.spendingAt(day).get(c.iso3) ?? null).toEqual(
          latestSpending(c, day, 'pct_gdp', MAP_SPENDING_KINDS),
        );
      }
    }
  });

  it('answers a lookup for 240 countries and 300 dates in well under a frame', () => {
    const many = Array.from({ length: 240 }, (_, i) =>
      country(
        String.fromCharCode(65 + Math.floor(i / 26), 65 + (i % 26), 65),
        Array.from({ length: 5 }, (_, j) =>
          position(addDays('2025-02-01', (i * 7 + j * 31) % 300), j % 2 ? 'declined' : 'conditional'),
        ),
      ),
    );
    const big = buildTimelineIndex(many);
    expect(big.stancesAt(null).size).toBe(240);
    const started = performance.now();
    for (let i = 0; i < 1000; i += 1) big.stancesAt(addDays('2025-02-01', i % 300));
    expect((performance.now() - started) / 1000).toBeLessThan(1);
  });
});
