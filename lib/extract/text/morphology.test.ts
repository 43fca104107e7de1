import { describe, expect, it } from 'vitest';
import { allows, lookup, nounReadings, readings } from './morphology';
import { normalizeTerm } from './normalize';

const lexicon = new Map<string, { pos: 'noun' | 'verb' | 'adj'; id: string }[]>([
  [normalizeTerm('مشاركة'), [{ pos: 'noun' as const, id: 'participation' }]],
  [normalizeTerm('ترسل'), [{ pos: 'verb' as const, id: 'send' }]],
  [normalizeTerm('مستعد'), [{ pos: 'adj' as const, id: 'ready' }]],
]);
const ids = (word: string) => lookup(lexicon, normalizeTerm(word)).map((f) => f.entry.id);

describe('Arabic morphology', () => {
  it('finds a noun under its clitics and a pronoun, with the ta marbuta written as ت', () => {
    expect(ids('والمشاركة')).toEqual(['participation']);
    expect(ids('بمشاركة')).toEqual(['participation']);
    expect(ids('مشاركتها')).toEqual(['participation']);
    expect(ids('لمشاركتهم')).toEqual(['participation']);
  });

  it('finds a verb with the future prefix, a conjunction and plural endings, but not with the article', () => {
    expect(ids('سترسل')).toEqual(['send']);
    expect(ids('وسترسلون')).toEqual(['send']);
    expect(ids('الترسل')).toEqual([]);
  });

  it('reads adjectives in both genders and numbers', () => {
    expect(ids('مستعدة')).toEqual(['ready']);
    expect(ids('مستعدون')).toEqual(['ready']);
    expect(ids('مستعدين')).toEqual(['ready']);
  });

  it('does not take a longer word for a shorter one', () => {
    expect(ids('المشاركين')).toEqual([]);
  });

  it('lists every split a word allows and checks it against the part of speech', () => {
    const r = readings(normalizeTerm('بالقوات'));
    expect(r.some((x) => x.prefix === 'بال' && x.stem === 'قوات' && allows('noun', x))).toBe(true);
    expect(r.some((x) => x.prefix === 'بال' && allows('verb', x))).toBe(false);
  });

  it('strips only proclitics for names', () => {
    expect(nounReadings(normalizeTerm('وفرنسا')).map((r) => r.stem)).toContain('فرنسا');
  });
});
