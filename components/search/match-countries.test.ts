import { describe, expect, it } from 'vitest';
import { countryAliases } from '@/lib/i18n/country-names';
import { foldForSearch, matchCountries, type SearchableCountry } from './match-countries';

const countries: SearchableCountry[] = [
  { iso3: 'EST', name: 'Estonia', altName: 'إستونيا' },
  { iso3: 'LUX', name: 'Luxembourg', altName: 'لوكسمبورغ' },
  { iso3: 'CIV', name: 'Côte d’Ivoire', altName: 'ساحل العاج' },
  { iso3: 'GBR', name: 'United Kingdom', altName: 'المملكة المتحدة', aliases: countryAliases('GBR') },
  { iso3: 'USA', name: 'United States', altName: 'الولايات المتحدة', aliases: countryAliases('USA') },
  { iso3: 'UKR', name: 'Ukraine', altName: 'أوكرانيا', aliases: countryAliases('UKR') },
  { iso3: 'NLD', name: 'Netherlands', altName: 'هولندا', aliases: countryAliases('NLD') },
];

const codes = (query: string) => matchCountries(countries, query).map((c) => c.iso3);

describe('country search', () => {
  it('finds a country by the start of its name, ignoring case', () => {
    expect(codes('lux')).toEqual(['LUX']);
  });

  it('finds a country by any word of its name', () => {
    expect(codes('kingdom')[0]).toBe('GBR');
  });

  it('puts an exact code match first', () => {
    expect(codes('usa')[0]).toBe('USA');
  });

  it('ignores accents and Arabic hamza variants', () => {
    expect(codes('cote')).toEqual(['CIV']);
    expect(codes('استونيا')).toEqual(['EST']);
  });

  it('finds a country by the names the press uses, in both languages', () => {
    expect(codes('UK')[0]).toBe('GBR');
    expect(codes('Britain')).toEqual(['GBR']);
    expect(codes('england')).toEqual(['GBR']);
    expect(codes('بريطانيا')).toEqual(['GBR']);
    expect(codes('Holland')).toEqual(['NLD']);
    expect(codes('ukr')[0]).toBe('UKR');
  });

  it('returns nothing for an empty query', () => {
    expect(codes('  ')).toEqual([]);
  });

  it('folds Arabic letter variants to one form', () => {
    expect(foldForSearch('أإآ')).toBe('ااا');
  });
});
