import { describe, expect, it } from 'vitest';
import { country, position } from '@/lib/data/__fixtures__/factories';
import { countryChanges, deriveChanges } from './derive';
import { shippedCountries } from './__fixtures__/shipped-data';

const summary = (c: { iso3: string; date: string; from: string | null; to: string }) =>
  `${c.iso3} ${c.date} ${c.from ?? 'new'}>${c.to}`;

describe('countryChanges', () => {
  it('lists the first stance as new and then only real changes', () => {
    const changes = countryChanges(
      country('POL', [
        position('2025-07-07', 'declined', { article: 'a3' }),
        position('2025-02-01', 'troops_offered', { article: 'a1' }),
        position('2025-03-01', 'troops_offered', { article: 'a2' }),
        position('2025-04-10', 'conditional', { article: 'a2', reason: { code: 'us_backstop_required', text: 'x' } }),
      ]),
    );
    expect(changes.map(summary)).toEqual([
      'POL 2025-02-01 new>troops_offered',
      'POL 2025-04-10 troops_offered>conditional',
      'POL 2025-07-07 conditional>declined',
    ]);
    expect(changes[1]!.position.reason?.code).toBe('us_backstop_required');
    expect(changes[2]!.key).toBe('POL/2025-07-07/a3/declined');
  });

  it('keeps a stronger stance when a later report only says the country takes part (as the map does)', () => {
    const changes = countryChanges(
      country('FRA', [
        position('2025-02-26', 'troops_offered'),
        position('2025-04-10', 'participating'),
        position('2025-05-01', 'declined'),
      ]),
    );
    expect(changes.map(summary)).toEqual([
      'FRA 2025-02-26 new>troops_offered',
      'FRA 2025-05-01 troops_offered>declined',
    ]);
  });

  it('settles two positions on one date as the timeline does (a reviewed one wins)', () => {
    const changes = countryChanges(
      country('ITA', [
        position('2025-04-10', 'declined', { article: 'b', confidence: 0.9 }),
        position('2025-04-10', 'conditional', { article: 'a', reviewed: true }),
      ]),
    );
    expect(changes.map(summary)).toEqual(['ITA 2025-04-10 new>conditional']);
    expect(changes[0]!.key).toBe('ITA/2025-04-10/a/conditional');
  });

  it('counts a first report of taking part as a change from nothing', () => {
    expect(countryChanges(country('CAN', [position('2025-07-07', 'participating')])).map(summary)).toEqual([
      'CAN 2025-07-07 new>participating',
    ]);
    expect(countryChanges(country('XXX', []))).toEqual([]);
  });
});

describe('deriveChanges on the shipped data', () => {
  const changes = deriveChanges(shippedCountries());

  it('finds one change per country with positions: no country changed its stance in the data', () => {
    expect(changes).toHaveLength(15);
    expect(new Set(changes.map((c) => c.iso3)).size).toBe(15);
    expect(changes.every((c) => c.from === null)).toBe(true);
  });

  it('reads France, Poland and the US as the map does', () => {
    const of = (iso3: string) => changes.filter((c) => c.iso3 === iso3).map(summary);
    // France's later "participating" reports and its repeated offer of 7 July are not changes.
    expect(of('FRA')).toEqual(['FRA 2025-02-26 new>troops_offered']);
    // Poland's second refusal (for home defence) repeats the stance of 10 April.
    expect(of('POL')).toEqual(['POL 2025-04-10 new>declined']);
    expect(of('USA')).toEqual(['USA 2025-02-12 new>declined']);
    const poland = changes.find((c) => c.iso3 === 'POL')!;
    expect(poland.position.reason?.code).toBe('neighbour_threat');
    expect(poland.position.evidence.text).toMatch(/بولندا/);
  });

  it('orders newest first, one date by country code, with unique keys', () => {
    expect(changes.slice(0, 3).map((c) => `${c.date} ${c.iso3}`)).toEqual([
      '2025-07-07 AUS',
      '2025-07-07 BEL',
      '2025-07-07 CAN',
    ]);
    expect(changes.at(-1)!.iso3).toBe('USA');
    expect(new Set(changes.map((c) => c.key)).size).toBe(changes.length);
  });

  it('gives a change the same key whatever else is in the list or in what order the data comes', () => {
    const countries = shippedCountries();
    const keys = new Map(changes.map((c) => [c.iso3, c.key]));
    const shuffled = deriveChanges(
      [...countries].reverse().map((c) => ({ ...c, positions: [...c.positions].reverse() })),
    );
    expect(new Map(shuffled.map((c) => [c.iso3, c.key]))).toEqual(keys);
    const fewer = deriveChanges(countries.filter((c) => c.iso3 !== 'AUS'));
    expect(fewer.find((c) => c.iso3 === 'POL')!.key).toBe(keys.get('POL'));
  });
});
