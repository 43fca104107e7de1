import { describe, expect, it } from 'vitest';
import { ar } from './dictionaries/ar';
import { en } from './dictionaries/en';
import { isLang, preferredLang, textDirection } from './langs';

function leafPaths(value: unknown, prefix = ''): string[] {
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, child]) => leafPaths(child, prefix ? `${prefix}.${key}` : key));
  }
  return [prefix];
}

describe('languages', () => {
  it('recognises only the two supported languages', () => {
    expect(isLang('en')).toBe(true);
    expect(isLang('ar')).toBe(true);
    expect(isLang('fr')).toBe(false);
    expect(isLang(undefined)).toBe(false);
  });

  it('writes Arabic right to left and English left to right', () => {
    expect(textDirection('ar')).toBe('rtl');
    expect(textDirection('en')).toBe('ltr');
  });

  it('sends a visitor to the best supported language they ask for', () => {
    expect(preferredLang('ar-EG,ar;q=0.9,en;q=0.8')).toBe('ar');
    expect(preferredLang('fr-FR,fr;q=0.9,ar;q=0.5,en;q=0.4')).toBe('ar');
    expect(preferredLang('en;q=0.2,ar;q=0.9')).toBe('ar');
    expect(preferredLang('de,fr')).toBe('en');
    expect(preferredLang(null)).toBe('en');
  });

  it('ignores languages the visitor refused with q=0', () => {
    expect(preferredLang('ar;q=0,en;q=0.5')).toBe('en');
  });
});

describe('dictionaries', () => {
  it('translate every English string into Arabic', () => {
    expect(leafPaths(ar).sort()).toEqual(leafPaths(en).sort());
  });

  it('leave no Arabic string identical to its English one except format names', () => {
    const same = leafPaths(en).filter((path) => {
      const pick = (root: unknown) =>
        path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], root);
      const english = pick(en);
      return typeof english === 'string' && english === pick(ar);
    });
    expect(same.sort()).toEqual(['exports.csv', 'exports.geojson']);
  });
});
