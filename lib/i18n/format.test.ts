import { describe, expect, it } from 'vitest';
import { countryAliases, countryName } from './country-names';
import { formatDate, formatDateAs, formatMoney, formatNumber, formatPercent, formatYear } from './format';

const ARABIC_INDIC_DIGIT = /[\u0660-\u0669]/;
const LATIN_DIGIT = /[0-9]/;

describe('formatting', () => {
  it('writes Arabic dates with Arabic-Indic digits and Arabic month names', () => {
    const text = formatDate('2025-03-27', 'ar');
    expect(text).toMatch(ARABIC_INDIC_DIGIT);
    expect(text).not.toMatch(LATIN_DIGIT);
    expect(text).toContain('مارس');
  });

  it('writes English dates with the day that was given, whatever the time zone', () => {
    expect(formatDate('2025-03-01', 'en')).toBe('1 March 2025');
  });

  it('returns text that is not a date unchanged', () => {
    expect(formatDate('banana', 'en')).toBe('banana');
  });

  it('formats numbers and percentages in the page language', () => {
    expect(formatNumber(12, 'en')).toBe('12');
    expect(formatNumber(12, 'ar')).toBe('١٢');
    expect(formatPercent(2.5, 'en')).toBe('2.5%');
    expect(formatPercent(2.5, 'ar')).toMatch(ARABIC_INDIC_DIGIT);
  });

  it('writes large money amounts in billions or millions with the unit spelled out', () => {
    expect(formatMoney(6_000_000_000, 'GBP', 'en')).toBe('£6 bn');
    expect(formatMoney(2_500_000, 'EUR', 'en')).toBe('€2.5 m');
    expect(formatMoney(750, 'USD', 'en')).toBe('US$750');
    expect(formatMoney(6_000_000_000, 'GBP', 'ar')).toMatch(/٦.*مليار$/);
  });

  it('writes years without a thousands separator', () => {
    expect(formatYear(2025, 'en')).toBe('2025');
    expect(formatYear(2025, 'ar')).toBe('٢٠٢٥');
  });
});

describe('country names', () => {
  it("are the map's names in the page language, so the table and the map agree", () => {
    expect(countryName('GBR', 'en')).toBe('United Kingdom');
    expect(countryName('GBR', 'ar')).toBe('المملكة المتحدة');
    expect(countryName('USA', 'en')).toBe('United States');
  });

  it('fall back to the ISO list for codes not on the map, then to the code', () => {
    expect(countryName('GIB', 'en')).toBe('Gibraltar');
    expect(countryName('XXZ', 'en')).toBe('XXZ');
  });

  it('have aliases in both languages for search', () => {
    const gbr = countryAliases('GBR');
    for (const alias of ['UK', 'Britain', 'England', 'Great Britain', 'بريطانيا']) expect(gbr).toContain(alias);
    expect(countryAliases('NLD')).toContain('Holland');
    expect(countryAliases('FRA')).not.toContain('UK');
  });
});

describe('dates as precisely as they are known', () => {
  it('says day, month, part of the month or year', () => {
    expect(formatDateAs('2025-07-03', 'day', 'en')).toBe('3 July 2025');
    expect(formatDateAs('2025-07-03', 'month', 'en')).toBe('July 2025');
    expect(formatDateAs('2025-07-03', 'approx', 'en')).toBe('early July 2025');
    expect(formatDateAs('2025-07-15', 'approx', 'en')).toBe('mid-July 2025');
    expect(formatDateAs('2025-07-28', 'approx', 'ar')).toBe('أواخر يوليو ٢٠٢٥');
    expect(formatDateAs('2025-07-28', 'year', 'en')).toBe('2025');
  });
});
