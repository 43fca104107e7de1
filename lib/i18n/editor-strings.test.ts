import { describe, expect, it } from 'vitest';
import { EDITOR_STRINGS } from './editor-strings';

/** Every key path of a strings object, functions as leaves. */
function shape(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, inner]) => shape(inner, prefix ? `${prefix}.${key}` : key));
}

describe('editor strings', () => {
  it('has the same keys in English and Arabic, none empty', () => {
    expect(shape(EDITOR_STRINGS.ar).sort()).toEqual(shape(EDITOR_STRINGS.en).sort());
    for (const lang of ['en', 'ar'] as const) {
      const walk = (value: unknown) => {
        if (typeof value === 'string') expect(value.trim()).not.toBe('');
        else if (typeof value === 'object' && value !== null) Object.values(value).forEach(walk);
      };
      walk(EDITOR_STRINGS[lang]);
    }
  });

  it('spells out waits and counts in each language', () => {
    expect(EDITOR_STRINGS.en.wait(1)).toBe('1 second');
    expect(EDITOR_STRINGS.en.wait(45)).toBe('45 seconds');
    expect(EDITOR_STRINGS.en.wait(600)).toBe('10 minutes');
    expect(EDITOR_STRINGS.ar.wait(1)).toBe('ثانية');
    expect(EDITOR_STRINGS.ar.wait(2)).toBe('ثانيتين');
    expect(EDITOR_STRINGS.ar.wait(5)).toBe('٥ ثوانٍ');
    expect(EDITOR_STRINGS.ar.wait(45)).toBe('٤٥ ثانية');
    expect(EDITOR_STRINGS.ar.wait(900)).toBe('١٥ دقيقة');
    expect(EDITOR_STRINGS.en.publish.pending('1', 1)).toBe('1 change not yet published');
    expect(EDITOR_STRINGS.ar.queue.count('٣', 3)).toBe('٣ عناصر للمراجعة');
    expect(EDITOR_STRINGS.ar.queue.count('١', 1)).toBe('عنصر واحد للمراجعة');
  });
});
