import { describe, expect, it } from 'vitest';
import { COUNTRY_INDEX, countryByIso3, isMapCountry } from './country-index';

describe('country index', () => {
  it('is sorted by iso3 with no duplicates', () => {
    const codes = COUNTRY_INDEX.map((c) => c.iso3);
    expect(codes).toEqual([...new Set(codes)].sort());
  });

  it('looks a country up by code, in either case', () => {
    expect(countryByIso3('gbr')).toEqual({ iso3: 'GBR', en: 'United Kingdom', ar: 'المملكة المتحدة' });
  });

  it('knows which codes are on the map', () => {
    expect(isMapCountry('UKR')).toBe(true);
    expect(isMapCountry('ZZZ')).toBe(false);
  });
});
