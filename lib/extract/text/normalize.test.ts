import { describe, expect, it } from 'vitest';
import { normalizeArabic, toOriginalSpan } from './normalize';

describe('Arabic normalisation', () => {
  it('folds alef and hamza forms, ta marbuta and alef maqsura', () => {
    expect(normalizeArabic('أوكرانيا إيطاليا آسيا المتحدة روسيا البيضاء مستوى').text).toBe(
      'اوكرانيا ايطاليا اسيا المتحده روسيا البيضاء مستوي',
    );
  });

  it('drops diacritics and tatweel but keeps a map back to the original', () => {
    const original = 'غطاءًا عسكريًا للـقوات';
    const norm = normalizeArabic(original);
    expect(norm.text).toBe('غطاءا عسكريا للقوات');
    const at = norm.text.indexOf('عسكريا');
    const span = toOriginalSpan(norm, at, at + 'عسكريا'.length);
    expect(original.slice(span.start, span.end)).toBe('عسكريًا');
  });

  it('turns Arabic-Indic digits, the decimal separator and ٪ into ASCII', () => {
    expect(normalizeArabic('٢٫٥٪ و۳').text).toBe('2.5% و3');
  });

  it('leaves the text of the articles with one origin per character', () => {
    const original = '«قال» ٥ ٪';
    const norm = normalizeArabic(original);
    expect(norm.origin.length).toBe(norm.text.length + 1);
    expect(norm.origin[norm.text.length]).toBe(original.length);
  });
});
