import { describe, expect, it } from 'vitest';
import { PhraseSet } from './phrases';
import { normalizeTerm } from './normalize';

const words = (s: string) => normalizeTerm(s).split(' ');

describe('multi-word markers', () => {
  const set = new PhraseSet(['في حال', 'وقف إطلاق النار', 'إذا']);

  it('matches the longest phrase, with a conjunction on its first word', () => {
    expect(set.at(words('وفي حال التوصل'), 0)).toBe(2);
    expect(set.find(words('مستعدة لذلك إذا لزم'))).toBe(2);
  });

  it('matches a word with the article after ل', () => {
    expect(set.at(words('وقف إطلاق للنار'), 0)).toBe(3);
  });

  it('finds nothing where the phrase is not', () => {
    expect(set.find(words('حالة الطقس في البلاد'))).toBe(-1);
  });
});
