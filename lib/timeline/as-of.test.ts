import { describe, expect, it } from 'vitest';
import { country, position, spending } from '@/lib/data/__fixtures__/factories';
import type { ArticleMeta } from '@/lib/schema/articles';
import { asOfPositions, changeDates, comparePositionsSameDate, dateRange, latestSpending } from './as-of';

const gbr = country('GBR', [
  position('2025-02-17', 'troops_offered'),
  position('2025-03-02', 'troops_offered', { reason: { code: 'us_backstop_required', text: 'US cover' } }),
  position('2025-04-10', 'troops_committed'),
]);
const pol = country('POL', [
  position('2025-02-17', 'declined', { reason: { code: 'neighbour_threat', text: 'border' } }),
]);
const usa = country('USA');

describe('as-of positions', () => {
  it('take the latest position dated on or before the date', () => {
    expect(asOfPositions([gbr], '2025-04-09').get('GBR')?.position.date).toBe('2025-03-02');
    expect(asOfPositions([gbr], '2025-04-10').get('GBR')?.stance).toBe('troops_committed');
  });

  it('take the very latest position when no date is given', () => {
    expect(asOfPositions([gbr, pol], null).get('GBR')?.stance).toBe('troops_committed');
  });

  it('leave out countries without a position yet', () => {
    const result = asOfPositions([gbr, pol, usa], '2025-02-16');
    expect(result.size).toBe(0);
    expect(asOfPositions([gbr, pol, usa], '2025-02-17').has('USA')).toBe(false);
  });

  it('date "since" from the start of an unbroken run of the same stance', () => {
    const asOf = asOfPositions([gbr], '2025-03-10').get('GBR');
    expect(asOf?.since).toBe('2025-02-17');
    expect(asOf?.position.reason?.code).toBe('us_backstop_required');
  });

  it('restart "since" when the stance changes', () => {
    expect(asOfPositions([gbr], null).get('GBR')?.since).toBe('2025-04-10');
  });

  it('keep an earlier offer in force when a later report only says the country takes part in the talks', () => {
    const fra = country('FRA', [position('2025-02-26', 'troops_offered'), position('2025-04-10', 'participating')]);
    expect(asOfPositions([fra], '2025-05-01').get('FRA')?.stance).toBe('troops_offered');
  });

  it('show participation when it is all that is known, and let a later stance replace it', () => {
    const can = country('CAN', [position('2025-04-30', 'participating'), position('2025-06-01', 'troops_offered')]);
    expect(asOfPositions([can], '2025-05-01').get('CAN')?.stance).toBe('participating');
    expect(asOfPositions([can], '2025-06-01').get('CAN')?.stance).toBe('troops_offered');
  });
});

describe('two positions on the same date', () => {
  const d = '2025-03-01';

  it('prefer the reviewed one', () => {
    const reviewed = position(d, 'declined', { reviewed: true, confidence: 0.1 });
    const guessed = position(d, 'conditional', { confidence: 0.99 });
    expect(asOfPositions([country('ITA', [guessed, reviewed])], d).get('ITA')?.stance).toBe('declined');
  });

  it('then prefer the higher confidence', () => {
    const weak = position(d, 'declined', { confidence: 0.4 });
    const strong = position(d, 'conditional', { confidence: 0.9 });
    expect(asOfPositions([country('ITA', [strong, weak])], d).get('ITA')?.stance).toBe('conditional');
  });

  it('then prefer the later article id', () => {
    const early = position(d, 'declined', { article: '001_x' });
    const late = position(d, 'conditional', { article: '004_x' });
    expect(asOfPositions([country('ITA', [late, early])], d).get('ITA')?.stance).toBe('conditional');
  });

  it('then prefer the sentence further into the article', () => {
    const first = position(d, 'declined', { evidence: { text: 'x', start: 10, end: 11 } });
    const last = position(d, 'conditional', { evidence: { text: 'x', start: 500, end: 501 } });
    expect(asOfPositions([country('ITA', [first, last])], d).get('ITA')?.stance).toBe('conditional');
  });

  it('decide the same whatever the input order', () => {
    const a = position(d, 'declined');
    const b = position(d, 'conditional');
    expect(comparePositionsSameDate(a, b)).toBe(-comparePositionsSameDate(b, a));
    const forward = asOfPositions([country('ITA', [a, b])], d).get('ITA')?.stance;
    const backward = asOfPositions([country('ITA', [b, a])], d).get('ITA')?.stance;
    expect(forward).toBe(backward);
  });
});

describe('change dates', () => {
  it('list each date on which some stance changes, once, sorted', () => {
    expect(changeDates([pol, gbr])).toEqual(['2025-02-17', '2025-04-10']);
  });

  it('skip a new position that keeps the same stance', () => {
    expect(changeDates([gbr])).not.toContain('2025-03-02');
  });
});

describe('date range', () => {
  const meta = (id: string, published: string): ArticleMeta => ({
    id,
    file: `${id}.txt`,
    lang: 'ar',
    published,
    date_precision: 'day',
    source: 's',
    date_basis: 'b',
  });

  it('spans the article publication dates', () => {
    expect(dateRange([meta('b', '2025-04-10'), meta('a', '2025-02-12'), meta('c', '2025-09-04')])).toEqual({
      min: '2025-02-12',
      max: '2025-09-04',
    });
  });

  it('spans the dated facts of countries, spending included', () => {
    const c = country('DEU', [position('2025-03-01', 'conditional')], [spending('2025-06-25', 2.4)]);
    expect(dateRange([c, usa])).toEqual({ min: '2025-03-01', max: '2025-06-25' });
  });

  it('is null for nothing', () => {
    expect(dateRange([])).toBeNull();
    expect(dateRange([usa])).toBeNull();
  });
});

describe('latest spending', () => {
  const fra = country(
    'FRA',
    [],
    [
      spending('2025-02-01', 2.1),
      spending('2025-03-01', 3.5, { kind: 'target', year: 2030 }),
      spending('2025-03-01', 2.2),
      spending('2025-05-01', 6.5, { unit: 'EUR', kind: 'increase' }),
      spending('2025-06-01', 0.3, { kind: 'increase' }),
    ],
  );

  it('returns the latest figure on or before the date', () => {
    expect(latestSpending(fra, '2025-02-15')?.value).toBe(2.1);
    expect(latestSpending(fra, null)?.value).toBe(0.3);
  });

  it('prefers a level to a target on the same date', () => {
    expect(latestSpending(fra, '2025-03-01', 'pct_gdp')?.value).toBe(2.2);
  });

  it('filters by unit and kind', () => {
    expect(latestSpending(fra, null, 'EUR')?.value).toBe(6.5);
    expect(latestSpending(fra, null, 'pct_gdp', ['level', 'target'])?.value).toBe(2.2);
    expect(latestSpending(fra, null, 'GBP')).toBeNull();
  });

  it('is null before the first figure', () => {
    expect(latestSpending(fra, '2025-01-01')).toBeNull();
  });
});
