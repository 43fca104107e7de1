import { describe, expect, it } from 'vitest';
import { country, position, spending } from './__fixtures__/factories';
import { articleMentions, locateEvidence } from './article-mentions';

const text = 'مقدمة. بريطانيا مستعدة لإرسال قوات. بولندا لن ترسل قوات. بريطانيا ستنفق 2.5%.';
const span = (sentence: string, shift = 0) => {
  const start = text.indexOf(sentence) + shift;
  return { text: sentence, start, end: start + sentence.length };
};

describe('locating evidence in an article', () => {
  it('uses the recorded offsets when they match', () => {
    expect(locateEvidence(text, span('بولندا لن ترسل قوات.'))).toEqual({ start: span('بولندا لن ترسل قوات.').start, end: span('بولندا لن ترسل قوات.').end });
  });

  it('finds the sentence when the offsets are slightly off', () => {
    const exact = span('بولندا لن ترسل قوات.');
    expect(locateEvidence(text, span('بولندا لن ترسل قوات.', 1))).toEqual({ start: exact.start, end: exact.end });
  });

  it('gives up on a sentence that is not in the text', () => {
    expect(locateEvidence(text, { text: 'غير موجود', start: 0, end: 9 })).toBeNull();
  });
});

describe('article mentions', () => {
  const countries = [
    country('POL', [position('2025-02-17', 'declined', { article: 'a', evidence: span('بولندا لن ترسل قوات.') })]),
    country(
      'GBR',
      [
        position('2025-02-17', 'troops_offered', { article: 'a', evidence: span('بريطانيا مستعدة لإرسال قوات.') }),
        position('2025-03-01', 'troops_committed', { article: 'other', evidence: span('بريطانيا مستعدة لإرسال قوات.') }),
      ],
      [spending('2025-02-25', 2.5, { article: 'a', evidence: span('بريطانيا ستنفق 2.5%.') })],
    ),
  ];

  it('lists the positions and spending of this article only, in reading order', () => {
    const mentions = articleMentions(countries, 'a', text);
    expect(mentions.map((m) => `${m.iso3}:${m.kind === 'position' ? m.stance : m.value}`)).toEqual([
      'GBR:troops_offered',
      'POL:declined',
      'GBR:2.5',
    ]);
  });

  it('gives spans that cut exactly the evidence out of the text', () => {
    for (const m of articleMentions(countries, 'a', text)) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('drops evidence it cannot find', () => {
    const broken = [country('FRA', [position('2025-02-17', 'conditional', { article: 'a' })])];
    expect(articleMentions(broken, 'a', text)).toEqual([]);
  });
});
