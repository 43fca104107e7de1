import { describe, expect, it } from 'vitest';
import { foldForSearch, matchCountries, type SearchableCountry } from './match-countries';

const countries: SearchableCountry[] = [
  { iso3: 'EST', name: 'Estonia', altName: 'إستونيا' },
  { iso3: 'LUX', name: 'Luxembourg', altName: 'لوكسمبورغ' },
  { iso3: 'CIV', name: 'Côte d’Ivoire', altName: 'ساحل العاج' },
  { iso3: 'GBR', name: 'United Kingdom', altName: 'المملكة المتحدة' },
  { iso3: 'USA', name: 'United States', altName: 'الولايات المتحدة' },
];

const codes = (query: string) => matchCountries(countries, query).map((c) => c.iso3);

describe('country search', () => {
  it('finds a country by the start of its name, ignoring case', () => {
    expect(codes('lux')).toEqual(['LUX']);
  });

  it('finds a country by any word of its name', () => {
    expect(codes('kingdom')).toEqual(['GBR']);
  });

  it('puts an exact code match first', () => {
    expect(codes('usa')[0]).toBe('USA');
  });

  it('ignores accents and Arabic hamza variants', () => {
    expect(codes('cote')).toEqual(['CIV']);
    expect(codes('استونيا')).toEqual(['EST']);
  });

  it('returns nothing for an empty query', () => {
    expect(codes('  ')).toEqual([]);
  });

  it('folds Arabic letter variants to one form', () => {
    expect(foldForSearch('أإآ')).toBe('ااا');
  });
});
