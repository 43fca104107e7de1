import { describe, expect, it } from 'vitest';
import { getDictionary } from '@/lib/i18n/langs';
import { trustText } from './trust-text';

describe('trustText', () => {
  it('names a reviewed position as reviewed, in either language', () => {
    expect(trustText({ reviewed: true, confidence: 0.7 }, getDictionary('en'), 'en')).toBe('Reviewed by an editor');
    expect(trustText({ reviewed: true }, getDictionary('ar'), 'ar')).toBe('راجعه محرر');
  });
  it('gives the extractor its confidence, with Arabic numerals on the Arabic page', () => {
    expect(trustText({ confidence: 0.7 }, getDictionary('en'), 'en')).toBe('Extracted automatically, confidence 0.7');
    expect(trustText({ confidence: 0.85 }, getDictionary('ar'), 'ar')).toBe('استُخرج آليًا، درجة الثقة ٠٫٨٥');
  });
});
