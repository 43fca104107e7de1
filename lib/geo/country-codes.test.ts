import countries from 'i18n-iso-countries';
import { describe, expect, it } from 'vitest';
import { englishName, identifyCountry, NON_ISO_COUNTRIES } from './country-codes';

describe('identifyCountry', () => {
  it('maps a zero-padded ISO numeric id to alpha-3 with English and Arabic names', () => {
    expect(identifyCountry('442', 'Luxembourg')).toEqual({ iso3: 'LUX', en: 'Luxembourg', ar: 'لوكسمبورغ' });
  });

  it('accepts an id that lost its leading zeros', () => {
    expect(identifyCountry(40, 'Austria').iso3).toBe('AUT');
  });

  it('gives Ashmore and Cartier Is. the code of Australia, whose numeric id it carries', () => {
    expect(identifyCountry('036', 'Ashmore and Cartier Is.').iso3).toBe('AUS');
  });

  it('falls back to the documented code and names for features without an ISO code', () => {
    expect(identifyCountry(undefined, 'Kosovo')).toEqual({ iso3: 'XKX', en: 'Kosovo', ar: 'كوسوفو' });
    expect(identifyCountry(undefined, 'N. Cyprus').iso3).toBe('CYN');
    expect(identifyCountry(undefined, 'Somaliland').iso3).toBe('SOL');
  });

  it('refuses a feature it cannot name rather than inventing a code', () => {
    expect(() => identifyCountry(undefined, 'Atlantis')).toThrow(/Atlantis/);
  });
});

describe('NON_ISO_COUNTRIES', () => {
  it('uses codes that no real country has been assigned', () => {
    for (const { iso3 } of Object.values(NON_ISO_COUNTRIES)) expect(countries.isValid(iso3)).toBe(false);
  });

  it('has unique codes and names in both languages', () => {
    const entries = Object.values(NON_ISO_COUNTRIES);
    expect(new Set(entries.map((e) => e.iso3)).size).toBe(entries.length);
    for (const entry of entries) {
      expect(entry.en).not.toBe('');
      expect(entry.ar).toMatch(/[\u0600-\u06ff]/);
    }
  });
});

describe('englishName', () => {
  it('prefers the short common name', () => {
    expect(englishName('RUS')).toBe('Russia');
    expect(englishName('USA')).toBe('United States');
  });

  it('keeps the two Congos apart instead of calling both "Congo"', () => {
    expect(englishName('COD')).not.toBe(englishName('COG'));
  });

  it('skips aliases that are abbreviations, inverted, or only drop "The"', () => {
    expect(englishName('GBR')).toBe('United Kingdom');
    expect(englishName('KOR')).toBe('South Korea');
    expect(englishName('NLD')).toBe('Netherlands');
  });

  it('turns back-to-front ISO names around', () => {
    expect(englishName('MDA')).toBe('Moldova');
  });
});
